import { type FormEvent, useId, useState } from 'react';
import { useLocale } from '../../i18n/locale';
import {
  type ImportMapping,
  importMappingSchema,
  type MappingDraft,
  ORGANISATION_FORMS,
  STATUS_FORMS,
} from '../../ingest/mapping';
import type { MappingNeeded } from '../../queries/import/layout';
import { catalogue } from '../../session/reference';
import { ColumnSelect } from './ColumnSelect';

interface MappingFormProps {
  fileName: string;
  needed: MappingNeeded;
  onConfirm(mapping: ImportMapping): void;
  onCancel(): void;
}

/**
 * Asks which column holds what when the import could not decide, starting from its guess and
 * showing the first rows so the analyst can see what each column holds.
 */
export function MappingForm({ fileName, needed, onConfirm, onCancel }: MappingFormProps) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const [draft, setDraft] = useState<MappingDraft>(needed.guess);
  const [error, setError] = useState<string | null>(null);
  const headers = needed.headers;
  const set = (patch: Partial<MappingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = importMappingSchema.safeParse(draft);
    if (parsed.success) onConfirm(parsed.data);
    else setError(t.mapping.incomplete);
  };
  const indicatorFixed = draft.indicator !== null && 'fixed' in draft.indicator;
  const indicatorColumn =
    draft.indicator !== null && 'column' in draft.indicator ? draft.indicator.column : null;
  const indicatorValues =
    draft.indicator !== null && 'column' in draft.indicator ? (draft.indicator.values ?? {}) : {};
  const wide = draft.period !== null && 'columns' in draft.period;
  return (
    <section aria-labelledby={headingId} className="report">
      <h3 id={headingId}>{t.mapping.heading(fileName)}</h3>
      <p>{t.mapping.intro}</p>
      <SamplePreview headers={headers} sample={needed.sample} />
      <form onSubmit={submit} className="mapping-form">
        <fieldset>
          <legend>{t.mapping.organisation}</legend>
          <ColumnSelect
            label={t.mapping.column}
            headers={headers}
            value={draft.organisation?.column ?? null}
            onChange={(column) =>
              set({
                organisation:
                  column === null ? null : { column, form: draft.organisation?.form ?? 'code' },
              })
            }
          />
          <label>
            {t.mapping.form}{' '}
            <select
              value={draft.organisation?.form ?? 'code'}
              onChange={(e) =>
                draft.organisation &&
                set({
                  organisation: {
                    ...draft.organisation,
                    form: e.target.value as (typeof ORGANISATION_FORMS)[number],
                  },
                })
              }
            >
              {ORGANISATION_FORMS.map((form) => (
                <option key={form} value={form}>
                  {t.mapping.organisationForms[form]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t.mapping.indicator}</legend>
          <label>
            <input
              type="radio"
              name="indicator-source"
              checked={!indicatorFixed}
              onChange={() => set({ indicator: null })}
            />{' '}
            {t.mapping.fromColumn}
          </label>
          <label>
            <input
              type="radio"
              name="indicator-source"
              checked={indicatorFixed}
              onChange={() => set({ indicator: { fixed: catalogue.indicators[0]?.id ?? '' } })}
            />{' '}
            {t.mapping.sameForFile}
          </label>
          {indicatorFixed ? (
            <label>
              {t.indicatorLabel}{' '}
              <select
                value={
                  draft.indicator !== null && 'fixed' in draft.indicator
                    ? draft.indicator.fixed
                    : ''
                }
                onChange={(e) => set({ indicator: { fixed: e.target.value } })}
              >
                {catalogue.indicators.map((i) => (
                  <option key={i.id} value={i.id}>
                    {locale === 'nb' ? i.name_nb : i.name_en}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <>
              <ColumnSelect
                label={t.mapping.column}
                headers={headers}
                value={indicatorColumn}
                onChange={(column) => set({ indicator: column === null ? null : { column } })}
              />
              {indicatorColumn !== null && (
                <IndicatorValues
                  values={distinct(needed.sample, indicatorColumn)}
                  chosen={indicatorValues}
                  onChange={(values) => set({ indicator: { column: indicatorColumn, values } })}
                />
              )}
            </>
          )}
        </fieldset>
        <fieldset>
          <legend>{t.mapping.period}</legend>
          <label>
            <input
              type="radio"
              name="period-source"
              checked={!wide}
              onChange={() => set({ period: null })}
            />{' '}
            {t.mapping.fromColumn}
          </label>
          <label>
            <input
              type="radio"
              name="period-source"
              checked={wide}
              onChange={() => set({ period: { columns: 'headers' } })}
            />{' '}
            {t.mapping.periodsAsColumns}
          </label>
          {!wide && (
            <ColumnSelect
              label={t.mapping.column}
              headers={headers}
              value={draft.period !== null && 'column' in draft.period ? draft.period.column : null}
              onChange={(column) => set({ period: column === null ? null : { column } })}
            />
          )}
        </fieldset>
        {!wide && (
          <fieldset>
            <legend>{t.mapping.numbers}</legend>
            <ColumnSelect
              label={t.value}
              headers={headers}
              value={draft.value}
              optional
              onChange={(value) => set({ value })}
            />
            <ColumnSelect
              label={t.numerator}
              headers={headers}
              value={draft.numerator}
              optional
              onChange={(numerator) => set({ numerator })}
            />
            <ColumnSelect
              label={t.denominator}
              headers={headers}
              value={draft.denominator}
              optional
              onChange={(denominator) => set({ denominator })}
            />
          </fieldset>
        )}
        <fieldset>
          <legend>{t.mapping.status}</legend>
          <ColumnSelect
            label={t.mapping.column}
            headers={headers}
            value={draft.status?.column ?? null}
            optional
            onChange={(column) =>
              set({
                status: column === null ? null : { column, form: draft.status?.form ?? 'symbol' },
              })
            }
          />
          {draft.status !== null && (
            <label>
              {t.mapping.form}{' '}
              <select
                value={draft.status.form}
                onChange={(e) =>
                  draft.status &&
                  set({
                    status: {
                      ...draft.status,
                      form: e.target.value as (typeof STATUS_FORMS)[number],
                    },
                  })
                }
              >
                {STATUS_FORMS.map((form) => (
                  <option key={form} value={form}>
                    {t.mapping.statusForms[form]}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
        {error !== null && <p role="alert">{error}</p>}
        <div className="actions">
          <button type="submit" className="primary">
            {t.mapping.confirm}
          </button>
          <button type="button" onClick={onCancel}>
            {t.loadNothing}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The different texts of a column in the sample rows. */
function distinct(sample: readonly string[][], column: number): string[] {
  return [...new Set(sample.map((row) => row[column]?.trim() ?? '').filter((v) => v !== ''))];
}

const IDS = new Set(catalogue.indicators.map((i) => i.id));

/**
 * Translates the file's words for its indicators (SSB's «statistikkvariabel» text) into our ids.
 * A text that already is an id needs no translation.
 */
function IndicatorValues({
  values,
  chosen,
  onChange,
}: {
  values: string[];
  chosen: Record<string, string>;
  onChange(values: Record<string, string>): void;
}) {
  const { t, locale } = useLocale();
  const idPrefix = useId();
  const open = values.filter((v) => !IDS.has(v));
  if (open.length === 0) return null;
  return (
    <div className="indicator-values">
      <p>{t.mapping.translate}</p>
      {open.map((value, index) => (
        <div key={value} className="column-select">
          <label htmlFor={`${idPrefix}-${index}`}>{value}</label>
          <select
            id={`${idPrefix}-${index}`}
            value={chosen[value] ?? ''}
            onChange={(e) => {
              const next = { ...chosen };
              if (e.target.value === '') delete next[value];
              else next[value] = e.target.value;
              onChange(next);
            }}
          >
            <option value="">{t.mapping.leaveOut}</option>
            {catalogue.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {locale === 'nb' ? i.name_nb : i.name_en}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

function SamplePreview({ headers, sample }: { headers: string[]; sample: string[][] }) {
  const { t } = useLocale();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1).
    <section className="table-wide" aria-label={t.mapping.preview} tabIndex={0}>
      <table className="data-table">
        <caption>{t.mapping.preview}</caption>
        <thead>
          <tr>
            {headers.map((header, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
              <th key={i} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.slice(0, 5).map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional.
            <tr key={r}>
              {headers.map((_, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

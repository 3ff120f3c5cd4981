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
import { ChoiceSelect } from './ChoiceSelect';
import { ColumnSelect } from './ColumnSelect';
import { distinct, IndicatorValues } from './IndicatorValues';
import { SamplePreview } from './SamplePreview';

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
          {draft.organisation !== null && (
            <ChoiceSelect
              label={t.mapping.form}
              choices={ORGANISATION_FORMS}
              labels={t.mapping.organisationForms}
              value={draft.organisation.form}
              onChange={(form) =>
                draft.organisation && set({ organisation: { ...draft.organisation, form } })
              }
            />
          )}
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
            <ChoiceSelect
              label={t.mapping.form}
              choices={STATUS_FORMS}
              labels={t.mapping.statusForms}
              value={draft.status.form}
              onChange={(form) => draft.status && set({ status: { ...draft.status, form } })}
            />
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

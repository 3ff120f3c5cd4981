import { useId } from 'react';
import { useLocale } from '../../i18n/locale';
import { catalogue } from '../../session/reference';

/** The different texts of a column in the sample rows. */
export function distinct(sample: readonly string[][], column: number): string[] {
  return [...new Set(sample.map((row) => row[column]?.trim() ?? '').filter((v) => v !== ''))];
}

const IDS = new Set(catalogue.indicators.map((i) => i.id));

/**
 * Translates the file's words for its indicators (SSB's «statistikkvariabel» text) into our ids.
 * A text that already is an id needs no translation.
 */
export function IndicatorValues({
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

import { useId } from 'react';
import { useLocale } from '../../i18n/locale';
import { useAppSearch, useUpdateSearch } from '../../url-state/hooks';

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** From and to month, in the URL; empty = the whole series. */
export function PeriodPicker() {
  const { t } = useLocale();
  const id = useId();
  const { from, to } = useAppSearch();
  const update = useUpdateSearch();
  // Only whole months are written: a half-typed value (browsers without a month picker) waits.
  const set = (key: 'from' | 'to', value: string) => {
    if (value === '' || YEAR_MONTH.test(value)) update({ [key]: value || undefined }, true);
  };
  return (
    <fieldset className="period-picker">
      <legend>{t.periodLegend}</legend>
      <label htmlFor={`${id}-from`}>{t.periodFrom}</label>
      <input
        id={`${id}-from`}
        type="month"
        value={from ?? ''}
        max={to}
        onChange={(event) => set('from', event.target.value)}
      />
      <label htmlFor={`${id}-to`}>{t.periodTo}</label>
      <input
        id={`${id}-to`}
        type="month"
        value={to ?? ''}
        min={from}
        onChange={(event) => set('to', event.target.value)}
      />
    </fieldset>
  );
}

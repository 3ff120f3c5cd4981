import { useId, useState } from 'react';
import { useLocale } from '../../i18n/locale';
import { useAppSearch, useUpdateSearch } from '../../url-state/hooks';

/**
 * A month worth applying: typing a year into Chromium's month field gives `0002-01`, `0020-01`,
 * `0202-01` on the way to `2021-01`; only the last is applied.
 */
const PLAUSIBLE_MONTH = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;

/** From and to month, in the URL; empty = the whole series. */
export function PeriodPicker() {
  const { t } = useLocale();
  const id = useId();
  const { from, to } = useAppSearch();
  const update = useUpdateSearch();
  return (
    <fieldset className="period-picker">
      <legend>{t.periodLegend}</legend>
      <label htmlFor={`${id}-from`}>{t.periodFrom}</label>
      <MonthInput
        id={`${id}-from`}
        value={from}
        max={to}
        onApply={(month) => update({ from: month }, true)}
      />
      <label htmlFor={`${id}-to`}>{t.periodTo}</label>
      <MonthInput
        id={`${id}-to`}
        value={to}
        min={from}
        onApply={(month) => update({ to: month }, true)}
      />
    </fieldset>
  );
}

interface MonthInputProps {
  id: string;
  value: string | undefined;
  min?: string;
  max?: string;
  onApply(month: string | undefined): void;
}

/**
 * Keeps what is being typed to itself and applies a month only when it is whole and plausible;
 * a new value from the URL (back, forward, a link) replaces the draft.
 */
function MonthInput({ id, value, min, max, onApply }: MonthInputProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }
  return (
    <input
      id={id}
      type="month"
      value={draft}
      min={min}
      max={max}
      onChange={(event) => {
        const month = event.target.value;
        setDraft(month);
        if (month === '' || PLAUSIBLE_MONTH.test(month)) onApply(month || undefined);
      }}
    />
  );
}

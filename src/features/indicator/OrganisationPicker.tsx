import { useId, useState } from 'react';
import type { Organisation } from '../../domain/organisations';
import { useLocale } from '../../i18n/locale';

interface OrganisationPickerProps {
  organisations: Organisation[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}

/** Checkboxes in a fieldset with a text filter: keyboard- and screen-reader-friendly by default. */
export function OrganisationPicker({ organisations, selected, onChange }: OrganisationPickerProps) {
  const { t, format } = useLocale();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const needle = filter.trim().toLocaleLowerCase('nb');
  const shown = organisations.filter(
    (org) => needle === '' || `${org.code} ${org.name}`.toLocaleLowerCase('nb').includes(needle),
  );
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...selected, code] : selected.filter((c) => c !== code));
  return (
    <fieldset className="org-picker">
      <legend>
        {t.organisationsLegend}{' '}
        <span className="muted">({t.organisationsSelected(selected.length)})</span>
      </legend>
      <div className="org-picker__tools">
        <label htmlFor={filterId}>{t.organisationsFilter}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <button type="button" onClick={() => onChange([])} disabled={selected.length === 0}>
          {t.clearSelection}
        </button>
      </div>
      <ul className="org-picker__list">
        {shown.map((org) => (
          <li key={org.code}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(org.code)}
                onChange={(event) => toggle(org.code, event.target.checked)}
              />
              {org.name}{' '}
              <span className="muted">
                {org.code}
                {org.go_live !== null &&
                  ` · ${t.goLive.toLocaleLowerCase()} ${format.date(org.go_live)}`}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useLocale } from '../../i18n/locale';
import { organisations } from '../../session/reference';
import type { AppSearch } from '../../url-state/search';
import { groupByCatchment } from './organisation-model';

const GROUPS = groupByCatchment(organisations);

/**
 * Moves to another organisation's page, keeping the view state (language, period, …) in the URL.
 * A button confirms the choice rather than the select's change: some browsers fire a change for
 * every arrow key on a closed select, and a new page moves focus to its content (see Shell), so
 * a keyboard user would be carried off at the first arrow (WCAG 3.2.2, on input).
 */
export function OrganisationSelect({ current }: { current: string }) {
  const { t } = useLocale();
  const id = useId();
  const navigate = useNavigate();
  const m = t.organisationPage;
  const [chosen, setChosen] = useState(current);
  // A new page (back button, a link) shows its own organisation in the select.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setChosen(current);
  }
  return (
    <form
      className="org-select"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen === current) return;
        void navigate({
          to: '/organisation/$orgCode',
          params: { orgCode: chosen },
          search: (previous: AppSearch) => previous,
        });
      }}
    >
      <label htmlFor={id}>{m.switchLabel}</label>
      <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {GROUPS.others.length > 0 && (
          <optgroup label={m.regionGroup}>
            {GROUPS.others.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </optgroup>
        )}
        {GROUPS.catchments.map(({ trust, members }) => (
          <optgroup key={trust.code} label={t.scope.catchment(trust.name)}>
            {members.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit">{m.switchButton}</button>
    </form>
  );
}

import type { Organisation } from '../../domain/organisations';
import { useLocale } from '../../i18n/locale';
import { goLiveState } from './organisation-model';

export const today = () => new Date().toISOString().slice(0, 10);

/**
 * An organisation's go-live as a reader needs it: the date, "planned" for one ahead, or not yet
 * live. An assumed date (the demo data's guess, not a public fact) says so in words, here
 * briefly; `explained` spells out what "assumed" means, for where there is room.
 */
export function GoLiveText({
  organisation,
  explained = false,
}: {
  organisation: Organisation;
  explained?: boolean;
}) {
  const { t, format } = useLocale();
  const m = t.organisationPage;
  // The RHF has no go-live of its own in the data; "not yet live" would be wrong of it.
  if (organisation.type === 'rhf' && organisation.go_live === null) return <>{m.regionLevel}</>;
  const state = goLiveState(organisation, today());
  if (state.kind === 'not_live') return <>{m.notLive}</>;
  const date = format.date(state.date);
  return (
    <>
      {state.kind === 'planned' ? m.planned(date) : date}
      {state.assumed &&
        (explained ? (
          <>
            {' '}
            <span className="muted">– {m.assumedNote}</span>
          </>
        ) : (
          <span className="muted"> ({m.assumed})</span>
        ))}
    </>
  );
}

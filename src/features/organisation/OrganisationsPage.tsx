import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { ColumnHeads } from '../../components/ColumnHeads';
import type { Organisation } from '../../domain/organisations';
import { useLocale } from '../../i18n/locale';
import { organisations } from '../../session/reference';
import { usePageTitle } from '../../shared/page-title';
import { GoLiveText, today } from './GoLive';
import { goLiveState, groupByCatchment } from './organisation-model';
import './organisation.css';

const GROUPS = groupByCatchment(organisations);

/**
 * Every organisation by health-trust catchment, with its type and go-live, each a way into its
 * own page. Drawn from the bundled reference list, so it is there before DuckDB has started.
 */
export function OrganisationsPage() {
  const { t, format } = useLocale();
  const headingId = useId();
  const m = t.organisationPage;
  usePageTitle(m.index.heading);
  // The RHF reports nothing of its own and never goes live itself: it is not counted.
  const counted = organisations.filter((o) => o.type !== 'rhf');
  const live = counted.filter((o) => goLiveState(o, today()).kind === 'live').length;
  return (
    <section aria-labelledby={headingId} className="panel org-index">
      <h2 id={headingId}>{m.index.heading}</h2>
      <p>{m.index.intro}</p>
      <p>
        {m.index.summary(format.number(live, 0), format.number(counted.length, 0))}{' '}
        <span className="muted">
          «{m.assumed}»: {m.assumedNote}
        </span>
      </p>
      {GROUPS.others.length > 0 && <Group title={m.regionGroup} members={GROUPS.others} />}
      {GROUPS.catchments.map(({ trust, members }) => (
        <Group key={trust.code} title={t.scope.catchment(trust.name)} members={members} />
      ))}
    </section>
  );
}

function Group({ title, members }: { title: string; members: Organisation[] }) {
  const { t } = useLocale();
  const m = t.organisationPage;
  return (
    <>
      <h3>
        {title} <span className="muted">({m.index.count(members.length)})</span>
      </h3>
      <table className="data-table org-index__table">
        {/* The heading above says the same to the eye; the caption names the table for the ear. */}
        <caption className="visually-hidden">{m.index.caption(title)}</caption>
        <ColumnHeads columns={m.index.columns} />
        <tbody>
          {members.map((organisation) => (
            <tr key={organisation.code}>
              <th scope="row">
                <Link to="/organisation/$orgCode" params={{ orgCode: organisation.code }}>
                  {organisation.name}
                </Link>
              </th>
              <td>{organisation.code}</td>
              <td>{m.types[organisation.type]}</td>
              <td>
                <GoLiveText organisation={organisation} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

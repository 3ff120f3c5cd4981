import { Link, useParams } from '@tanstack/react-router';
import { useId } from 'react';
import { ColumnHeads } from '../../components/ColumnHeads';
import type { Indicator } from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import { useLocale } from '../../i18n/locale';
import { fetchScorecard, type ScorecardRow } from '../../queries/scorecard';
import { dbKeys } from '../../session/db-keys';
import { useDbQuery } from '../../session/db-query';
import { nationalRegister } from '../../session/national-register';
import { catalogue, organisations } from '../../session/reference';
import { AssessmentCells } from '../../shared/AssessmentCells';
import { NotFound } from '../../shared/not-found';
import { usePageTitle } from '../../shared/page-title';
import type { AppSearch } from '../../url-state/search';
import { GoLiveText } from './GoLive';
import { OrganisationSelect } from './OrganisationSelect';
import {
  type AreaGroup,
  benefitOwnersFor,
  groupByArea,
  isReported,
  parentOf,
} from './organisation-model';
import './organisation.css';

/** All indicators for one municipality or health trust, grouped by area. */
export function OrganisationPage() {
  const { orgCode } = useParams({ from: '/organisation/$orgCode' });
  // Any organisation of the country has a page: the programme's first, then the register's.
  const organisation = nationalRegister.organisations.find((o) => o.code === orgCode);
  usePageTitle(organisation?.name ?? null);
  if (organisation === undefined) return <NotFound />;
  return <OrganisationReport organisation={organisation} />;
}

const name = (item: { name_nb: string; name_en: string }, locale: 'nb' | 'en') =>
  locale === 'nb' ? item.name_nb : item.name_en;

/**
 * The report a leader reads (and prints): who the organisation is, who owns its benefits, and
 * where each indicator stands for it alone.
 */
function OrganisationReport({ organisation }: { organisation: Organisation }) {
  const { t } = useLocale();
  const headingId = useId();
  const m = t.organisationPage;
  return (
    <article aria-labelledby={headingId} className="panel org-report">
      <h2 id={headingId}>{organisation.name}</h2>
      <div className="controls org-report__controls">
        <OrganisationSelect current={organisation.code} />
        <button type="button" onClick={() => window.print()}>
          {m.print}
        </button>
      </div>
      <Facts organisation={organisation} />
      <Owners organisation={organisation} />
      <Indicators organisation={organisation} />
    </article>
  );
}

function Facts({ organisation }: { organisation: Organisation }) {
  const { t } = useLocale();
  const m = t.organisationPage;
  const parent = parentOf(organisation, nationalRegister.organisations);
  return (
    <dl className="org-facts">
      <div>
        <dt>{m.type}</dt>
        <dd>{m.types[organisation.type]}</dd>
      </div>
      <div>
        <dt>{m.code}</dt>
        <dd>{organisation.code}</dd>
      </div>
      <div>
        <dt>{m.goLive}</dt>
        <dd>
          {organisations.includes(organisation) ? (
            <GoLiveText organisation={organisation} explained />
          ) : (
            m.outsideProgramme
          )}
        </dd>
      </div>
      {parent !== null && (
        <div>
          <dt>{m.parent}</dt>
          <dd>
            <Link to="/organisation/$orgCode" params={{ orgCode: parent.code }}>
              {parent.name}
            </Link>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** The gevinsteiere the catalogue names for this organisation, one per benefit. */
function Owners({ organisation }: { organisation: Organisation }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const m = t.organisationPage;
  const owners = benefitOwnersFor(catalogue, organisation.code);
  return (
    <section aria-labelledby={headingId} className="org-owners">
      <h3 id={headingId}>{m.ownersHeading}</h3>
      {owners.length === 0 ? (
        <p>{m.noOwners(organisation.name)}</p>
      ) : (
        <table className="data-table">
          <caption>{m.ownersCaption(organisation.name)}</caption>
          <ColumnHeads columns={m.ownersColumns} />
          <tbody>
            {owners.map(({ benefit, owner }) => (
              <tr key={benefit.id}>
                <th scope="row">
                  <Link
                    to="/register"
                    search={(previous: AppSearch) => ({ ...previous, benefit: benefit.id })}
                  >
                    {name(benefit, locale)}
                  </Link>
                </th>
                <td>{t.area[benefit.area]}</td>
                <td>{owner}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface Fetched {
  code: string;
  rows: ScorecardRow[];
}

function Indicators({ organisation }: { organisation: Organisation }) {
  const { t, format } = useLocale();
  const headingId = useId();
  const m = t.organisationPage;
  const code = organisation.code;
  const result = useDbQuery(
    dbKeys.observations('organisation', code),
    async (db): Promise<Fetched> => ({
      code,
      rows: await fetchScorecard(db, catalogue, nationalRegister.organisations, {
        kind: 'organisation',
        code,
      }),
    }),
  );
  // While new data loads, the last answer stays on screen (after an upload, say); never another
  // organisation's (no `keepPrevious`): its numbers under this one's name would mislead.
  const fetched = result.data;
  const rows = fetched?.code === code ? fetched.rows : null;
  const latest = rows
    ?.map((row) => row.assessment?.current.to ?? null)
    .filter((to): to is string => to !== null)
    .sort()
    .at(-1);
  return (
    <section aria-labelledby={headingId} className="org-indicators">
      <h3 id={headingId}>{m.indicatorsHeading}</h3>
      {result.status === 'error' ? (
        <div role="alert">
          <p>
            {m.failed} {result.message}
          </p>
          <p>{m.failedHelp}</p>
        </div>
      ) : rows === null ? (
        <p aria-busy="true" className="notice">
          {m.loading(organisation.name)}
        </p>
      ) : !rows.some(isReported) ? (
        <NoNumbers organisation={organisation} />
      ) : (
        <>
          {latest !== undefined && <p>{m.latest(format.month(latest))}</p>}
          {groupByArea(catalogue, rows).map((group) => (
            <AreaTable
              key={group.area}
              group={group}
              organisation={organisation}
              busy={result.status !== 'done'}
            />
          ))}
        </>
      )}
    </section>
  );
}

/** Nothing to show: the RHF never reports on its own; anyone else may simply lack uploads. */
function NoNumbers({ organisation }: { organisation: Organisation }) {
  const { t } = useLocale();
  const m = t.organisationPage;
  if (organisation.type === 'rhf') {
    return (
      <p className="notice">
        {m.rhfNote(organisation.name)}{' '}
        <Link to="/" search={(previous: AppSearch) => ({ ...previous, scope: 'region' })}>
          {m.toRegion}
        </Link>
      </p>
    );
  }
  return (
    <p className="notice">
      {m.noNumbers(organisation.name)} {m.noNumbersHelp} <Link to="/data">{m.dataPage}</Link>.
    </p>
  );
}

function AreaTable({
  group,
  organisation,
  busy,
}: {
  group: AreaGroup;
  organisation: Organisation;
  busy: boolean;
}) {
  const { t, locale } = useLocale();
  const captionId = useId();
  const m = t.organisationPage;
  const areaName = t.area[group.area];
  const columns = [...t.scorecard.columns, m.ownerColumn];
  return (
    <div className="org-area">
      <h4>{areaName}</h4>
      {group.benefits.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1).
        <section className="table-wide" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table scorecard org-table" aria-busy={busy}>
            <caption id={captionId}>{m.areaCaption(areaName, organisation.name)}</caption>
            <ColumnHeads columns={columns} />
            {group.benefits.map(({ benefit, rows }) => (
              // One tbody per benefit: its heading row and indicators stay together in print.
              <tbody key={benefit.id}>
                <tr className="scorecard__benefit">
                  <th scope="colgroup" colSpan={columns.length}>
                    {name(benefit, locale)}
                  </th>
                </tr>
                {rows.map((row) => (
                  <IndicatorRow key={row.indicator.id} row={row} orgCode={organisation.code} />
                ))}
              </tbody>
            ))}
          </table>
        </section>
      )}
      {group.unreported.length > 0 && (
        <p className="org-unreported">
          {m.unreported(organisation.name)}{' '}
          {group.unreported.map((row) => name(row.indicator, locale)).join(', ')}.
        </p>
      )}
    </div>
  );
}

function IndicatorRow({ row, orgCode }: { row: ScorecardRow; orgCode: string }) {
  const { t, locale, format } = useLocale();
  const m = t.organisationPage;
  const a = row.assessment;
  if (a === null) return null;
  const { unit, target } = row.indicator;
  return (
    <tr>
      <th scope="row">
        <IndicatorLink
          indicator={row.indicator}
          orgCode={orgCode}
          label={name(row.indicator, locale)}
        />
      </th>
      {a.baseline.value !== null ? (
        <td className="numeric">{format.measure(a.baseline.value, unit)}</td>
      ) : (
        <td className="muted">
          {a.baseline.reason === 'too_few_points'
            ? m.tooFewBaseline(a.baseline.points)
            : t.baselineNone}
        </td>
      )}
      <AssessmentCells
        row={row}
        assessment={a}
        changeClassName="org-table__change"
        progressNote={
          target !== null && (
            <span className="org-table__target muted">
              {m.target(format.measure(target.value, unit))}
            </span>
          )
        }
      />
      <td>{row.indicator.owner === '' ? '–' : row.indicator.owner}</td>
    </tr>
  );
}

/** Drills down to the indicator for this organisation alone (a picked list would override it). */
function IndicatorLink({
  indicator,
  orgCode,
  label,
}: {
  indicator: Indicator;
  orgCode: string;
  label: string;
}) {
  return (
    <Link
      to="/indicator/$indicatorId"
      params={{ indicatorId: indicator.id }}
      search={(prev: AppSearch) => ({ ...prev, scope: `org:${orgCode}`, orgs: undefined })}
    >
      {label}
    </Link>
  );
}

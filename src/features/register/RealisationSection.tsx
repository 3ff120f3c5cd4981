import { Link } from '@tanstack/react-router';
import { type RefObject, useEffect, useId, useRef } from 'react';
import { ChartExport } from '../../components/ChartExport';
import type { Benefit } from '../../domain/catalogue';
import { isLiveAt, type Scope } from '../../domain/scope';
import { useLocale } from '../../i18n/locale';
import { useData } from '../../session/data';
import { dbKeys } from '../../session/db-keys';
import { useDbQuery } from '../../session/db-query';
import { knownOrganisations } from '../../session/national-register-loader';
import { catalogue } from '../../session/reference';
import { useExportFooter } from '../../shared/export-footer';
import { scopeLabel } from '../../shared/scope-options';
import { useAppSearch } from '../../url-state/hooks';
import { scopeOf } from '../../url-state/search';
import { compactNok } from './nok';
import { LineSample, RealisationChart } from './RealisationChart';
import { deviationText, OrganisationTable, YearTable } from './RealisationTables';
import {
  chartRows,
  organisationRows,
  planApplies,
  unpricedReason,
  yearRows,
} from './register-model';
import { fetchRegisterRealisation, type RegisterRealisation } from './register-query';

const today = () => new Date().toISOString().slice(0, 10);

interface RealisationSectionProps {
  benefit: Benefit;
  /** Set by a "show in NOK" link in the map: the heading takes focus once the benefit opens. */
  focusRequest: RefObject<boolean>;
}

/** NOK realised against plan for the open benefit, or why there is nothing in NOK. */
export function RealisationSection({ benefit, focusRequest }: RealisationSectionProps) {
  const { t, locale } = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const name = locale === 'nb' ? benefit.name_nb : benefit.name_en;
  const reason = unpricedReason(catalogue, benefit);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when another benefit opens.
  useEffect(() => {
    if (!focusRequest.current) return;
    focusRequest.current = false;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [benefit.id]);
  return (
    <section aria-labelledby={headingId} className="register-realisation">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.registerPage.realisationHeading(name)}
      </h3>
      {reason === null ? (
        <PricedRealisation benefit={benefit} name={name} />
      ) : (
        <p className="notice">
          {reason === 'unpriced'
            ? t.registerPage.nothingInNok.unpriced
            : t.registerPage.nothingInNok.noPricedIndicator(t.registerPage.types[benefit.type])}
        </p>
      )}
    </section>
  );
}

function PricedRealisation({ benefit, name }: { benefit: Benefit; name: string }) {
  const { t } = useLocale();
  const { state } = useData();
  const { scope: scopeKey } = useAppSearch();
  const day = today();
  const scope = scopeOf(scopeKey, day);
  const result = useDbQuery(
    dbKeys.observations('register', benefit.id, scopeKey, day),
    (db) => fetchRegisterRealisation(db, catalogue, benefit, scope, knownOrganisations()),
    { keepPrevious: true },
  );
  if (state.status === 'failed') {
    return <Failed message={state.message} />;
  }
  if (result.status === 'error') return <Failed message={result.message} />;
  const data = result.data;
  if (data === null) {
    const waiting =
      state.status === 'starting'
        ? t.dbStarting
        : state.status === 'loading-demo'
          ? t.dbLoadingDemo(state.done, state.total)
          : t.registerPage.computing;
    return (
      <p aria-busy="true" role="status">
        {waiting}
      </p>
    );
  }
  return (
    <div aria-busy={result.status !== 'done'}>
      <RealisationView
        benefit={benefit}
        name={name}
        scope={scope}
        scopeName={scopeLabel(scopeKey, t)}
        data={data}
        today={day}
      />
    </div>
  );
}

function Failed({ message }: { message: string }) {
  const { t } = useLocale();
  return (
    <div role="alert" className="message message--error">
      <p>
        {t.registerPage.failed} {message}
      </p>
      <p>
        {t.registerPage.failedHelp} <Link to="/data">{t.registerPage.toData}</Link>
      </p>
    </div>
  );
}

interface RealisationViewProps {
  benefit: Benefit;
  name: string;
  scope: Scope;
  scopeName: string;
  data: RegisterRealisation;
  today: string;
}

function RealisationView({ benefit, name, scope, scopeName, data, today }: RealisationViewProps) {
  const { t, format, locale } = useLocale();
  const captionId = useId();
  const r = t.registerPage;
  const { members, realisation } = data;
  const months = realisation.total;
  const last = months.at(-1);
  const chartRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLUListElement>(null);
  const exportFooter = useExportFooter('', {
    first: months[0] && `${months[0].period}-01`,
    last: last && `${last.period}-01`,
  });
  const empty =
    members.length === 0
      ? r.empty.noMembers
      : !members.some((o) => isLiveAt(o, today))
        ? r.empty.noneLive
        : last === undefined
          ? r.empty.noData
          : null;
  if (empty !== null || last === undefined) {
    return (
      <p className="notice">
        {empty} {members.length === 0 && <Link to="/data">{r.toData}</Link>}
      </p>
    );
  }
  const short = compactNok(locale);
  const compares = planApplies(scope) && benefit.plan.length > 0;
  const planEnd = benefit.plan.at(-1);
  const through = format.month(`${last.period}-01`);
  // The plan is for every organisation together: beside a subset's NOK it would only dwarf it.
  const plan = compares ? benefit.plan : [];
  return (
    <>
      <dl className="key-figures">
        <div>
          <dt>{r.realisedTo(through)}</dt>
          <dd>{short(last.cumulative)}</dd>
        </div>
        {compares && (
          <>
            <div>
              <dt>{r.plannedTo(through)}</dt>
              <dd>{last.planned === null ? '–' : short(last.planned)}</dd>
            </div>
            <div>
              <dt>{r.deviation}</dt>
              <dd>{deviationText(r, short, last.cumulative, last.planned)}</dd>
            </div>
          </>
        )}
        {planEnd !== undefined && (
          <div>
            <dt>{r.planAtEnd}</dt>
            <dd>{r.planAtEndValue(short(planEnd.nok), format.month(`${planEnd.date}-01`))}</dd>
          </div>
        )}
        <div>
          <dt>{r.status}</dt>
          <dd>{r.statuses[benefit.status]}</dd>
        </div>
      </dl>
      {benefit.plan.length === 0 ? (
        <p className="muted">{r.noPlan}</p>
      ) : (
        !compares && <p className="notice">{r.planScopeNote}</p>
      )}
      <figure aria-labelledby={captionId} className="chart">
        <figcaption id={captionId}>
          {compares ? r.figcaption(name, scopeName) : r.figcaptionRealised(name, scopeName)}
          <span className="visually-hidden">
            {' '}
            {compares ? r.chartDescription : r.chartDescriptionRealised}
          </span>
        </figcaption>
        <div ref={chartRef}>
          <RealisationChart
            rows={chartRows(months, plan)}
            realisedName={r.realisedLine}
            plannedName={r.planLine}
          />
        </div>
        <ul className="register-legend" aria-label={r.legend} ref={legendRef}>
          <li>
            <LineSample line="realised" /> {r.realisedLine} ({r.solidLine})
          </li>
          {compares && (
            <li>
              <LineSample line="planned" /> {r.planLine} ({r.dashedLine})
            </li>
          )}
        </ul>
        <p className="muted">{r.method}</p>
        <ChartExport
          chartRef={chartRef}
          legendRef={legendRef}
          labels={{
            title: compares ? r.figcaption(name, scopeName) : r.figcaptionRealised(name, scopeName),
            footer: exportFooter,
          }}
        />
      </figure>
      <h4>{r.byYearHeading}</h4>
      <YearTable
        rows={yearRows(months)}
        caption={compares ? r.yearCaption(name, scopeName) : r.yearCaptionRealised(name, scopeName)}
        withPlan={compares}
      />
      <h4>{r.byOrganisationHeading}</h4>
      <OrganisationTable
        rows={organisationRows(realisation, knownOrganisations(), last.period)}
        benefit={benefit}
        caption={r.organisationCaption(name, scopeName, through)}
      />
    </>
  );
}

import { useNavigate, useParams } from '@tanstack/react-router';
import { useId, useMemo } from 'react';
import type { Indicator } from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import { scopeMembers, withoutTotals } from '../../domain/scope';
import { phaseBreakOf, spcChart } from '../../domain/spc/chart';
import { useLocale } from '../../i18n/locale';
import { fetchReportingIndex } from '../../queries/available';
import { fetchIndicatorView } from '../../queries/indicator-view';
import { isUncataloguedId } from '../../queries/uncatalogued';
import { dbKeys } from '../../session/db-keys';
import { useDbQuery } from '../../session/db-query';
import { knownOrganisations } from '../../session/national-register-loader';
import { catalogue } from '../../session/reference';
import { NotFound } from '../../shared/not-found';
import { usePageTitle } from '../../shared/page-title';
import { ScopeSelect } from '../../shared/ScopeSelect';
import { scopeLabel } from '../../shared/scope-options';
import { useAppSearch, useUpdateSearch } from '../../url-state/hooks';
import { type AppSearch, scopeOf } from '../../url-state/search';
import { ComparisonSection } from './ComparisonSection';
import { IndicatorFigure } from './IndicatorFigure';
import { NationalComparison } from './NationalComparison';
import { OrganisationPicker } from './OrganisationPicker';
import { PeriodPicker } from './PeriodPicker';
import { RolloutPanel } from './RolloutPanel';
import type { ChartRow } from './SeriesChart';
import { UncataloguedIndicatorPage } from './UncataloguedIndicatorPage';
import './indicator.css';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * One indicator for the scope in the URL (or organisations picked one by one): the series
 * against baseline and target with its XmR limits and special causes, the numbers as a table,
 * whether the go-live explains the change (rollout comparison), and the organisations ranked.
 */
export function IndicatorPage() {
  const { indicatorId } = useParams({ from: '/indicator/$indicatorId' });
  const indicator = catalogue.indicators.find((i) => i.id === indicatorId);
  if (indicator !== undefined) return <IndicatorSection indicator={indicator} />;
  // Not in the catalogue: an indicator an analyst loaded anyway is shown by its code; any other
  // address gets the default view, with a notice. The id is the reader's input: only one
  // written as the catalogue writes ids is looked up, and then as a bound parameter.
  if (isUncataloguedId(indicatorId)) return <UncataloguedIndicatorPage id={indicatorId} />;
  return <NotFound />;
}

/** No organisation reports the indicator: one array, so the selection is not worked out anew. */
const NO_CODES: readonly string[] = [];

function IndicatorSection({ indicator }: { indicator: Indicator }) {
  const { t, locale } = useLocale();
  usePageTitle(locale === 'nb' ? indicator.name_nb : indicator.name_en);
  const selectId = useId();
  const navigate = useNavigate();
  const search = useAppSearch();
  const update = useUpdateSearch();

  // Asked once per loaded state, not per indicator: moving between indicators then waits for
  // the chart's own queries only.
  const reporting = useDbQuery(dbKeys.observations('reporting index'), fetchReportingIndex);
  // While new data's reporters load, the last list stands in: the page keeps its chart (marked
  // busy) instead of unmounting it for a moment.
  const index = reporting.data;
  const reportingList = index === null ? null : (index.get(indicator.id) ?? NO_CODES);
  const pickedKey = search.orgs?.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `pickedKey` stands for `search.orgs`.
  const selection = useMemo(() => {
    const reportingCodes = new Set(reportingList ?? []);
    const picked = search.orgs;
    // The selection before "who reports": an organisation without rows adds nothing to a series
    // or a baseline, so the chart's query need not wait for the reporting query to answer.
    const scope = scopeOf(search.scope, today());
    // The national register once it is in: it is by the time anyone reports (see its loader).
    const known = knownOrganisations();
    const superset =
      picked === undefined
        ? scopeMembers(scope, known, new Set(known.map((o) => o.code)), true)
        : known.filter((o) => picked.includes(o.code));
    const reportingOfSuperset = superset.filter((o) => reportingCodes.has(o.code));
    // Once "who reports" is known, the exact members: a trust is left out where its own
    // municipalities report too (its cell is their total). Only then does the query change.
    const members =
      reportingList === null
        ? reportingOfSuperset
        : picked === undefined
          ? scopeMembers(scope, known, reportingCodes)
          : withoutTotals(reportingOfSuperset, known);
    return {
      // A trust whose municipalities report too is their total: it cannot be added to them, so
      // the picker offers the municipalities (the trust has its own page and scope).
      available: withoutTotals(
        known.filter((o) => reportingCodes.has(o.code)),
        known,
      ),
      candidates: members.length === reportingOfSuperset.length ? superset : members,
      members,
    };
  }, [reportingList, search.scope, pickedKey]);
  const { available, candidates, members } = selection;
  const selectionLabel =
    search.orgs === undefined ? scopeLabel(search.scope, t) : members.map((o) => o.name).join(', ');

  return (
    <section aria-labelledby={`${selectId}-heading`} className="panel">
      <h2 id={`${selectId}-heading`}>{locale === 'nb' ? indicator.name_nb : indicator.name_en}</h2>
      <div className="controls">
        <label htmlFor={selectId}>{t.indicatorLabel}</label>
        <select
          id={selectId}
          value={indicator.id}
          onChange={(event) =>
            void navigate({
              to: '/indicator/$indicatorId',
              params: { indicatorId: event.target.value },
              search: (previous: AppSearch) => previous,
            })
          }
        >
          {catalogue.benefits.map((benefit) => (
            <optgroup key={benefit.id} label={locale === 'nb' ? benefit.name_nb : benefit.name_en}>
              {catalogue.indicators
                .filter((i) => i.benefit_id === benefit.id)
                .map((i) => (
                  <option key={i.id} value={i.id}>
                    {locale === 'nb' ? i.name_nb : i.name_en}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <ScopeSelect clears={['orgs']} />
        <PeriodPicker />
      </div>
      <div className="indicator-layout">
        <OrganisationPicker
          organisations={available}
          selected={members.map((o) => o.code)}
          onChange={(codes) => update({ orgs: codes.length === 0 ? undefined : codes })}
        />
        <div className="indicator-main">
          {reporting.status === 'error' ? (
            <p role="alert">{t.indicatorPage.pageFailed(reporting.message)}</p>
          ) : (
            <>
              <IndicatorResult
                indicator={indicator}
                candidates={candidates}
                orgs={reportingList === null ? null : members}
                label={selectionLabel}
                busy={reporting.status !== 'done'}
              />
              <RolloutPanel indicator={indicator} />
              <NationalComparison indicator={indicator} reporting={reportingList} />
              <ComparisonSection
                indicator={indicator}
                orgs={reportingList === null ? null : members}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

interface ResultProps {
  indicator: Indicator;
  /** Whom the series is asked for: the selection, reporting or not (see IndicatorSection). */
  candidates: Organisation[];
  /** The selection's organisations that report the indicator; null until that is known. */
  orgs: Organisation[] | null;
  /** What the combination is called: the scope's name, or the picked organisations. */
  label: string;
  /** The organisations that report are being looked up again. */
  busy: boolean;
}

function IndicatorResult({ indicator: wanted, candidates, orgs, label, busy }: ResultProps) {
  const { t } = useLocale();
  const { from, to } = useAppSearch();
  const codes = candidates.map((o) => o.code);
  const result = useDbQuery(
    dbKeys.indicator(wanted.id, 'series', codes),
    codes.length === 0
      ? null
      : async (db) => ({
          indicator: wanted,
          ...(await fetchIndicatorView(db, wanted, candidates, knownOrganisations())),
        }),
    { keepPrevious: true },
  );
  const data = result.data;
  // While another indicator's numbers load, the last ones stay on screen (marked busy) with
  // their own indicator: its direction, unit and target. Drawn with the new one's they would be
  // wrong for a moment, and the chart would be redrawn for nothing while the query runs.
  const indicator = data?.indicator ?? wanted;
  const phaseBreak = phaseBreakOf(orgs ?? []);
  // Limits and signals over the whole series: narrowing the period must not move the limits,
  // and the scorecard's SPC icons come from the same whole series.
  const spc = useMemo(
    () => spcChart(data?.points ?? [], indicator.direction, phaseBreak),
    [data, indicator.direction, phaseBreak],
  );
  // Quarter and year rows beside a monthly series (`coarser`) are tabled, labelled, not drawn.
  const { rows, coarser } = useMemo(() => {
    const inPeriod = (p: { period_start: string }) =>
      (from === undefined || p.period_start.slice(0, 7) >= from) &&
      (to === undefined || p.period_start.slice(0, 7) <= to);
    return {
      rows: (data?.points ?? []).flatMap((p, i): ChartRow[] =>
        inPeriod(p) ? [{ ...p, signal: spc.signals[i] ?? null }] : [],
      ),
      coarser: (data?.coarser ?? []).flatMap((p): ChartRow[] =>
        inPeriod(p) ? [{ ...p, signal: null }] : [],
      ),
    };
  }, [data, spc, from, to]);
  if (codes.length === 0 || orgs?.length === 0) {
    return <p className="notice">{t.noOrganisations}</p>;
  }
  if (result.status === 'error') {
    return <p role="alert">{t.indicatorPage.pageFailed(result.message)}</p>;
  }
  if (data === null || orgs === null) {
    return <p aria-busy="true">{t.indicatorPage.pageLoading}</p>;
  }
  const baselineValue =
    indicator.baseline.method === 'value'
      ? indicator.baseline.value
      : (data.baseline?.value ?? null);
  return (
    <IndicatorFigure
      indicator={indicator}
      orgs={orgs}
      label={label}
      rows={rows}
      coarser={coarser}
      spc={spc}
      phaseBreak={phaseBreak}
      baseline={{ value: baselineValue, points: data.baseline?.points ?? null }}
      busy={busy || result.status !== 'done'}
    />
  );
}

import { memo, type ReactNode, useId, useMemo, useRef } from 'react';
import { ChartExport } from '../../components/ChartExport';
import { DEFAULT_ASSESSMENT } from '../../domain/assessment';
import type { Indicator } from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import { rankByChange } from '../../domain/ranking';
import { useLocale } from '../../i18n/locale';
import { fetchComparison, type OrganisationChange } from '../../queries/comparison';
import { dbKeys } from '../../session/db-keys';
import { knownOrganisations } from '../../session/national-register-loader';
import { useExportFooter } from '../../shared/export-footer';
import { useAppSearch, useUpdateSearch } from '../../url-state/hooks';
import { COMPARE_MODES } from '../../url-state/search';
import { ComparisonTable } from './ComparisonTable';
import { RankChart } from './RankChart';
import { SmallMultiples } from './SmallMultiples';
import { SETTLE_MS, SETTLE_OFF_SCREEN_MS, useInView, useSettledQuery } from './use-settled-query';

interface ComparisonData {
  indicatorId: string;
  rows: OrganisationChange[];
}

/**
 * The organisations of the selection side by side, each against its own baseline, ranked best to
 * worst in the indicator's good direction: as bars of change, or as small multiples over time.
 * Memoised: the page re-renders on every choice, and redrawing 70 bars each time would slow the
 * main chart's redraw for a section that has not changed.
 */
export const ComparisonSection = memo(function ComparisonSection({
  indicator,
  orgs,
}: {
  indicator: Indicator;
  /** The selection's organisations that report the indicator; null until that is known. */
  orgs: readonly Organisation[] | null;
}) {
  const { t, format, locale } = useLocale();
  const text = t.indicatorPage.comparison;
  const headingId = useId();
  const captionId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const { compare, from, to } = useAppSearch();
  const update = useUpdateSearch();
  const codes = (orgs ?? []).map((o) => o.code);
  const [ref, inView] = useInView<HTMLElement>();
  const { result, stale } = useSettledQuery<ComparisonData>(
    dbKeys.indicator(indicator.id, 'comparison', codes, to ?? null),
    orgs === null || orgs.length < 2
      ? null
      : async (db) => ({
          indicatorId: indicator.id,
          rows: await fetchComparison(db, indicator, orgs, knownOrganisations(), {
            ...DEFAULT_ASSESSMENT,
            until: to,
          }),
        }),
    inView ? SETTLE_MS : SETTLE_OFF_SCREEN_MS,
  );
  const latest = result.data;
  // While the reader changes the selection, the last ranking of this indicator stays, marked busy;
  // another indicator's ranking would be wrong, so it gives way to the loading text.
  const data = latest !== null && latest.indicatorId === indicator.id ? latest : null;
  const busy = orgs === null || (orgs.length >= 2 && (stale || result.status !== 'done'));
  const ranked = useMemo(
    () =>
      data === null
        ? []
        : rankByChange(
            data.rows,
            indicator.direction,
            (row) => row.change?.absolute ?? null,
            (row) => row.organisation.name,
          ),
    [data, indicator.direction],
  );
  const rankable = useMemo(() => ranked.filter((row) => row.change !== null), [ranked]);
  const unranked = ranked.filter((row) => row.change === null);
  const name = locale === 'nb' ? indicator.name_nb : indicator.name_en;
  const exportFooter = useExportFooter(indicator.source);
  const better = indicator.direction === 'higher_is_better' ? t.directionHigher : t.directionLower;

  let body: ReactNode;
  if (orgs === null) body = <p>{text.loading}</p>;
  else if (orgs.length < 2) body = <p className="notice">{text.needTwo}</p>;
  else if (result.status === 'error' && !stale)
    body = <p role="alert">{text.failed(result.message)}</p>;
  else if (data === null) body = <p>{text.loading}</p>;
  else if (rankable.length === 0) body = <p className="notice">{text.none}</p>;
  else if (compare === 'multiples')
    body = <SmallMultiples indicator={indicator} ranked={ranked} period={{ from, to }} />;
  else
    body = (
      <>
        <figure className="chart" aria-labelledby={captionId}>
          <figcaption id={captionId}>
            {text.chartCaption(name)}
            <span className="visually-hidden"> {text.chartDescription(rankable.length)}</span>
          </figcaption>
          <div ref={chartRef}>
            <RankChart indicator={indicator} ranked={rankable} />
          </div>
          {unranked.length > 0 && (
            <p className="muted">
              {text.unranked(unranked.map((r) => r.organisation.name).join(', '))}
            </p>
          )}
          <ChartExport
            chartRef={chartRef}
            labels={{ title: text.chartCaption(name), footer: exportFooter }}
          />
        </figure>
        <ComparisonTable indicator={indicator} ranked={ranked} />
      </>
    );

  return (
    <section ref={ref} className="analysis comparison" aria-labelledby={headingId} aria-busy={busy}>
      <h3 id={headingId}>{text.heading}</h3>
      <p className="muted">
        {text.intro(better)}{' '}
        {text.currentNote(
          DEFAULT_ASSESSMENT.currentPeriods,
          to === undefined ? null : format.month(`${to}-01`),
        )}
      </p>
      <fieldset className="compare-mode">
        <legend>{text.modeLegend}</legend>
        {COMPARE_MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${headingId}-mode`}
              value={mode}
              checked={compare === mode}
              onChange={() => update({ compare: mode })}
            />
            {text.modes[mode]}
          </label>
        ))}
      </fieldset>
      {body}
    </section>
  );
});

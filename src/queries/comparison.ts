import { z } from 'zod';
import type { Db } from '../db/engine';
import { fragment, join, type SqlQuery, sql } from '../db/sql';
import {
  type Assessment,
  type AssessmentOptions,
  assess,
  DEFAULT_ASSESSMENT,
  type PeriodValue,
} from '../domain/assessment';
import { baselineWindows, programmeStart } from '../domain/baseline';
import { type Indicator, rateMultiplier } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';
import { combine, combinedCounts, GRAIN_RANK } from './aggregate';
import { windowTable } from './series';

/**
 * Each organisation of a selection against its own baseline, in two queries whatever the number
 * of organisations (fetchAssessment per organisation would take two each: 140 for the region).
 * The numbers are those of fetchAssessment for that organisation alone; tests/db/comparison.test.ts
 * holds the two side by side.
 */

/** One organisation's baseline → current change; the SPC part of an assessment is left out. */
export interface OrganisationChange extends Omit<Assessment, 'spc'> {
  organisation: Organisation;
}

export interface ComparisonOptions extends AssessmentOptions {
  /** Last month (YYYY-MM) "current" may come from; undefined = the latest data. */
  until?: string;
}

const periodSchema = z.object({
  org_code: z.string(),
  period_start: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});

const baselineSchema = z.object({
  org_code: z.string(),
  value: z.number().nullable(),
  points: z.number(),
});

const codeList = (codes: readonly string[]) =>
  join(
    codes.map((code) => sql`${code}`),
    ', ',
  );

/** Periods strictly before the month after `until`, or every period. */
const untilClause = (until: string | undefined): SqlQuery =>
  until === undefined
    ? sql``
    : sql`AND period_start < CAST(${`${until}-01`} AS DATE) + INTERVAL 1 MONTH`;

/**
 * Each organisation's value per period at the finest grain it reports (a quarter beside its own
 * months would count them twice), combined as fetchSeries combines a selection of one, with the
 * counts of that value (combinedCounts: never a hidden cell's denominator).
 */
function perPeriod(indicator: Indicator, codes: readonly string[], where: SqlQuery): SqlQuery {
  const value = fragment(combine(indicator.aggregation, rateMultiplier(indicator.unit)));
  const counts = combinedCounts(indicator.aggregation);
  return sql`SELECT org_code, period_start, ${value} AS value,
      ${fragment(counts.numerator)} AS numerator, ${fragment(counts.denominator)} AS denominator,
      count(*) FILTER (WHERE status = ':') > 0 AS hidden
    FROM (SELECT * FROM observations
      WHERE indicator_id = ${indicator.id} AND org_code IN (${codeList(codes)})
      QUALIFY ${fragment(GRAIN_RANK)} = min(${fragment(GRAIN_RANK)}) OVER (PARTITION BY org_code))
    WHERE true ${fragment(where)}
    GROUP BY org_code, period_start`;
}

/** The latest `count` periods with a value of every organisation, oldest first. */
async function fetchLatestPeriods(
  db: Db,
  indicator: Indicator,
  codes: readonly string[],
  count: number,
  until: string | undefined,
): Promise<Map<string, PeriodValue[]>> {
  const rows = await db.query(
    'comparison: latest periods',
    sql`SELECT org_code, strftime(period_start, '%Y-%m-%d') AS period_start,
        value, numerator, denominator
      FROM (
        SELECT *, row_number() OVER (PARTITION BY org_code ORDER BY period_start DESC) AS k
        FROM (${fragment(perPeriod(indicator, codes, untilClause(until)))})
        WHERE value IS NOT NULL
      )
      WHERE k <= ${count}
      ORDER BY org_code, period_start`,
    periodSchema,
  );
  const byOrg = new Map<string, PeriodValue[]>();
  for (const { org_code, ...period } of rows) {
    const list = byOrg.get(org_code) ?? [];
    list.push(period);
    byOrg.set(org_code, list);
  }
  return byOrg;
}

/**
 * Every organisation's baseline over its own window, as fetchBaseline gives it for that
 * organisation alone; null when the indicator's baseline is a fixed value (no window).
 */
async function fetchBaselines(
  db: Db,
  indicator: Indicator,
  selected: readonly Organisation[],
  allOrganisations: readonly Organisation[],
): Promise<Map<string, { value: number | null; points: number }> | null> {
  const windows = baselineWindows(indicator.baseline, selected, programmeStart(allOrganisations));
  if (windows === null) return null;
  const out = new Map(selected.map((o) => [o.code, { value: null as number | null, points: 0 }]));
  if (windows.length === 0) return out;
  // For a sum, one organisation's baseline is its mean per period (fetchBaseline adds up the
  // members' means, and a selection of one has one member).
  const value =
    indicator.aggregation === 'sum'
      ? sql`avg(o.value)`
      : combine(indicator.aggregation, rateMultiplier(indicator.unit));
  const points =
    indicator.aggregation === 'sum' ? sql`count(o.value)` : sql`count(coalesce(value, numerator))`;
  const rows = await db.query(
    'comparison: baselines',
    sql`SELECT o.org_code, ${fragment(value)} AS value, ${fragment(points)} AS points
      FROM (SELECT o.* FROM observations o JOIN ${fragment(windowTable(windows))}
          ON o.org_code = w.org_code AND o.period_start >= w.window_from
            AND o.period_start < w.window_to
        WHERE o.indicator_id = ${indicator.id}
        -- The finest grain the organisation reports in its window, as fetchBaseline takes it.
        QUALIFY ${fragment(GRAIN_RANK)} = min(${fragment(GRAIN_RANK)}) OVER (PARTITION BY o.org_code)
      ) o
      GROUP BY o.org_code`,
    baselineSchema,
  );
  for (const row of rows) out.set(row.org_code, { value: row.value, points: row.points });
  return out;
}

/** Baseline, current value, change and status of every selected organisation, in input order. */
export async function fetchComparison(
  db: Db,
  indicator: Indicator,
  selected: readonly Organisation[],
  allOrganisations: readonly Organisation[],
  options: ComparisonOptions = DEFAULT_ASSESSMENT,
): Promise<OrganisationChange[]> {
  if (selected.length === 0) return [];
  const codes = selected.map((o) => o.code);
  const [latest, baselines] = await Promise.all([
    fetchLatestPeriods(db, indicator, codes, options.currentPeriods, options.until),
    fetchBaselines(db, indicator, selected, allOrganisations),
  ]);
  return selected.map((organisation) => {
    const periods = latest.get(organisation.code) ?? [];
    const baseline = baselines === null ? null : (baselines.get(organisation.code) ?? null);
    // Only the latest periods are passed, which is all `current` reads; the SPC that assess()
    // would compute from them is meaningless and dropped.
    const { spc: _, ...assessment } = assess(indicator, periods, baseline, null, options);
    return { organisation, ...assessment };
  });
}

const seriesSchema = z.object({
  org_code: z.string(),
  period_start: z.string(),
  value: z.number().nullable(),
  hidden: z.boolean(),
});

/** One organisation's monthly values for a small multiple. */
export interface OrganisationSeries {
  period_start: string;
  value: number | null;
  /** The month's cell was suppressed (`:`): too small to show, or hidden by the source. */
  hidden: boolean;
}

/**
 * Each organisation's own series within the months [from, to] (YYYY-MM, either open), for the
 * small multiples; keyed by organisation code, periods in order.
 */
export async function fetchOrganisationSeries(
  db: Db,
  indicator: Indicator,
  codes: readonly string[],
  period: { from?: string; to?: string } = {},
): Promise<Map<string, OrganisationSeries[]>> {
  const out = new Map<string, OrganisationSeries[]>(codes.map((code) => [code, []]));
  if (codes.length === 0) return out;
  const from =
    period.from === undefined
      ? sql``
      : sql`AND period_start >= CAST(${`${period.from}-01`} AS DATE)`;
  const where = sql`${fragment(from)} ${fragment(untilClause(period.to))}`;
  const rows = await db.query(
    'comparison: organisation series',
    sql`SELECT org_code, strftime(period_start, '%Y-%m-%d') AS period_start, value, hidden
      FROM (${fragment(perPeriod(indicator, codes, where))})
      ORDER BY org_code, period_start`,
    seriesSchema,
  );
  for (const { org_code, ...point } of rows) out.get(org_code)?.push(point);
  return out;
}

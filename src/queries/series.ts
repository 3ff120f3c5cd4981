import { z } from 'zod';
import type { Db } from '../db/engine';
import { fragment, join, type SqlQuery, sql } from '../db/sql';
import type { BaselineWindow } from '../domain/baseline';
import { type Indicator, rateMultiplier } from '../domain/catalogue';
import { combine, combinedCounts, GRAIN_RANK } from './aggregate';

export const pointSchema = z.object({
  period_start: z.string(),
  period: z.string(),
  /** A quarter or year row is a point of its own, never added to the months it starts with. */
  grain: z.enum(['month', 'quarter', 'year']),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** Organisations with a number in this period. */
  reporting: z.number(),
  /** Organisations whose cell carries a status (e.g. `:` suppressed) instead of a number. */
  flagged: z.number(),
  /** Of those, cells suppressed (`:`): too small to show, or hidden by the source. */
  suppressed: z.number(),
});
export type SeriesPoint = z.infer<typeof pointSchema>;

/** Organisation codes as a bound list for `IN (…)`. */
export const orgList = (orgCodes: readonly string[]) =>
  join(
    orgCodes.map((code) => sql`${code}`),
    ', ',
  );

/**
 * One indicator over time, combined over the chosen organisations: one point per period and
 * grain, ordered by start, finest grain first. The counts are those of the value (see
 * combinedCounts).
 */
export async function fetchSeries(
  db: Db,
  indicator: Indicator,
  orgCodes: readonly string[],
): Promise<SeriesPoint[]> {
  if (orgCodes.length === 0) return [];
  const value = fragment(combine(indicator.aggregation, rateMultiplier(indicator.unit)));
  const counts = combinedCounts(indicator.aggregation);
  return db.query(
    'indicator series',
    sql`SELECT strftime(period_start, '%Y-%m-%d') AS period_start, any_value(period) AS period,
        grain, ${value} AS value,
        ${fragment(counts.numerator)} AS numerator, ${fragment(counts.denominator)} AS denominator,
        count(coalesce(value, numerator)) AS reporting, count(status) AS flagged,
        count(*) FILTER (WHERE status = ':') AS suppressed
      FROM observations
      WHERE indicator_id = ${indicator.id} AND org_code IN (${orgList(orgCodes)})
      GROUP BY period_start, grain ORDER BY period_start, ${fragment(GRAIN_RANK)}`,
    pointSchema,
  );
}

const baselineSchema = z.object({ value: z.number().nullable(), points: z.number() });
export type BaselineResult = z.infer<typeof baselineSchema>;

/** Each organisation's own baseline window as a VALUES table, every bound a parameter. */
export function windowTable(windows: readonly BaselineWindow[]): SqlQuery {
  const rows = windows.map((w) => sql`(${w.orgCode}, ${w.from}::DATE, ${w.to}::DATE)`);
  return sql`(VALUES ${join(rows, ', ')}) AS w(org_code, window_from, window_to)`;
}

/**
 * The baseline of the combination: each organisation contributes the observations in its own
 * window (before its own go-live), at the finest grain it reports there, and they are combined
 * like the series. For sums, the
 * organisations' mean per period are added up, so a 12-month window does not count 12 times.
 */
export async function fetchBaseline(
  db: Db,
  indicator: Indicator,
  windows: readonly BaselineWindow[],
): Promise<BaselineResult> {
  if (windows.length === 0) return { value: null, points: 0 };
  const inWindow = sql`SELECT o.* FROM observations o JOIN ${fragment(windowTable(windows))}
      ON o.org_code = w.org_code AND o.period_start >= w.window_from AND o.period_start < w.window_to
    WHERE o.indicator_id = ${indicator.id}
    -- Each organisation's finest grain: its quarters beside its months would count them twice.
    QUALIFY ${fragment(GRAIN_RANK)} = min(${fragment(GRAIN_RANK)}) OVER (PARTITION BY o.org_code)`;
  const combined =
    indicator.aggregation === 'sum'
      ? sql`SELECT sum(org_mean) AS value, coalesce(sum(n), 0) AS points
          FROM (SELECT avg(value) AS org_mean, count(value) AS n
            FROM (${fragment(inWindow)}) GROUP BY org_code)`
      : sql`SELECT ${fragment(combine(indicator.aggregation, rateMultiplier(indicator.unit)))} AS value,
            count(coalesce(value, numerator)) AS points
          FROM (${fragment(inWindow)})`;
  const [row] = await db.query('indicator baseline', combined, baselineSchema);
  return row ?? { value: null, points: 0 };
}

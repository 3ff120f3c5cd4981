import { z } from 'zod';
import type { Db } from '../db/engine';
import { fragment, sql } from '../db/sql';
import { type Indicator, rateMultiplier } from '../domain/catalogue';
import { combine, combinedCounts } from './aggregate';
import { orgList } from './series';

const yearSchema = z.object({
  year: z.number(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** Organisations whose year is in the value. */
  organisations: z.number(),
});
export type YearValue = z.infer<typeof yearSchema>;

/**
 * One indicator by calendar year, combined over `orgCodes`, so that groups reporting monthly
 * (the programme's record) and yearly (registries, KOSTRA) compare like with like
 * (docs/national-register.md, «National comparison»). Each organisation's year is its own yearly
 * cell where it has one that shows a number; otherwise its twelve months, when all twelve show
 * one (a year with a hidden or missing month is left out, not guessed). The organisations' years
 * are then combined as every scope is (`combine`: Σnumerator / Σdenominator for a rate).
 */
export async function fetchYearly(
  db: Db,
  indicator: Indicator,
  orgCodes: readonly string[],
): Promise<YearValue[]> {
  if (orgCodes.length === 0) return [];
  const value = fragment(combine(indicator.aggregation, rateMultiplier(indicator.unit)));
  const counts = combinedCounts(indicator.aggregation);
  const numerator = fragment(counts.numerator);
  const denominator = fragment(counts.denominator);
  return db.query(
    'indicator by year',
    sql`WITH org_years AS (
        SELECT org_code, year(period_start)::INTEGER AS year, grain, ${value} AS value,
          ${numerator} AS numerator, ${denominator} AS denominator,
          count(coalesce(value, numerator)) AS shown
        FROM observations
        WHERE indicator_id = ${indicator.id} AND org_code IN (${orgList(orgCodes)})
          AND grain IN ('month', 'year')
        GROUP BY org_code, year(period_start), grain),
      whole AS (
        SELECT * FROM org_years WHERE (grain = 'year' AND shown = 1)
        UNION ALL
        SELECT m.* FROM org_years m WHERE m.grain = 'month' AND m.shown = 12
          AND NOT EXISTS (SELECT 1 FROM org_years y WHERE y.org_code = m.org_code
            AND y.year = m.year AND y.grain = 'year' AND y.shown = 1))
      SELECT year, ${value} AS value, ${numerator} AS numerator,
        ${denominator} AS denominator, count(*) AS organisations
      FROM whole GROUP BY year ORDER BY year`,
    yearSchema,
  );
}

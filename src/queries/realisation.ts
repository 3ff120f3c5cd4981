import { z } from 'zod';
import type { Db } from '../db/engine';
import { fragment, join, sql } from '../db/sql';
import { baselineWindows, programmeStart } from '../domain/baseline';
import { type Benefit, type Catalogue, type Indicator, rateMultiplier } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';
import {
  type BenefitRealisation,
  buildBenefitRealisation,
  type MonthObservation,
  type RealisedCell,
  realiseOrganisation,
} from '../domain/realisation';
import { combine } from './aggregate';
import { windowTable } from './series';

const orgBaselineSchema = z.object({ org_code: z.string(), value: z.number().nullable() });

const observationSchema = z.object({
  org_code: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});

/**
 * Each organisation's baseline on its own, by the indicator's rule. Per organisation this is
 * what `fetchBaseline` gives for that organisation alone: Σnumerator / Σdenominator for a rate,
 * the denominator-weighted mean for a mean, the mean month for a sum. Monthly rows only: a
 * yearly total in the window would otherwise be averaged with months. Suppressed cells (see
 * src/queries/suppress.ts) have no count and drop out of the baseline like missing ones.
 */
export async function fetchOrgBaselines(
  db: Db,
  indicator: Indicator,
  organisations: readonly Organisation[],
  allOrganisations: readonly Organisation[],
): Promise<Map<string, number | null>> {
  const rule = indicator.baseline;
  if (rule.method === 'value') return new Map(organisations.map((o) => [o.code, rule.value]));
  const windows = baselineWindows(rule, organisations, programmeStart(allOrganisations)) ?? [];
  if (windows.length === 0) return new Map();
  const value =
    indicator.aggregation === 'sum'
      ? sql`avg(o.value)`
      : combine(indicator.aggregation, rateMultiplier(indicator.unit));
  const rows = await db.query(
    'realisation baselines',
    sql`SELECT o.org_code, ${fragment(value)} AS value
      FROM observations o JOIN ${fragment(windowTable(windows))}
        ON o.org_code = w.org_code AND o.period_start >= w.window_from
          AND o.period_start < w.window_to
      WHERE o.indicator_id = ${indicator.id} AND o.grain = 'month'
      GROUP BY o.org_code`,
    orgBaselineSchema,
  );
  return new Map(rows.map((row) => [row.org_code, row.value]));
}

/**
 * The monthly observations that can count: from each organisation's go-live month on. Not-yet-
 * live organisations are left out here, which the pure rule (`countsForRealisation`) repeats.
 * A cell with a small count arrives already suppressed (no value, no numerator; see
 * src/queries/suppress.ts), so it realises nothing and needs no check here.
 */
async function fetchLiveMonths(
  db: Db,
  indicator: Indicator,
  live: readonly Organisation[],
): Promise<Map<string, MonthObservation[]>> {
  const starts = live.flatMap((o) =>
    o.go_live === null ? [] : [sql`(${o.code}, date_trunc('month', ${o.go_live}::DATE))`],
  );
  if (starts.length === 0) return new Map();
  const rows = await db.query(
    'realisation months',
    sql`SELECT o.org_code, o.period, o.value, o.numerator, o.denominator
      FROM observations o JOIN (VALUES ${join(starts, ', ')}) AS g(org_code, first_month)
        ON o.org_code = g.org_code AND o.period_start >= g.first_month
      WHERE o.indicator_id = ${indicator.id} AND o.grain = 'month'
      ORDER BY o.org_code, o.period_start`,
    observationSchema,
  );
  const byOrg = new Map<string, MonthObservation[]>();
  for (const { org_code, ...month } of rows) {
    const list = byOrg.get(org_code) ?? [];
    list.push(month);
    byOrg.set(org_code, list);
  }
  return byOrg;
}

/** One priced indicator's realised cells for the given organisations. */
export async function fetchRealisedCells(
  db: Db,
  indicator: Indicator,
  organisations: readonly Organisation[],
  allOrganisations: readonly Organisation[],
): Promise<RealisedCell[]> {
  if (indicator.nok_per_unit === null) return [];
  const live = organisations.filter((o) => o.go_live !== null);
  const [baselines, months] = await Promise.all([
    fetchOrgBaselines(db, indicator, live, allOrganisations),
    fetchLiveMonths(db, indicator, live),
  ]);
  return live.flatMap((org) =>
    realiseOrganisation(
      indicator,
      org.code,
      baselines.get(org.code) ?? null,
      org.go_live,
      months.get(org.code) ?? [],
    ),
  );
}

const lastMonthSchema = z.object({ last: z.string().nullable() });

/** The latest month observed for any of the indicators: where the series stop. */
async function fetchLastMonth(db: Db, indicatorIds: readonly string[]): Promise<string | null> {
  if (indicatorIds.length === 0) return null;
  const ids = join(
    indicatorIds.map((id) => sql`${id}`),
    ', ',
  );
  const [row] = await db.query(
    'realisation last month',
    sql`SELECT strftime(max(period_start), '%Y-%m') AS last FROM observations
      WHERE indicator_id IN (${ids}) AND grain = 'month'`,
    lastMonthSchema,
  );
  return row?.last ?? null;
}

/**
 * Realised NOK of one benefit for the chosen organisations: per organisation and month, the
 * sum over the benefit's priced indicators; cumulative per organisation and in total, with the
 * benefit's plan beside the total. `allOrganisations` fixes the fallback go-live used for the
 * baseline of organisations not yet live (they realise nothing, but stay comparable).
 */
export async function fetchBenefitRealisation(
  db: Db,
  catalogue: Catalogue,
  benefit: Benefit,
  organisations: readonly Organisation[],
  allOrganisations: readonly Organisation[],
): Promise<BenefitRealisation> {
  const priced = catalogue.indicators.filter(
    (i) => i.benefit_id === benefit.id && i.nok_per_unit !== null,
  );
  const ids = priced.map((i) => i.id);
  const [cellLists, last] = await Promise.all([
    Promise.all(priced.map((i) => fetchRealisedCells(db, i, organisations, allOrganisations))),
    fetchLastMonth(db, ids),
  ]);
  return buildBenefitRealisation({
    benefitId: benefit.id,
    plan: benefit.plan,
    pricedIndicators: ids,
    cells: cellLists.flat(),
    // An organisation counts only where some priced indicator is reported by it.
    goLives: new Map(
      organisations
        .filter((o) => cellLists.some((cells) => cells.some((c) => c.org_code === o.code)))
        .map((o) => [o.code, o.go_live]),
    ),
    last,
  });
}

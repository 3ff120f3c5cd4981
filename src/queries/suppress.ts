import { z } from 'zod';
import type { Db } from '../db/engine';
import { fragment, type SqlQuery, sql } from '../db/sql';

/**
 * Small-number suppression (prikking, DOMAIN.md §6) — the one place it happens. It runs on the
 * `observations` table itself, inside the transaction that changes it, so no view, export, SQL
 * query or shared build can read a hidden number: it is no longer in the database.
 *
 * A suppressed cell keeps its row, its denominator and its period; its value and count become
 * NULL and its status `:`, as in SSB's tables. Every aggregate the app computes is over visible
 * cells only, so no combination of the app's own numbers reveals a hidden one. What remains is
 * a total that came with the data: a parent organisation's cell beside its members' (a region
 * or trust total), or a year or quarter beside its months. Those are suppressed too whenever
 * one of their parts is (secondary suppression), pass after pass until nothing changes.
 */

const countSchema = z.object({ n: z.number() });

export interface SuppressionCounts {
  /** Cells whose count was below the indicator's minimum n. */
  primary: number;
  /** Totals suppressed because one of their parts was. */
  secondary: number;
}

const HIDE = fragment(sql`value = NULL, numerator = NULL, status = ':'`);

/** Cells that still show a number (a hidden cell has neither value nor count). */
const SHOWN = (alias: string) =>
  fragment({ text: `(${alias}.value IS NOT NULL OR ${alias}.numerator IS NOT NULL)`, params: [] });

/**
 * The least threshold of an indicator the catalogue does not describe (an analyst may load one,
 * see stage.ts). Nobody has said how sensitive its numbers are, so "no threshold" would be the
 * unsafe guess: it is held to this, or to the catalogue's strictest threshold if that is higher
 * (the build's thresholds are in the catalogue, so never below its `minimumCount`).
 */
export const UNCATALOGUED_MIN_N = 5;

/** The threshold uncatalogued indicators are held to, as `SMALL` works it out in SQL. */
export function uncataloguedThreshold(indicators: readonly { min_n: number }[]): number {
  return Math.max(UNCATALOGUED_MIN_N, ...indicators.map((i) => i.min_n));
}

/**
 * Which cells a rule hides: a condition on `o`, an observation, that may also read `h`, a table
 * joined to it with at most one row per observation (so a count of the join is a count of
 * cells). Rules are joins rather than correlated EXISTS: at a million rows DuckDB runs these
 * four to seven times faster, and suppression runs inside every load.
 */
interface Rule {
  joined?: SqlQuery;
  where: SqlQuery;
}

/**
 * Cells whose count is below their indicator's threshold. The count is the numerator of a rate,
 * a sum's own value, and the denominator (the number of people measured) of a mean.
 */
const SMALL: Rule = {
  joined: sql`indicators`,
  where: sql`WHERE h.id = o.indicator_id AND ${SHOWN('o')} AND h.min_n > 0
    AND CASE h.aggregation WHEN 'rate' THEN o.numerator WHEN 'sum' THEN o.value
      ELSE o.denominator END < h.min_n`,
};

/**
 * Small cells of an indicator not in `indicators`. It has no aggregation to say which number is
 * the count, so each one that may be is held to uncataloguedThreshold: the numerator, the
 * denominator, and, in a cell with neither, the value itself. This hides more than a described
 * indicator would (a small share given without counts, say): the safe side while its
 * sensitivity is unknown. Secondary suppression below applies to every indicator alike.
 */
const SMALL_UNCATALOGUED: Rule = {
  where: sql`WHERE ${SHOWN('o')} AND o.indicator_id NOT IN (SELECT id FROM indicators)
    AND CASE WHEN o.numerator IS NULL AND o.denominator IS NULL THEN o.value
      ELSE least(o.numerator, o.denominator) END
      < (SELECT greatest(${UNCATALOGUED_MIN_N}::INTEGER, coalesce(max(min_n), 0))
        FROM indicators)`,
};

/**
 * A parent's cell beside a hidden cell of one of its members, same indicator and period: the
 * hidden members' parents, indicators and periods, once each, joined to the parents' cells.
 */
const TOTAL_OF_HIDDEN: Rule = {
  joined: sql`(SELECT DISTINCT m.parent, c.indicator_id, c.period
    FROM observations c JOIN organisations m ON m.code = c.org_code
    WHERE m.parent IS NOT NULL AND c.status = ':' AND NOT ${SHOWN('c')})`,
  where: sql`WHERE h.parent = o.org_code AND h.indicator_id = o.indicator_id
    AND h.period = o.period AND ${SHOWN('o')}`,
};

/**
 * A year or quarter of an organisation beside a hidden month or quarter inside it. (An EXISTS:
 * several hidden months can lie in one year, so a join would count that year more than once;
 * DuckDB runs this one fast, as its range condition narrows it to the few coarser cells.)
 */
const COARSER_OF_HIDDEN: Rule = {
  where: sql`WHERE ${SHOWN('o')} AND o.grain IN ('year', 'quarter') AND EXISTS (
    SELECT 1 FROM observations c
    WHERE c.org_code = o.org_code AND c.indicator_id = o.indicator_id AND c.grain <> o.grain
      AND c.period_start >= o.period_start
      AND c.period_start < o.period_start + CASE o.grain WHEN 'year' THEN INTERVAL 1 YEAR
        ELSE INTERVAL 3 MONTH END
      AND c.status = ':' AND NOT ${SHOWN('c')})`,
};

/** Counts, then hides, the cells a rule picks; returns how many. */
async function hide(session: Db, label: string, { joined, where }: Rule): Promise<number> {
  const from = joined === undefined ? sql`` : sql`, ${fragment(joined)} h`;
  const [row] = await session.query(
    `count: ${label}`,
    sql`SELECT count(*) AS n FROM observations o ${fragment(from)} ${fragment(where)}`,
    countSchema,
  );
  const n = row?.n ?? 0;
  if (n > 0) {
    const using = joined === undefined ? sql`` : sql`FROM ${fragment(joined)} h`;
    await session.run(
      label,
      sql`UPDATE observations o SET ${HIDE} ${fragment(using)} ${fragment(where)}`,
    );
  }
  return n;
}

/** Applies primary and secondary suppression to every loaded observation. */
export async function suppressSmallNumbers(session: Db): Promise<SuppressionCounts> {
  const primary =
    (await hide(session, 'suppress small counts', SMALL)) +
    (await hide(session, 'suppress small counts of uncatalogued indicators', SMALL_UNCATALOGUED));
  let secondary = 0;
  // Each pass can expose a total one level up (a trust hidden → the region's cell); levels and
  // grains are few, so a handful of passes reach the end, and a pass changing nothing ends it.
  for (let pass = 0; pass < 10; pass++) {
    const changed =
      (await hide(session, 'suppress totals of hidden members', TOTAL_OF_HIDDEN)) +
      (await hide(session, 'suppress years and quarters of hidden months', COARSER_OF_HIDDEN));
    if (changed === 0) break;
    secondary += changed;
  }
  return { primary, secondary };
}

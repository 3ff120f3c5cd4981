import { z } from 'zod';
import type { Db } from '../db/engine';
import { fragment, ident, type SqlQuery, sql } from '../db/sql';

/**
 * Small-number suppression (prikking) — the one place it happens; docs/suppression.md gives the
 * rules, the reasoning and a worked example of each. It runs on the `observations` table itself,
 * inside the transaction that changes it, so no view, export, SQL query or shared build can read
 * a hidden number: it is no longer in the database.
 *
 * A suppressed cell keeps its row and its period; its value, count and denominator become NULL
 * and its status `:`, as in SSB's tables. Every aggregate the app computes is over shown
 * cells only. What remains are the totals that came with the data — an ancestor organisation's
 * cell (trust, region) and a quarter or a year — which add up the cells below them along either
 * axis or both at once. Two rules, applied until nothing changes:
 *
 * 1. Primary: a cell whose count is below its indicator's threshold (the count derived from
 *    value × denominator when the numerator is not given).
 * 2. Secondary: every hidden cell that contains no other hidden cell is given an anchor — one
 *    organisation at the lowest level reported under it and its first month — and every cell
 *    that covers the anchor (that organisation or an ancestor, that month or its quarter or
 *    year) is hidden. The anchor's number can then move while every shown cell stays as it is,
 *    so no sum or difference of shown cells gives back any hidden cell that contains it.
 */

const countSchema = z.object({ n: z.number() });

export interface SuppressionCounts {
  /** Cells whose count was below the indicator's minimum n. */
  primary: number;
  /** Cells hidden so that no hidden cell follows from the shown ones (totals, mostly). */
  secondary: number;
}

/**
 * A hidden cell keeps its key and nothing else: a mean's denominator is its count, and a rate's
 * denominator beside a shown catchment would narrow what the hidden numerator can be; so every
 * number goes, and the SQL console and its export read NULL like every view
 * (docs/suppression.md, «What a hidden cell keeps»).
 */
const HIDE = fragment(sql`value = NULL, numerator = NULL, denominator = NULL, status = ':'`);

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
 * Cells whose count is below their indicator's threshold. The count is the numerator of a rate —
 * or, in a row that gives a rate and its denominator but no numerator, value × denominator /
 * multiplier, which anyone can work out (0.0917 % of 3 271 is 3); not rounded, so a value rounded
 * at the source errs towards hiding — a sum's own value, and the denominator (the number of
 * people measured) of a mean.
 */
const SMALL: Rule = {
  joined: sql`indicators`,
  where: sql`WHERE h.id = o.indicator_id AND ${SHOWN('o')} AND h.min_n > 0
    AND CASE h.aggregation
      WHEN 'rate' THEN coalesce(o.numerator, o.value * o.denominator / h.rate_multiplier)
      WHEN 'sum' THEN o.value ELSE o.denominator END < h.min_n`,
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

/** The three grains, finest first: a cell lies inside the cells of its own or a coarser grain. */
const GRAINS = fragment(sql`(VALUES ('month', 0), ('quarter', 1), ('year', 2)) AS g(grain, rank)`);

/**
 * Every organisation with itself and each of its ancestors (municipality → trust → region →
 * nation, and a municipality's county → nation: docs/suppression.md, «Counties»), and its depth
 * (how many ancestors it has): the closure the secondary rule joins through, so a trust with no
 * row of its own is looked through. Built once per run. An organisation the list does not know
 * (the import refuses those; this is for safety) is its own root.
 */
const CLOSURE = sql`CREATE OR REPLACE TEMP TABLE suppress_up AS
  WITH RECURSIVE edges(child, above) AS (
    SELECT code, parent FROM organisations WHERE parent IS NOT NULL
    UNION SELECT code, county FROM organisations
      WHERE type = 'municipality' AND county IS NOT NULL),
  up(org, anc) AS (
    SELECT code, code FROM organisations
    UNION SELECT DISTINCT org_code, org_code FROM observations
      WHERE org_code NOT IN (SELECT code FROM organisations)
    UNION SELECT up.org, e.above FROM up JOIN edges e ON e.child = up.anc)
  SELECT org, anc, count(*) OVER (PARTITION BY org) - 1 AS depth FROM up`;

/** Cells suppressed, here or at the source: status `:` and no number. */
const HIDDEN = (alias: string) =>
  fragment({ text: `(${alias}.status = ':' AND NOT ${SHOWN(alias).query.text})`, params: [] });

/**
 * The shown cells the secondary rule hides in one pass, left in `suppress_targets`. Each step is
 * a table of its own: every join is then an equality join (indicator, organisation, grain,
 * period start) between a small table and `observations`, which DuckDB runs as a hash join —
 * written as one statement with CTEs, its plan took seven times as long at a million rows.
 */
const PASS: readonly { label: string; statement: SqlQuery }[] = [
  {
    label: 'suppress: hidden cells',
    statement: sql`CREATE OR REPLACE TEMP TABLE suppress_hidden AS
      SELECT indicator_id, org_code, grain, period_start FROM observations o WHERE ${HIDDEN('o')}`,
  },
  {
    // Every cell some hidden cell lies strictly inside (its organisation or an ancestor, its
    // period or a coarser one containing it, but not itself) is left out: what remains are the
    // hidden cells with no hidden cell inside them. Any other hidden cell contains one of these.
    label: 'suppress: hidden cells with none inside',
    statement: sql`CREATE OR REPLACE TEMP TABLE suppress_minimal AS
      WITH outer_of_hidden AS (
        SELECT DISTINCT h.indicator_id, u.anc AS org_code, g.grain,
          date_trunc(g.grain, h.period_start)::DATE AS period_start
        FROM suppress_hidden h JOIN suppress_up u ON u.org = h.org_code
          JOIN ${GRAINS} ON true
          JOIN (VALUES ('month', 0), ('quarter', 1), ('year', 2)) AS hg(grain, rank)
            ON hg.grain = h.grain AND g.rank >= hg.rank
        WHERE NOT (u.anc = h.org_code AND g.grain = h.grain))
      SELECT * FROM suppress_hidden
      ANTI JOIN outer_of_hidden USING (indicator_id, org_code, grain, period_start)`,
  },
  {
    // The rows at each such cell's organisation or below that cover its first month. The anchor
    // is the deepest of them, so no row below it covers that month and it stands for one
    // municipality-month of the full table; among equals a hidden one (whose covers are hidden
    // already, so nothing more goes), then the lowest code.
    label: 'suppress: anchors',
    statement: sql`CREATE OR REPLACE TEMP TABLE suppress_anchors AS
      WITH probe AS (
        SELECT m.indicator_id, m.org_code, m.grain, m.period_start, u.org, u.depth,
          g.grain AS row_grain, date_trunc(g.grain, m.period_start)::DATE AS row_start
        FROM suppress_minimal m JOIN suppress_up u ON u.anc = m.org_code JOIN ${GRAINS} ON true
      ), candidates AS (
        SELECT p.*, r.org_code AS leaf,
          row_number() OVER (PARTITION BY p.indicator_id, p.org_code, p.grain, p.period_start
            ORDER BY p.depth DESC, ${HIDDEN('r')} DESC, r.org_code) AS k
        FROM probe p JOIN observations r ON r.indicator_id = p.indicator_id
          AND r.org_code = p.org AND r.grain = p.row_grain AND r.period_start = p.row_start
      )
      SELECT DISTINCT indicator_id, leaf, period_start AS month FROM candidates WHERE k = 1`,
  },
  {
    // The shown cells covering an anchor: its organisation or an ancestor, in the anchor's
    // month, quarter or year.
    label: 'suppress: shown cells covering anchors',
    statement: sql`CREATE OR REPLACE TEMP TABLE suppress_targets AS
      WITH covers AS (
        SELECT DISTINCT a.indicator_id, u.anc AS org_code, g.grain,
          date_trunc(g.grain, a.month)::DATE AS period_start
        FROM suppress_anchors a JOIN suppress_up u ON u.org = a.leaf JOIN ${GRAINS} ON true)
      SELECT o.indicator_id, o.org_code, o.grain, o.period_start
      FROM covers c JOIN observations o USING (indicator_id, org_code, grain, period_start)
      WHERE ${SHOWN('o')}`,
  },
];

const WORK_TABLES = [
  'suppress_hidden',
  'suppress_minimal',
  'suppress_anchors',
  'suppress_targets',
  'suppress_up',
];

/** Hides the cells of suppress_targets; returns how many there were. */
async function hideTargets(session: Db): Promise<number> {
  for (const { label, statement } of PASS) await session.run(label, statement);
  const [row] = await session.query(
    'suppress: count cells covering anchors',
    sql`SELECT count(*) AS n FROM suppress_targets`,
    countSchema,
  );
  const n = row?.n ?? 0;
  if (n > 0) {
    await session.run(
      'suppress totals that would give a hidden cell back',
      sql`UPDATE observations o SET ${HIDE} FROM suppress_targets t
        WHERE o.indicator_id = t.indicator_id AND o.org_code = t.org_code AND o.grain = t.grain
          AND o.period_start = t.period_start`,
    );
  }
  return n;
}

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
  await session.run('suppress: organisation closure', CLOSURE);
  let secondary = 0;
  // Each pass hides at least one cell or ends the loop, so the loop ends. A cell hidden in a pass
  // covers an anchor whose every cover is now hidden, so it seldom needs one of its own: the
  // second pass usually changes nothing.
  for (;;) {
    const changed = await hideTargets(session);
    if (changed === 0) break;
    secondary += changed;
  }
  for (const table of WORK_TABLES) {
    await session.run(`suppress: drop ${table}`, sql`DROP TABLE IF EXISTS ${ident(table)}`);
  }
  return { primary, secondary };
}

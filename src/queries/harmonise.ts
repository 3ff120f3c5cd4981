import { z } from 'zod';
import type { Db } from '../db/engine';
import { join, sql } from '../db/sql';
import { type CodeMap, type CodeTarget, checkCodeMap } from '../domain/harmonise';

/** What harmonisation did to the staged rows, for the import report. */
export interface HarmoniseReport {
  /** Old codes found in the staged rows, by code: how many rows each had and where they went. */
  codes: { oldCode: string; rows: number; targets: readonly CodeTarget[] }[];
  /** Staged rows before and after; rows landing on one organisation × indicator × period merge. */
  rowsBefore: number;
  rowsAfter: number;
}

const countSchema = z.object({ n: z.number() });
const codeCountSchema = z.object({ old_code: z.string(), n: z.number() });

/** Rows per INSERT: keeps the statement's parameter list a modest size for big maps. */
const INSERT_CHUNK = 300;

/**
 * Puts a code map into the session's temp table `harmonise_map(old_code, new_code, weight)`,
 * one row per target, every value a bound parameter. An empty map gives an empty table, so
 * queries may refer to it whether or not harmonisation is switched on.
 */
export async function loadCodeMap(session: Db, codeMap: CodeMap): Promise<void> {
  await session.run(
    'create code map',
    sql`CREATE OR REPLACE TEMP TABLE harmonise_map (
      old_code VARCHAR NOT NULL, new_code VARCHAR NOT NULL, weight DOUBLE NOT NULL)`,
  );
  const rows = [...codeMap].flatMap(([oldCode, targets]) =>
    targets.map((t) => sql`(${oldCode}, ${t.code}, ${t.weight})`),
  );
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await session.run(
      'insert code map',
      sql`INSERT INTO harmonise_map VALUES ${join(rows.slice(start, start + INSERT_CHUNK), ', ')}`,
    );
  }
}

/** Counts the staged rows. */
async function countStaged(session: Db): Promise<number> {
  const [row] = await session.query(
    'count staged rows',
    sql`SELECT count(*) AS n FROM import_valid`,
    countSchema,
  );
  return row?.n ?? 0;
}

/**
 * Refuses to run if a staged row of an indicator the catalogue does not describe (loaded at the
 * analyst's request, see stage.ts) has an old code: moving its numbers needs the indicator's
 * aggregation. The import rejects such rows, so this is a guard, not a check the analyst meets.
 */
async function assertUncataloguedUntouched(session: Db): Promise<void> {
  const [row] = await session.query(
    'count uncatalogued staged rows with an old code',
    sql`SELECT count(*) AS n FROM import_valid v
      WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = v.indicator_id)
        AND v.org_code IN (SELECT old_code FROM harmonise_map)`,
    countSchema,
  );
  if ((row?.n ?? 0) > 0) {
    throw new Error(
      `harmonise: ${row?.n} staged rows of an indicator not in the catalogue have an old code`,
    );
  }
}

/**
 * How one row's numbers change when a share `weight` of it goes to a target:
 * - numerator and denominator are counts, so they take the share;
 * - `sum` values are counts or amounts too, so they take the share;
 * - `rate` and `mean` values are not shared out: a part of a municipality is assumed to have the
 *   whole's rate or mean (the only assumption possible without the part's own counts). A rate
 *   with counts is recomputed from them when parts merge; a mean's denominator (people measured)
 *   takes the share, so the merged mean is weighted by the measured part.
 *
 * Rows that land on one organisation × indicator × period are then combined as `combine` in
 * `aggregate.ts` combines organisations, so a harmonised Molde shows the same number the app
 * would show for Molde and Nesset selected together: a rate is Σnumerator / Σdenominator ×
 * rate_multiplier over the parts with both counts (a lone value-only part keeps its value), a sum
 * adds up, a mean is weighted by denominator where every part has one. Numerator and denominator
 * are plain sums, so Σnumerator and Σdenominator over the table never change. A row that stays
 * alone keeps its value as staged. Statuses: one shared status is kept; different ones are
 * joined with a space (SSB's symbols hold none), so a merge with a suppressed part is flagged.
 * Rows of an indicator the catalogue does not describe pass through as they are (none of them
 * has an old code, see assertUncataloguedUntouched; `spread` joins `indicators`, so leaves them).
 */
const REWRITE = sql`CREATE OR REPLACE TEMP TABLE import_harmonised AS
  WITH touched AS (
    SELECT old_code AS code FROM harmonise_map m
      WHERE EXISTS (SELECT 1 FROM import_valid v WHERE v.org_code = m.old_code)
    UNION
    SELECT new_code FROM harmonise_map m
      WHERE EXISTS (SELECT 1 FROM import_valid v WHERE v.org_code = m.old_code)
  ),
  spread AS (
    SELECT coalesce(m.new_code, v.org_code) AS org_code, v.indicator_id, v.period,
      v.period_start, v.grain, i.aggregation, i.rate_multiplier,
      CASE WHEN i.aggregation = 'sum' THEN v.value * coalesce(m.weight, 1) ELSE v.value END AS value,
      v.numerator * coalesce(m.weight, 1) AS numerator,
      v.denominator * coalesce(m.weight, 1) AS denominator,
      v.status
    FROM import_valid v
    JOIN indicators i ON i.id = v.indicator_id
    LEFT JOIN harmonise_map m ON m.old_code = v.org_code
    WHERE v.org_code IN (SELECT code FROM touched)
  )
  SELECT org_code, indicator_id, period, period_start, grain, value, numerator, denominator, status
  FROM import_valid v WHERE v.org_code NOT IN (SELECT code FROM touched)
    OR NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = v.indicator_id)
  UNION ALL
  SELECT org_code, indicator_id, period, period_start, grain,
    CAST(CASE WHEN count(*) = 1 THEN any_value(value)
      WHEN aggregation = 'rate' THEN
        CASE WHEN count(*) FILTER (WHERE numerator IS NOT NULL AND denominator IS NOT NULL) > 0
          THEN sum(numerator) FILTER (WHERE denominator IS NOT NULL)
            / nullif(sum(denominator) FILTER (WHERE numerator IS NOT NULL), 0) * rate_multiplier
          WHEN count(value) = 1 THEN max(value) END
      WHEN aggregation = 'sum' THEN sum(value)
      ELSE CASE WHEN count(denominator) = count(value)
        THEN sum(value * denominator) / nullif(sum(denominator), 0) ELSE avg(value) END
    END AS DOUBLE) AS value,
    sum(numerator) AS numerator, sum(denominator) AS denominator,
    string_agg(DISTINCT status, ' ' ORDER BY status) AS status
  FROM spread
  GROUP BY org_code, indicator_id, period, period_start, grain, aggregation, rate_multiplier`;

/**
 * Rewrites the session's staged rows (`import_valid`) so old municipality codes become today's:
 * counts are shared out by weight and rows that meet are combined (see REWRITE). Optional by
 * design: the caller decides whether to call it. Only organisations with an old code in the
 * upload, and their targets, are regrouped; without old codes the rows are left as they are.
 * Each statement replaces a table whole, so a failure leaves `import_valid` as it was.
 */
export async function harmoniseStaged(session: Db, codeMap: CodeMap): Promise<HarmoniseReport> {
  const problems = checkCodeMap(codeMap);
  if (problems.length > 0) {
    throw new Error(`harmonise: the code map is not safe to apply: ${JSON.stringify(problems)}`);
  }
  await loadCodeMap(session, codeMap);
  const counts = await session.query(
    'count staged rows per old code',
    sql`SELECT org_code AS old_code, count(*) AS n FROM import_valid
      WHERE org_code IN (SELECT old_code FROM harmonise_map)
      GROUP BY org_code ORDER BY org_code`,
    codeCountSchema,
  );
  const rowsBefore = await countStaged(session);
  const codes = counts.map(({ old_code, n }) => ({
    oldCode: old_code,
    rows: n,
    targets: codeMap.get(old_code) ?? [],
  }));
  if (codes.length === 0) return { codes, rowsBefore, rowsAfter: rowsBefore };

  await assertUncataloguedUntouched(session);
  await session.run('harmonise staged rows', REWRITE);
  await session.run(
    'replace staged rows',
    sql`CREATE OR REPLACE TEMP TABLE import_valid AS
      SELECT * FROM import_harmonised ORDER BY indicator_id, org_code, period_start`,
  );
  await session.run('drop harmonised rows', sql`DROP TABLE import_harmonised`);
  return { codes, rowsBefore, rowsAfter: await countStaged(session) };
}

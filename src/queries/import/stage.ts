import { z } from 'zod';
import type { Db } from '../../db/engine';
import { fragment, type SqlQuery, sql } from '../../db/sql';
import type { CodeMap } from '../../domain/harmonise';
import { NO_NUMBER_SYMBOLS, OBSERVATION_COLUMNS, STATUS_SYMBOLS } from '../../domain/observations';
import { REJECT_REASONS } from '../../domain/reject-reasons';
import type { DecimalMark } from '../../ingest/sniff';
import { type HarmoniseReport, harmoniseStaged, loadCodeMap } from '../harmonise';
import { UNCATALOGUED_ID } from '../uncatalogued';
import { type CsvSource, cellsQuery, readCsv, readsDirectly } from './cells';
import { resolveSpellings } from './spellings';

/** What the import knows about a registered file before DuckDB reads it. */
export interface ImportPlan extends CsvSource {
  decimal: DecimalMark;
  /** Old municipality codes to accept and move to today's; absent = only today's codes pass. */
  codeMap?: CodeMap;
  /**
   * Load rows whose indicator is not in the catalogue (the analyst's opt-in; off, they are
   * rejected as `unknown_indicator`). Only ids the catalogue could later describe
   * (UNCATALOGUED_ID), and, when harmonising, not from an old municipality code (see findSuspects).
   */
  allowUnknownIndicators?: boolean;
}

const rowErrorSchema = z.object({
  /** The parsed row of the file (1-based, as DuckDB numbers them). */
  row: z.number(),
  /** The header of a wide file's period column the cell is in; null otherwise. */
  header: z.string().nullable(),
  column: z.enum(OBSERVATION_COLUMNS).nullable(),
  value: z.string().nullable(),
  reason: z.enum(REJECT_REASONS),
});
export type StagedRowError = z.infer<typeof rowErrorSchema>;

const countsSchema = z.object({ valid: z.number(), replacing: z.number() });
const reasonCountSchema = z.object({ reason: z.enum(REJECT_REASONS), count: z.number() });
const rejectSchema = z.object({ record: z.number(), error_type: z.string() });
const uncataloguedSchema = z.object({ id: z.string(), n: z.number() });

export interface StagedImport {
  /** Rows DuckDB could split into the expected number of columns. */
  parsedRows: number;
  validRows: number;
  /** Valid rows whose organisation × indicator × period is already loaded. */
  replacingRows: number;
  /** Rows with a problem, counted once per row and reason. */
  reasonCounts: z.infer<typeof reasonCountSchema>[];
  /** Problems in parsed rows, first ones first; `row` is the parsed-row number. */
  rowErrors: StagedRowError[];
  /** Records (1-based, header = 1) DuckDB could not split into columns. */
  rejectedRecords: { record: number; reason: 'wrong_column_count' | 'unreadable_row' }[];
  /** What harmonisation did; null when the plan has no code map. */
  harmonised: HarmoniseReport | null;
  /** Valid rows whose indicator is not in the catalogue, by id; empty without the opt-in. */
  uncatalogued: { id: string; rows: number }[];
}

/** How many row problems are returned for display; the counts always cover every row. */
export const ERROR_LIMIT = 1000;

/**
 * Cleans a cell and casts it to DOUBLE; symbols and empty cells give NULL. Thousands separators
 * (space, no-break space, narrow no-break space) go, a typographic minus becomes `-`.
 *
 * Most cells are plain numbers, and cleaning costs four replaces a cell (a fifth of the read at a
 * million rows), so a cell is cleaned only when it does not cast as it stands. That gives the
 * same number: a cell that casts as it stands holds none of the characters cleaning changes
 * (DuckDB refuses commas, inner spaces and `−` in a DOUBLE, and trims the ends either way).
 */
const numberExpr = (column: string, decimal: DecimalMark) => {
  const cleaned = `replace(replace(replace(replace(${column}, ' ', ''), chr(160), ''), chr(8239), ''), chr(8722), '-')`;
  const withPoint = decimal === ',' ? `replace(${cleaned}, ',', '.')` : cleaned;
  return `coalesce(TRY_CAST(${column} AS DOUBLE), TRY_CAST(${withPoint} AS DOUBLE))`;
};

const SYMBOL_LIST = STATUS_SYMBOLS.map((symbol) => `'${symbol}'`).join(', ');

/**
 * Reads a registered CSV into session-local staging tables and checks every row in SQL, so a
 * 5-million-row file is validated at DuckDB's speed rather than row by row in JavaScript.
 * Nothing outside the session's temporary tables is touched.
 */
export async function stageImport(session: Db, plan: ImportPlan): Promise<StagedImport> {
  if (readsDirectly(plan.layout)) {
    await session.run('read and type uploaded file', readTyped(plan));
  } else {
    await session.run(
      'read uploaded file',
      sql`CREATE OR REPLACE TEMP TABLE import_raw AS SELECT * FROM ${fragment(readCsv(plan))}`,
    );
    await session.run('type uploaded cells', readTyped(plan));
    await session.run('drop read rows', sql`DROP TABLE import_raw`);
  }
  const [parsed] = await session.query(
    'count parsed rows',
    sql`SELECT count(*) AS n FROM import_typed`,
    z.object({ n: z.number() }),
  );
  await session.run('resolve organisation spellings', resolveSpellings());
  // The check accepts old codes the map knows; without a map the table is empty but exists.
  await loadCodeMap(session, plan.codeMap ?? new Map());
  await session.run('find duplicate keys', findDuplicates());
  await session.run('find rows with problems', findSuspects(plan.allowUnknownIndicators === true));
  await session.run('list problems by row', findErrors());
  await session.run(
    'keep valid rows',
    sql`CREATE OR REPLACE TEMP TABLE import_valid AS
      SELECT t.org_code, t.indicator_id, t.period, t.period_start, t.grain,
        CASE WHEN ${fragment(noNumber)} THEN NULL
          WHEN i.aggregation = 'rate' AND t.numerator IS NOT NULL AND t.denominator > 0
          THEN t.numerator / t.denominator * i.rate_multiplier ELSE t.value END AS value,
        CASE WHEN ${fragment(noNumber)} THEN NULL ELSE t.numerator END AS numerator,
        CASE WHEN ${fragment(noNumber)} THEN NULL ELSE t.denominator END AS denominator, t.status
      FROM import_typed t LEFT JOIN indicators i ON i.id = t.indicator_id
        ANTI JOIN import_suspects e ON e.row = t.rowid + 1`,
  );
  // An uncatalogued indicator (the opt-in) has no aggregation or rate multiplier: its rows keep
  // the value the file gives (the LEFT JOIN's NULLs fall to ELSE); without the opt-in, such rows
  // are suspects and never get here.
  // At 5 million rows each staging copy costs about a gigabyte of the ≈ 3 GiB duckdb-wasm holds.
  await session.run('drop typed rows', sql`DROP TABLE import_typed`);
  const harmonised = plan.codeMap ? await harmoniseStaged(session, plan.codeMap) : null;
  const summary = await summarise(session, parsed?.n ?? 0);
  const uncatalogued = plan.allowUnknownIndicators ? await listUncatalogued(session) : [];
  // Rows merged by harmonisation were valid, not rejected: report the file's valid rows.
  return {
    ...summary,
    validRows: harmonised?.rowsBefore ?? summary.validRows,
    harmonised,
    uncatalogued,
  };
}

/** The staged valid rows' indicator ids that the catalogue does not describe, with row counts. */
async function listUncatalogued(session: Db): Promise<StagedImport['uncatalogued']> {
  const found = await session.query(
    'list uncatalogued indicators',
    sql`SELECT indicator_id AS id, count(*) AS n FROM import_valid v
      WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = v.indicator_id)
      GROUP BY indicator_id ORDER BY indicator_id`,
    uncataloguedSchema,
  );
  return found.map(({ id, n }) => ({ id, rows: n }));
}

/**
 * A status that stands for no number (`:` suppressed, `..` missing, `.` cannot be stated) wins
 * over any number given beside it: a suppressed count must never be loaded (docs/suppression.md).
 */
const noNumber: SqlQuery = {
  text: `coalesce(t.status IN (${NO_NUMBER_SYMBOLS.map((s) => `'${s}'`).join(', ')}), false)`,
  params: [],
};

const YEAR = `period_key GLOB '[0-9][0-9][0-9][0-9]'`;
const MONTH = `(period_key GLOB '[0-9][0-9][0-9][0-9][-M][01][0-9]'
  AND substr(period_key, 6, 2) BETWEEN '01' AND '12')`;
const QUARTER = `(period_key GLOB '[0-9][0-9][0-9][0-9]-[QK][1-4]'
  OR period_key GLOB '[0-9][0-9][0-9][0-9][QK][1-4]')`;
/**
 * FHI's rolling periods (`2019_2021`, an average over three years) are dated by their last year.
 * The `-` goes first in `[-_]`: DuckDB's GLOB reads `[_-]` as an open range and matches nothing.
 */
const ROLLING_TO_YEAR = `CASE WHEN period_raw GLOB '[0-9][0-9][0-9][0-9][-_][0-9][0-9][0-9][0-9]'
  THEN right(period_raw, 4) ELSE period_raw END`;

/**
 * Types the file's cells (see cells.ts) in one statement: for a long file of codes that is also
 * the read, so one staging copy instead of three; periods are matched with GLOB and numbers
 * cleaned with plain replaces rather than regular expressions — at a million rows each of those
 * costs a noticeable fraction of a second. A typed row's file row is its `src_row`, or, where
 * that is NULL (read directly), its rowid + 1: DuckDB keeps insertion order.
 */
function readTyped(plan: ImportPlan): SqlQuery {
  const valueIsSymbol = `value_raw IN (${SYMBOL_LIST})`;
  const number = (column: string) =>
    `CASE WHEN ${column}_raw IN (${SYMBOL_LIST}) THEN NULL ELSE ${numberExpr(`${column}_raw`, plan.decimal)} END`;
  const year = 'substr(period_key, 1, 4)';
  const last = 'right(period_key, 1)';
  return sql`CREATE OR REPLACE TEMP TABLE import_typed AS
    SELECT src_row, src_col, org_code, indicator_id, period_raw, value_raw, numerator_raw,
      denominator_raw,
      CASE grain WHEN 'year' THEN period_key
        WHEN 'month' THEN ${fragment({ text: `${year} || '-' || substr(period_key, 6, 2)`, params: [] })}
        WHEN 'quarter' THEN ${fragment({ text: `${year} || '-Q' || ${last}`, params: [] })} END AS period,
      ${fragment({
        text: `CASE grain WHEN 'year' THEN make_date(${year}::INTEGER, 1, 1)
          WHEN 'month' THEN make_date(${year}::INTEGER, substr(period_key, 6, 2)::INTEGER, 1)
          WHEN 'quarter' THEN make_date(${year}::INTEGER, (${last}::INTEGER - 1) * 3 + 1, 1) END`,
        params: [],
      })} AS period_start,
      grain,
      ${fragment({
        text: `CASE WHEN ${valueIsSymbol} THEN NULL ELSE ${numberExpr('value_raw', plan.decimal)} END AS value,
          ${number('numerator')} AS numerator,
          ${number('denominator')} AS denominator,
          coalesce(status_raw, CASE WHEN ${valueIsSymbol} THEN value_raw END) AS status`,
        params: [],
      })}
    FROM (
      SELECT *, ${fragment({
        text: `CASE WHEN ${YEAR} THEN 'year' WHEN ${MONTH} THEN 'month' WHEN ${QUARTER} THEN 'quarter' END`,
        params: [],
      })} AS grain
      FROM (SELECT *, ${fragment({ text: ROLLING_TO_YEAR, params: [] })} AS period_key
        FROM (${fragment(cellsQuery(plan))})))`;
}

const badNumber = (column: string) =>
  `(${column}_raw IS NOT NULL AND ${column}_raw NOT IN (${SYMBOL_LIST})
    AND (${column} IS NULL OR NOT isfinite(${column})))`;
const noMeasure = `(value_raw IS NULL AND status IS NULL
  AND (numerator_raw IS NULL OR denominator_raw IS NULL))`;

/** Organisation × indicator × period keys that occur more than once in the file. */
function findDuplicates(): SqlQuery {
  return sql`CREATE OR REPLACE TEMP TABLE import_duplicates AS
    SELECT org_code, indicator_id, period FROM import_typed WHERE period IS NOT NULL
    GROUP BY org_code, indicator_id, period HAVING count(*) > 1`;
}

/**
 * The rows with any problem, found in one pass with hash joins against the small reference
 * tables, so the row-by-row reasons below are worked out for those rows only — usually none.
 * Each carries what the joins found, for findErrors. (Only the key columns need the `t.`: the
 * duplicates table has them too.)
 *
 * With `allowUnknownIndicators` an indicator the catalogue does not describe is no problem,
 * unless its id is not one the catalogue could take (UNCATALOGUED_ID), or the row's organisation
 * is an old municipality code to harmonise: moving and merging numbers needs the indicator's
 * aggregation, which only the catalogue knows. (Without a code map `harmonise_map` is empty.)
 */
function findSuspects(allowUnknownIndicators: boolean): SqlQuery {
  const unknownIndicator = allowUnknownIndicators
    ? `(t.indicator_id IS NOT NULL AND i.id IS NULL
        AND (NOT regexp_full_match(t.indicator_id, '${UNCATALOGUED_ID.source.slice(1, -1)}')
          OR m.old_code IS NOT NULL))`
    : '(t.indicator_id IS NOT NULL AND i.id IS NULL)';
  return {
    text: `CREATE OR REPLACE TEMP TABLE import_suspects AS
      SELECT t.rowid + 1 AS row, t.* REPLACE (coalesce(t.src_row, t.rowid + 1) AS src_row),
        t.org_code IS NOT NULL AND o.code IS NULL AND m.old_code IS NULL AS unknown_org,
        ${unknownIndicator} AS unknown_indicator,
        d.org_code IS NOT NULL AS duplicate
      FROM import_typed t
        LEFT JOIN organisations o ON o.code = t.org_code
        LEFT JOIN (SELECT DISTINCT old_code FROM harmonise_map) m ON m.old_code = t.org_code
        LEFT JOIN indicators i ON i.id = t.indicator_id
        LEFT JOIN import_duplicates d ON d.org_code = t.org_code
          AND d.indicator_id = t.indicator_id AND d.period = t.period
      WHERE t.org_code IS NULL OR t.indicator_id IS NULL OR t.period IS NULL
        OR ${badNumber('value')} OR ${badNumber('numerator')} OR ${badNumber('denominator')}
        OR coalesce(denominator <= 0, false) OR ${noMeasure}
        OR (t.org_code IS NOT NULL AND o.code IS NULL AND m.old_code IS NULL)
        OR ${unknownIndicator}
        OR d.org_code IS NOT NULL`,
    params: [],
  };
}

/** One row per problem of the suspect rows; a row may have several. */
function findErrors(): SqlQuery {
  const from = 'FROM import_suspects';
  const missing = (column: string, raw = column) =>
    `SELECT row, src_row, src_col, '${column}', NULL, 'missing_value' ${from} WHERE ${raw} IS NULL`;
  const notANumber = (column: string) =>
    `SELECT row, src_row, src_col, '${column}', ${column}_raw, 'not_a_number' ${from}
      WHERE ${badNumber(column)}`;
  return {
    text: `CREATE OR REPLACE TEMP TABLE import_errors AS
      SELECT * FROM (
        ${missing('org_code')} UNION ALL
        ${missing('indicator_id')} UNION ALL
        ${missing('period', 'period_raw')} UNION ALL
        SELECT row, src_row, src_col, 'period', period_raw, 'bad_period' ${from}
          WHERE period_raw IS NOT NULL AND period IS NULL UNION ALL
        ${notANumber('value')} UNION ALL
        ${notANumber('numerator')} UNION ALL
        ${notANumber('denominator')} UNION ALL
        SELECT row, src_row, src_col, 'denominator', denominator_raw, 'not_positive' ${from}
          WHERE denominator <= 0 UNION ALL
        SELECT row, src_row, src_col, 'value', NULL, 'missing_value' ${from} WHERE ${noMeasure}
          UNION ALL
        SELECT row, src_row, src_col, 'org_code', org_code, 'unknown_organisation' ${from}
          WHERE unknown_org UNION ALL
        SELECT row, src_row, src_col, 'indicator_id', indicator_id, 'unknown_indicator' ${from}
          WHERE unknown_indicator UNION ALL
        SELECT row, src_row, src_col, NULL,
          org_code || ' × ' || indicator_id || ' × ' || period, 'duplicate_key' ${from}
          WHERE duplicate
      ) AS e(row, src_row, src_col, "column", value, reason)`,
    params: [],
  };
}

async function summarise(
  session: Db,
  parsedRows: number,
): Promise<Omit<StagedImport, 'harmonised' | 'uncatalogued'>> {
  const [counts] = await session.query(
    'count staged rows',
    sql`SELECT (SELECT count(*) FROM import_valid) AS valid,
        (SELECT count(*) FROM import_valid v JOIN observations o
          USING (org_code, indicator_id, period)) AS replacing`,
    countsSchema,
  );
  const rejects = await session.query(
    'list unreadable records',
    sql`SELECT line AS record, min(error_type) AS error_type
      FROM import_rejects GROUP BY line ORDER BY line`,
    rejectSchema,
  );
  const rejectedRecords = rejects.map(({ record, error_type }) => ({
    record,
    reason: /COLUMNS/.test(error_type)
      ? ('wrong_column_count' as const)
      : ('unreadable_row' as const),
  }));
  const reasonCounts = await session.query(
    'count problems by reason',
    sql`SELECT reason, count(DISTINCT row) AS count FROM import_errors GROUP BY reason`,
    reasonCountSchema,
  );
  for (const reason of ['wrong_column_count', 'unreadable_row'] as const) {
    const count = rejectedRecords.filter((r) => r.reason === reason).length;
    if (count > 0) reasonCounts.push({ reason, count });
  }
  const rowErrors = await session.query(
    'list row problems',
    sql`SELECT src_row AS row, src_col AS header, "column", value, reason FROM import_errors
      ORDER BY src_row, reason, src_col LIMIT ${ERROR_LIMIT}`,
    rowErrorSchema,
  );
  return {
    parsedRows,
    validRows: counts?.valid ?? 0,
    replacingRows: counts?.replacing ?? 0,
    reasonCounts: reasonCounts.sort((a, b) => b.count - a.count),
    rowErrors,
    rejectedRecords,
  };
}

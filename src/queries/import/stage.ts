import { z } from 'zod';
import type { Db } from '../../db/engine';
import { fragment, literal, type SqlQuery, sql } from '../../db/sql';
import type { CodeMap } from '../../domain/harmonise';
import { OBSERVATION_COLUMNS, STATUS_SYMBOLS } from '../../domain/observations';
import type { ColumnMapping } from '../../ingest/headers';
import type { DecimalMark, Delimiter } from '../../ingest/sniff';
import { type HarmoniseReport, harmoniseStaged, loadCodeMap } from '../harmonise';
import { REJECT_REASONS } from './reasons';

/** What the import knows about a registered file before DuckDB reads it. */
export interface ImportPlan {
  /** Name the file is registered under in DuckDB. */
  fileName: string;
  delimiter: Delimiter;
  decimal: DecimalMark;
  columnCount: number;
  mapping: ColumnMapping;
  /** Old municipality codes to accept and move to today's; absent = only today's codes pass. */
  codeMap?: CodeMap;
}

const rowErrorSchema = z.object({
  row: z.number(),
  column: z.enum(OBSERVATION_COLUMNS).nullable(),
  value: z.string().nullable(),
  reason: z.enum(REJECT_REASONS),
});
export type StagedRowError = z.infer<typeof rowErrorSchema>;

const countsSchema = z.object({ valid: z.number(), replacing: z.number() });
const reasonCountSchema = z.object({ reason: z.enum(REJECT_REASONS), count: z.number() });
const rejectSchema = z.object({ record: z.number(), error_type: z.string() });

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
}

/** How many row problems are returned for display; the counts always cover every row. */
export const ERROR_LIMIT = 1000;

/** Cleans a cell and casts it to DOUBLE; symbols and empty cells give NULL. */
const numberExpr = (column: string, decimal: DecimalMark) => {
  const cleaned = `replace(regexp_replace(${column}, '[ \\x{00A0}\\x{202F}]', '', 'g'), '\u2212', '-')`;
  const withPoint = decimal === ',' ? `replace(${cleaned}, ',', '.')` : cleaned;
  return `TRY_CAST(${withPoint} AS DOUBLE)`;
};

const SYMBOL_LIST = STATUS_SYMBOLS.map((symbol) => `'${symbol}'`).join(', ');

/**
 * Reads a registered CSV into session-local staging tables and checks every row in SQL, so a
 * 5-million-row file is validated at DuckDB's speed rather than row by row in JavaScript.
 * Nothing outside the session's temporary tables is touched.
 */
export async function stageImport(session: Db, plan: ImportPlan): Promise<StagedImport> {
  const columns = Array.from({ length: plan.columnCount }, (_, i) => `'c${i}': 'VARCHAR'`);
  // read_csv's options cannot be bound; the file name is ours and the delimiter one of three.
  await session.run(
    'read uploaded file',
    sql`CREATE OR REPLACE TEMP TABLE import_raw AS
      SELECT row_number() OVER () AS row, *
      FROM read_csv(${literal(plan.fileName)}, delim = ${literal(plan.delimiter)},
        quote = '"', escape = '"', header = true, auto_detect = false,
        columns = {${fragment({ text: columns.join(', '), params: [] })}},
        store_rejects = true, rejects_table = 'import_rejects', rejects_scan = 'import_reject_scans')`,
  );

  // Each staging table is dropped as soon as the next one is built: at 5 million rows every copy
  // costs about a gigabyte of the ≈ 3 GiB duckdb-wasm can hold.
  await session.run('type uploaded cells', typeCells(plan.decimal, plan.mapping));
  await session.run('drop raw rows', sql`DROP TABLE import_raw`);
  const [parsed] = await session.query(
    'count parsed rows',
    sql`SELECT count(*) AS n FROM import_typed`,
    z.object({ n: z.number() }),
  );
  // The check accepts old codes the map knows; without a map the table is empty but exists.
  await loadCodeMap(session, plan.codeMap ?? new Map());
  await session.run('check uploaded rows', findErrors());
  await session.run(
    'keep valid rows',
    sql`CREATE OR REPLACE TEMP TABLE import_valid AS
      SELECT t.org_code, t.indicator_id, t.period, t.period_start, t.grain,
        CASE WHEN i.aggregation = 'rate' AND t.numerator IS NOT NULL AND t.denominator > 0
          THEN t.numerator / t.denominator * i.rate_multiplier ELSE t.value END AS value,
        t.numerator, t.denominator, t.status
      FROM import_typed t JOIN indicators i ON i.id = t.indicator_id
      WHERE NOT EXISTS (SELECT 1 FROM import_errors e WHERE e.row = t.row)`,
  );
  await session.run('drop typed rows', sql`DROP TABLE import_typed`);
  const harmonised = plan.codeMap ? await harmoniseStaged(session, plan.codeMap) : null;
  const summary = await summarise(session, parsed?.n ?? 0);
  // Rows merged by harmonisation were valid, not rejected: report the file's valid rows.
  return { ...summary, validRows: harmonised?.rowsBefore ?? summary.validRows, harmonised };
}

/** The mapped columns, trimmed, with empty cells as NULL. */
function cells(m: ColumnMapping): SqlQuery {
  const cell = (column: keyof ColumnMapping, alias: string) => {
    const index = m[column];
    return index === null ? `NULL::VARCHAR AS ${alias}` : `nullif(trim(c${index}), '') AS ${alias}`;
  };
  return {
    text: `SELECT row, ${cell('org_code', 'org_code')}, ${cell('indicator_id', 'indicator_id')},
      ${cell('period', 'period_raw')}, ${cell('value', 'value_raw')},
      ${cell('numerator', 'numerator_raw')}, ${cell('denominator', 'denominator_raw')},
      ${cell('status', 'status_raw')} FROM import_raw`,
    params: [],
  };
}

function typeCells(decimal: DecimalMark, mapping: ColumnMapping): SqlQuery {
  const periodYear = `TRY_CAST(substr(period_raw, 1, 4) AS INTEGER)`;
  const periodCase = (year: string, month: string, quarter: string) =>
    `CASE WHEN regexp_full_match(period_raw, '\\d{4}') THEN ${year}
      WHEN regexp_full_match(period_raw, '\\d{4}[-M](0[1-9]|1[0-2])') THEN ${month}
      WHEN regexp_full_match(period_raw, '\\d{4}-?[QK][1-4]') THEN ${quarter} END`;
  const quarterNo = `TRY_CAST(right(period_raw, 1) AS INTEGER)`;
  const valueIsSymbol = `value_raw IN (${SYMBOL_LIST})`;
  return {
    text: `CREATE OR REPLACE TEMP TABLE import_typed AS
      SELECT row, org_code, indicator_id, period_raw, value_raw, numerator_raw, denominator_raw,
        ${periodCase(
          'period_raw',
          `substr(period_raw, 1, 4) || '-' || substr(period_raw, 6, 2)`,
          `substr(period_raw, 1, 4) || '-Q' || right(period_raw, 1)`,
        )} AS period,
        ${periodCase(
          `make_date(${periodYear}, 1, 1)`,
          `make_date(${periodYear}, TRY_CAST(substr(period_raw, 6, 2) AS INTEGER), 1)`,
          `make_date(${periodYear}, (${quarterNo} - 1) * 3 + 1, 1)`,
        )} AS period_start,
        ${periodCase("'year'", "'month'", "'quarter'")} AS grain,
        CASE WHEN ${valueIsSymbol} THEN NULL ELSE ${numberExpr('value_raw', decimal)} END AS value,
        CASE WHEN numerator_raw IN (${SYMBOL_LIST}) THEN NULL
          ELSE ${numberExpr('numerator_raw', decimal)} END AS numerator,
        CASE WHEN denominator_raw IN (${SYMBOL_LIST}) THEN NULL
          ELSE ${numberExpr('denominator_raw', decimal)} END AS denominator,
        coalesce(status_raw, CASE WHEN ${valueIsSymbol} THEN value_raw END) AS status
      FROM (${cells(mapping).text})`,
    params: [],
  };
}

/** One row per problem found; a row may have several. */
function findErrors(): SqlQuery {
  const notANumber = (column: string) =>
    `SELECT row, '${column}', ${column}_raw, 'not_a_number' FROM import_typed
      WHERE ${column}_raw IS NOT NULL AND ${column}_raw NOT IN (${SYMBOL_LIST})
        AND (${column} IS NULL OR NOT isfinite(${column}))`;
  const missing = (column: string, raw = column) =>
    `SELECT row, '${column}', NULL, 'missing_value' FROM import_typed WHERE ${raw} IS NULL`;
  return {
    text: `CREATE OR REPLACE TEMP TABLE import_errors AS
      SELECT * FROM (
        ${missing('org_code')} UNION ALL
        ${missing('indicator_id')} UNION ALL
        ${missing('period', 'period_raw')} UNION ALL
        SELECT row, 'period', period_raw, 'bad_period' FROM import_typed
          WHERE period_raw IS NOT NULL AND period_start IS NULL UNION ALL
        ${notANumber('value')} UNION ALL
        ${notANumber('numerator')} UNION ALL
        ${notANumber('denominator')} UNION ALL
        SELECT row, 'denominator', denominator_raw, 'not_positive' FROM import_typed
          WHERE denominator <= 0 UNION ALL
        SELECT row, 'value', NULL, 'missing_value' FROM import_typed
          WHERE value_raw IS NULL AND status IS NULL
            AND (numerator_raw IS NULL OR denominator_raw IS NULL) UNION ALL
        SELECT row, 'org_code', org_code, 'unknown_organisation' FROM import_typed t
          WHERE org_code IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.code = t.org_code)
            AND NOT EXISTS (SELECT 1 FROM harmonise_map m WHERE m.old_code = t.org_code) UNION ALL
        SELECT row, 'indicator_id', indicator_id, 'unknown_indicator' FROM import_typed t
          WHERE indicator_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = t.indicator_id) UNION ALL
        SELECT row, NULL, org_code || ' × ' || indicator_id || ' × ' || period, 'duplicate_key'
          FROM (SELECT row, org_code, indicator_id, period,
              count(*) OVER (PARTITION BY org_code, indicator_id, period) AS copies
            FROM import_typed WHERE period IS NOT NULL) WHERE copies > 1
      ) AS e(row, "column", value, reason)`,
    params: [],
  };
}

async function summarise(
  session: Db,
  parsedRows: number,
): Promise<Omit<StagedImport, 'harmonised'>> {
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
    sql`SELECT row, "column", value, reason FROM import_errors
      ORDER BY row, reason LIMIT ${ERROR_LIMIT}`,
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

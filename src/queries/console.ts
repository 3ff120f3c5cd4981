import { z } from 'zod';
import { type Db, QueryError } from '../db/engine';
import { fragment, ident, join, type SqlQuery, sql } from '../db/sql';
import { fail, ok, type Result } from '../domain/result';
import { type Refusal, screenConsoleSql } from './console-guard';

/**
 * The SQL console's questions. The analyst's text is never spliced into SQL: it is the bound
 * argument of DuckDB's `query(?)` table function, which parses it and accepts exactly one SELECT
 * statement (a DROP, a second statement or a `WITH … DELETE` fails there). Around it DuckDB
 * counts, pages with LIMIT/OFFSET and casts every value to a number, text or boolean.
 */

/** How a column is shown and exported; decided from DuckDB's type name. */
export type ColumnKind = 'number' | 'date' | 'timestamp' | 'boolean' | 'text';

export interface ConsoleColumn {
  name: string;
  /** DuckDB's type name, e.g. `DECIMAL(18,3)`. */
  type: string;
  kind: ColumnKind;
}

export type Cell = string | number | boolean | null;

/** A text that passed both checks, with the columns DuckDB says it returns. */
export interface ConsoleQuery {
  readonly text: string;
  readonly columns: readonly ConsoleColumn[];
}

export type ConsoleProblem =
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'error'; message: string };

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|DOUBLE|REAL|DECIMAL(\(\d+,\s*\d+\))?)$/;

/** The kind of a DuckDB type; lists, structs, blobs, intervals and the like are shown as text. */
export function columnKind(type: string): ColumnKind {
  const upper = type.toUpperCase();
  if (NUMERIC.test(upper)) return 'number';
  if (upper === 'DATE') return 'date';
  // WITH TIME ZONE stays text: formatting it needs the ICU extension, fetched from the network.
  if (/^TIMESTAMP(_S|_MS|_NS)?$/.test(upper)) return 'timestamp';
  if (upper === 'BOOLEAN') return 'boolean';
  return 'text';
}

const describedSchema = z.object({ column_name: z.string(), column_type: z.string() });
const functionSchema = z.object({ name: z.string() });

/**
 * DuckDB's check: parses and binds `text` as the argument of `query()`, without running it.
 * Throws DuckDB's error for anything but a single SELECT statement, or a query that cannot bind.
 */
export async function describeConsoleSql(db: Db, text: string): Promise<ConsoleColumn[]> {
  const rows = await db.query(
    'console: describe',
    sql`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM query(${text}))`,
    describedSchema,
  );
  return rows.map((row) => ({
    name: row.column_name,
    type: row.column_type,
    kind: columnKind(row.column_type),
  }));
}

/** DuckDB's table functions, so the screen also refuses ones it has no name for. */
async function tableFunctions(db: Db): Promise<Set<string>> {
  const rows = await db.query(
    'console: table functions',
    sql`SELECT DISTINCT lower(function_name) AS name FROM duckdb_functions()
        WHERE function_type IN ('table', 'table_macro')`,
    functionSchema,
  );
  return new Set(rows.map((row) => row.name));
}

/**
 * Both checks: the TypeScript screen (with a reason) first, then DuckDB's own. (Extension
 * autoloading is off from the moment the database opens: see db/console.ts.)
 */
export async function checkConsoleSql(
  db: Db,
  text: string,
): Promise<Result<ConsoleQuery, ConsoleProblem>> {
  const refusal = screenConsoleSql(text, await tableFunctions(db));
  if (refusal !== null) return fail({ kind: 'refused', refusal });
  try {
    return ok({ text, columns: await describeConsoleSql(db, text) });
  } catch (error) {
    return fail({ kind: 'error', message: duckdbMessage(error) });
  }
}

const countSchema = z.object({ n: z.number() });

/** How many rows the query returns, counted by DuckDB. */
export async function countConsoleRows(db: Db, query: ConsoleQuery): Promise<number> {
  const rows = await db.query(
    'console: count',
    sql`SELECT count(*) AS n FROM query(${query.text})`,
    countSchema,
  );
  return rows[0]?.n ?? 0;
}

// Numbers are any JS number (NaN and ±Infinity included: DuckDB's DOUBLE has them).
const cellSchema = z.union([
  z.string(),
  z.boolean(),
  z.null(),
  z.custom<number>((value) => typeof value === 'number'),
]);
const rowSchema = z.record(z.string(), cellSchema);

/**
 * Rows `offset` to `offset + limit` as arrays in column order. Columns are renamed by position
 * (c0, c1, …) so duplicate or odd names cannot collide, and cast so nothing Arrow-specific
 * (BigInt, Date numbers, lists) reaches the page.
 */
export async function fetchConsoleRows(
  db: Db,
  query: ConsoleQuery,
  offset: number,
  limit: number,
): Promise<Cell[][]> {
  const rows = await db.query(
    'console: rows',
    sql`${fragment(selectCells(query))} LIMIT ${limit} OFFSET ${offset}`,
    rowSchema,
  );
  return rows.map((row) => query.columns.map((_, index) => row[`c${index}`] ?? null));
}

/** Each kind's cell as plain JSON: numbers as DOUBLE (no BigInt), dates as ISO text. */
const CELLS: Record<ColumnKind, (name: ReturnType<typeof ident>) => SqlQuery> = {
  number: (name) => sql`CAST(${name} AS DOUBLE)`,
  date: (name) => sql`strftime(${name}, '%Y-%m-%d')`,
  timestamp: (name) => sql`strftime(${name}, '%Y-%m-%dT%H:%M:%S')`,
  boolean: (name) => sql`${name}`,
  text: (name) => sql`CAST(${name} AS VARCHAR)`,
};

function selectCells(query: ConsoleQuery): SqlQuery {
  const names = query.columns.map((_, index) => sql`${ident(`c${index}`)}`);
  const cells = query.columns.map((column, index) => {
    const name = ident(`c${index}`);
    return sql`${fragment(CELLS[column.kind](name))} AS ${name}`;
  });
  return sql`SELECT ${join(cells, ', ')} FROM query(${query.text}) AS q(${join(names, ', ')})`;
}

/** Every row, `chunk` at a time, so a large result never crosses from the worker at once. */
export async function* consoleRowChunks(
  db: Db,
  query: ConsoleQuery,
  chunk: number,
): AsyncGenerator<Cell[][]> {
  for (let offset = 0; ; offset += chunk) {
    const rows = await fetchConsoleRows(db, query, offset, chunk);
    if (rows.length > 0) yield rows;
    if (rows.length < chunk) return;
  }
}

/**
 * DuckDB's own message, without our query's name and without the `LINE 1: …` excerpt, which
 * points into the wrapper around the analyst's text rather than into the text itself.
 */
export function duckdbMessage(error: unknown): string {
  const cause = error instanceof QueryError ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.split(/\n\s*LINE \d+:/, 1)[0]?.trim() ?? message;
}

/** The tables the console explains, in the order it lists them. */
export const CONSOLE_TABLES = ['observations', 'organisations', 'indicators'] as const;

const columnSchema = z.object({ table: z.string(), name: z.string(), type: z.string() });

export interface TableHelp {
  table: string;
  columns: { name: string; type: string }[];
}

/** The loaded tables' columns and types, from DuckDB's catalogue, as help beside the console. */
export async function fetchConsoleTables(db: Db): Promise<TableHelp[]> {
  const [a, b, c] = CONSOLE_TABLES;
  const rows = await db.query(
    'console: tables',
    sql`SELECT table_name AS "table", column_name AS name, data_type AS type
        FROM duckdb_columns()
        WHERE database_name = current_database() AND schema_name = current_schema()
          AND table_name IN (${a}, ${b}, ${c})
        ORDER BY column_index`,
    columnSchema,
  );
  return CONSOLE_TABLES.map((table) => ({
    table,
    columns: rows.filter((row) => row.table === table).map(({ name, type }) => ({ name, type })),
  })).filter((help) => help.columns.length > 0);
}

import { type LexProblem, lex, type Token } from './console-lexer';

/**
 * The SQL console's first line of defence, in plain TypeScript before DuckDB sees the text: refuse
 * statements that write or change settings, a second statement, and anything that reads files or
 * URLs. The second line is DuckDB itself (see console.ts): the text only ever runs as the bound
 * argument of `query(?)`, which accepts exactly one SELECT statement. Either alone should hold;
 * this one gives the analyst a plain reason.
 */
export type Refusal =
  | { kind: 'empty' }
  /** A statement that writes, changes settings or reaches outside, e.g. DROP, COPY, ATTACH. */
  | { kind: 'statement'; keyword: string }
  /** A statement that is not one of the query forms the console runs. */
  | { kind: 'not_a_query'; keyword: string }
  | { kind: 'several_statements' }
  | { kind: 'unterminated'; what: LexProblem }
  | { kind: 'unbalanced' }
  | { kind: 'parameter'; text: string }
  /** A table function that reads files or changes the database, e.g. read_csv(…). */
  | { kind: 'file_function'; name: string }
  /** A table reference DuckDB would read as a file, e.g. FROM 'x.csv' or FROM x.parquet. */
  | { kind: 'file_table'; name: string }
  | { kind: 'url'; text: string };

/** Statements the console refuses by name: they write, change settings or load code. */
export const REFUSED_STATEMENTS: ReadonlySet<string> = new Set(
  'insert update delete drop create alter copy attach detach install load set reset pragma export import call checkpoint force vacuum begin start commit rollback abort end use truncate merge prepare execute deallocate analyze comment'.split(
    ' ',
  ),
);

/** Of those, the ones refused also at the start of a subquery (the rest can be column names). */
const REFUSED_IN_SUBQUERIES: ReadonlySet<string> = new Set(
  'insert update delete drop create alter copy attach detach install pragma export import call checkpoint vacuum truncate merge'.split(
    ' ',
  ),
);

/** The forms a console query may start with (after any leading parentheses). */
export const QUERY_STARTS: ReadonlySet<string> = new Set(
  'select with from values table summarize describe show'.split(' '),
);

/**
 * Functions refused by name even when DuckDB does not know them yet: calling an extension's
 * function makes DuckDB try to load that extension, from the network in the browser.
 */
const REFUSED_FUNCTIONS = new Set([
  'glob',
  'sniff_csv',
  'query',
  'query_table',
  'checkpoint',
  'force_checkpoint',
  'httpfs',
  'st_read',
]);
const REFUSED_FUNCTION_PREFIXES = [
  'read_',
  'parquet_',
  'iceberg_',
  'delta_',
  'sqlite_',
  'postgres_',
  'mysql_',
  'ducklake_',
  'excel_',
];
/** DuckDB table functions that only compute or list the catalogue; every other one is refused. */
const ALLOWED_TABLE_FUNCTIONS = new Set([
  'range',
  'generate_series',
  'unnest',
  'repeat',
  'repeat_row',
  'histogram',
  'histogram_values',
]);
const ALLOWED_TABLE_FUNCTION_PREFIXES = ['duckdb_', 'pragma_'];

/** File endings DuckDB's replacement scans read as files (`FROM data.csv`). */
const FILE_ENDINGS = new Set(
  'csv tsv txt tbl dat parquet json jsonl ndjson gz zst zstd bz2 xz lz4 arrow ipc feather avro orc xlsx xls db duckdb sqlite sqlite3 ddb'.split(
    ' ',
  ),
);

/** Words that end a FROM clause at its own depth: after them a comma no longer lists tables. */
const FROM_ENDS = new Set(
  'where group having qualify window order limit offset union except intersect select'.split(' '),
);
/** The CTE grammar between `)` and the main statement: `name(cols) AS NOT MATERIALIZED (…)`. */
const CTE_WORDS = new Set(['as', 'not', 'materialized', 'using', 'key']);

/**
 * Screens console SQL; null means DuckDB may see it. `tableFunctions` is DuckDB's own list of
 * table functions (from duckdb_functions()), so one this list does not know is refused too.
 */
export function screenConsoleSql(
  text: string,
  tableFunctions: ReadonlySet<string> = new Set(),
): Refusal | null {
  const lexed = lex(text);
  if (!lexed.ok) return { kind: 'unterminated', what: lexed.error };
  const tokens = withoutTrailingSemicolon(lexed.data);
  if (tokens.length === 0) return { kind: 'empty' };
  return (
    tokenRefusal(tokens) ??
    statementRefusal(tokens) ??
    functionRefusal(tokens, tableFunctions) ??
    tableRefusal(tokens)
  );
}

/** One trailing `;` is how many people end a query; anything after a `;` is a second statement. */
function withoutTrailingSemicolon(tokens: Token[]): Token[] {
  const last = tokens.at(-1);
  return last?.kind === 'punct' && last.text === ';' ? tokens.slice(0, -1) : tokens;
}

function tokenRefusal(tokens: readonly Token[]): Refusal | null {
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'punct' && token.text === ';') return { kind: 'several_statements' };
    if (token.kind === 'param') return { kind: 'parameter', text: token.text };
    const text = token.kind === 'string' ? token.value : token.kind === 'quoted' ? token.name : '';
    if (text.includes('://')) return { kind: 'url', text };
    if (isPunct(token, '(')) depth += 1;
    // A `)` of the text's own must not close the wrapper DuckDB puts around it.
    if (isPunct(token, ')') && --depth < 0) return { kind: 'unbalanced' };
  }
  return depth === 0 ? null : { kind: 'unbalanced' };
}

/** The statement's keyword must be a query form; after WITH, the one after the CTEs counts. */
function statementRefusal(tokens: readonly Token[]): Refusal | null {
  let start = 0;
  while (isPunct(tokens[start], '(')) start += 1;
  const first = tokens[start];
  const keyword = first?.kind === 'word' ? first.lower : null;
  if (keyword === null) return { kind: 'not_a_query', keyword: tokenText(first) };
  const main = keyword === 'with' ? (mainAfterCtes(tokens, start) ?? 'select') : keyword;
  if (REFUSED_STATEMENTS.has(main)) return { kind: 'statement', keyword: main.toUpperCase() };
  if (!QUERY_STARTS.has(main)) return { kind: 'not_a_query', keyword: main.toUpperCase() };
  // A data-modifying CTE or subquery, `WITH d AS (DELETE … RETURNING *)`: DuckDB has none today.
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (
      isPunct(tokens[i - 1], '(') &&
      token?.kind === 'word' &&
      REFUSED_IN_SUBQUERIES.has(token.lower)
    ) {
      return { kind: 'statement', keyword: token.lower.toUpperCase() };
    }
  }
  return null;
}

/** The first word at the WITH's depth that follows a `)` and is not CTE grammar. */
function mainAfterCtes(tokens: readonly Token[], withAt: number): string | null {
  let depth = 0;
  for (let i = withAt + 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (isPunct(token, '(')) depth += 1;
    if (isPunct(token, ')')) depth -= 1;
    const next = tokens[i + 1];
    if (depth === 0 && isPunct(token, ')') && next?.kind === 'word' && !CTE_WORDS.has(next.lower)) {
      return next.lower;
    }
  }
  return null;
}

function functionRefusal(
  tokens: readonly Token[],
  tableFunctions: ReadonlySet<string>,
): Refusal | null {
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const name = nameOf(tokens[i]);
    if (name === null || !isPunct(tokens[i + 1], '(')) continue;
    if (isRefusedFunction(name, tableFunctions)) return { kind: 'file_function', name };
  }
  return null;
}

/** Whether calling `name(…)` is refused: a file reader, or a table function not known safe. */
export function isRefusedFunction(name: string, tableFunctions: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  if (REFUSED_FUNCTIONS.has(lower)) return true;
  if (REFUSED_FUNCTION_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  if (!tableFunctions.has(lower)) return false;
  return !(
    ALLOWED_TABLE_FUNCTIONS.has(lower) ||
    ALLOWED_TABLE_FUNCTION_PREFIXES.some((prefix) => lower.startsWith(prefix))
  );
}

/**
 * Finds table references DuckDB would read as files: a string (`FROM 'x.csv'`), or a name that
 * ends in a file ending or holds a path (`FROM x.csv`, `JOIN "data/x.parquet"`).
 */
function tableRefusal(tokens: readonly Token[]): Refusal | null {
  const inFrom: boolean[] = [false];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const depth = inFrom.length - 1;
    let tableNext = false;
    if (isPunct(token, '(')) inFrom.push(false);
    else if (isPunct(token, ')')) inFrom.pop();
    else if (isPunct(token, ',')) tableNext = inFrom[depth] === true;
    else if (token?.kind === 'word') {
      if (token.lower === 'from') inFrom[depth] = true;
      else if (FROM_ENDS.has(token.lower)) inFrom[depth] = false;
      tableNext =
        token.lower === 'from' ||
        token.lower === 'join' ||
        (i === 0 && ['table', 'summarize', 'describe', 'show'].includes(token.lower));
    }
    if (tableNext) {
      const refusal = fileTable(tokens, i + 1);
      if (refusal !== null) return refusal;
    }
  }
  return null;
}

function fileTable(tokens: readonly Token[], at: number): Refusal | null {
  let i = at;
  const skip = tokens[i];
  if (skip?.kind === 'word' && (skip.lower === 'lateral' || skip.lower === 'only')) i += 1;
  const first = tokens[i];
  if (first?.kind === 'string') return { kind: 'file_table', name: first.value };
  const parts: Token[] = [];
  while (nameOf(tokens[i]) !== null) {
    parts.push(tokens[i] as Token);
    if (!isPunct(tokens[i + 1], '.')) break;
    i += 2;
  }
  const last = parts.at(-1);
  if (last === undefined || isPunct(tokens[i + 1], '(')) return null;
  const name = parts.map((part) => nameOf(part)).join('.');
  const pathLike = parts.some((part) => part.kind === 'quoted' && /[./\\:]/.test(part.name));
  const fileEnding = last.kind === 'word' && parts.length > 1 && FILE_ENDINGS.has(last.lower);
  return pathLike || fileEnding ? { kind: 'file_table', name } : null;
}

function nameOf(token: Token | undefined): string | null {
  if (token?.kind === 'word') return token.text;
  if (token?.kind === 'quoted') return token.name;
  return null;
}

function isPunct(token: Token | undefined, text: string): boolean {
  return token?.kind === 'punct' && token.text === text;
}

function tokenText(token: Token | undefined): string {
  if (token === undefined) return '';
  if (token.kind === 'string') return `'${token.value}'`;
  if (token.kind === 'quoted') return `"${token.name}"`;
  if (token.kind === 'word') return token.text;
  return token.text;
}

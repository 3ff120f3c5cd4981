import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDemoDb } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { sql } from '../../src/db/sql';
import {
  checkConsoleSql,
  consoleRowChunks,
  countConsoleRows,
  describeConsoleSql,
  fetchConsoleRows,
  fetchConsoleTables,
} from '../../src/queries/console';

/**
 * The SQL console is read-only in two independent layers: the TypeScript screen and DuckDB's
 * `query()` (one SELECT only). Each hostile input is tried against both together and against
 * DuckDB's layer alone, and the data must be untouched after every one.
 */

const countSchema = z.object({ n: z.number() });
const tableCount = async (db: Db, table: 'observations' | 'organisations' | 'indicators') =>
  (
    await db.query(
      'test: count',
      // The table names are a fixed union, never input.
      { text: `SELECT count(*) AS n FROM ${table}`, params: [] },
      countSchema,
    )
  )[0]?.n;

const HOSTILE: { name: string; text: string; refusal: string }[] = [
  { name: 'DROP', text: 'DROP TABLE observations', refusal: 'statement' },
  { name: 'lower-case drop', text: 'drop table observations', refusal: 'statement' },
  { name: 'COPY to a file', text: "COPY observations TO 'x.csv'", refusal: 'statement' },
  {
    name: 'a second statement',
    text: 'SELECT 1; DROP TABLE observations',
    refusal: 'several_statements',
  },
  {
    name: 'a second statement after a trailing semicolon',
    text: 'SELECT 1;\nDROP TABLE observations;',
    refusal: 'several_statements',
  },
  {
    name: 'a CTE in front of DELETE',
    text: 'WITH x AS (SELECT 1) DELETE FROM observations',
    refusal: 'statement',
  },
  {
    name: 'a data-modifying CTE',
    text: 'WITH d AS (DELETE FROM observations RETURNING *) SELECT * FROM d',
    refusal: 'statement',
  },
  {
    name: 'INSERT',
    text: 'INSERT INTO observations SELECT * FROM observations',
    refusal: 'statement',
  },
  { name: 'UPDATE', text: 'UPDATE observations SET value = 0', refusal: 'statement' },
  { name: 'CREATE TABLE AS', text: 'CREATE TABLE copy AS SELECT 1', refusal: 'statement' },
  {
    name: 'read_csv of a local file',
    text: "select * from read_csv('/etc/passwd')",
    refusal: 'file_function',
  },
  {
    name: 'read_parquet',
    text: "SELECT * FROM read_parquet('x.parquet')",
    refusal: 'file_function',
  },
  { name: 'read_text', text: "SELECT * FROM read_text('/etc/hostname')", refusal: 'file_function' },
  { name: 'glob', text: "SELECT * FROM glob('/*')", refusal: 'file_function' },
  {
    name: 'a quoted, qualified reader',
    text: `SELECT * FROM main."READ_CSV"('x.csv')`,
    refusal: 'file_function',
  },
  {
    name: 'a reader behind a comment',
    text: "SELECT * FROM read_csv /* x */ ('x.csv')",
    refusal: 'file_function',
  },
  {
    name: 'query() runs a string',
    text: "SELECT * FROM query('DROP TABLE observations')",
    refusal: 'file_function',
  },
  { name: 'checkpoint()', text: 'SELECT * FROM checkpoint()', refusal: 'file_function' },
  {
    name: 'a file as a string table',
    text: "SELECT * FROM 'datasets/organisations.csv'",
    refusal: 'file_table',
  },
  { name: 'a file as a name', text: 'SELECT * FROM datasets.csv', refusal: 'file_table' },
  {
    name: 'a file as a quoted name',
    text: 'SELECT * FROM "datasets/organisations.csv"',
    refusal: 'file_table',
  },
  {
    name: 'a file after a comma',
    text: "SELECT * FROM observations o, 'x.csv' f",
    refusal: 'file_table',
  },
  {
    name: 'a file in a JOIN',
    text: "SELECT * FROM observations JOIN 'x.csv' ON true",
    refusal: 'file_table',
  },
  {
    name: 'a file in a subquery',
    text: "SELECT * FROM observations WHERE org_code IN (FROM 'x.csv')",
    refusal: 'file_table',
  },
  { name: 'a URL', text: "SELECT * FROM 'https://example.org/x.csv'", refusal: 'url' },
  { name: 'ATTACH', text: "ATTACH 'x.db'", refusal: 'statement' },
  { name: 'DETACH', text: 'DETACH memory', refusal: 'statement' },
  { name: 'PRAGMA', text: 'PRAGMA enable_profiling', refusal: 'statement' },
  { name: 'SET', text: 'SET threads = 1', refusal: 'statement' },
  { name: 'INSTALL', text: 'INSTALL httpfs', refusal: 'statement' },
  { name: 'LOAD', text: 'LOAD httpfs', refusal: 'statement' },
  { name: 'CALL', text: 'CALL checkpoint()', refusal: 'statement' },
  { name: 'EXPORT DATABASE', text: "EXPORT DATABASE 'out'", refusal: 'statement' },
  { name: 'a transaction', text: 'BEGIN TRANSACTION', refusal: 'statement' },
  {
    name: 'EXPLAIN ANALYZE runs its statement',
    text: 'EXPLAIN ANALYZE SELECT 1',
    refusal: 'not_a_query',
  },
  {
    name: 'PIVOT creates a type first',
    text: 'PIVOT observations ON grain USING count(*)',
    refusal: 'not_a_query',
  },
  { name: 'a statement in brackets', text: '(DELETE FROM observations)', refusal: 'statement' },
  {
    name: 'a semicolon after a comment',
    text: 'SELECT 1 /* ; */; DROP TABLE observations',
    refusal: 'several_statements',
  },
  {
    name: 'a semicolon after a nested comment (DuckDB nests them)',
    text: 'SELECT 1 /* a /* b */ ; */; DROP TABLE observations',
    refusal: 'several_statements',
  },
  {
    name: "a semicolon after an E-string's escaped quote",
    text: "SELECT E'\\'' AS x; DROP TABLE observations --'",
    refusal: 'several_statements',
  },
  {
    name: 'a semicolon after a dollar-quoted string',
    text: 'SELECT $q$ x $q$; DROP TABLE observations',
    refusal: 'several_statements',
  },
  {
    name: 'breaking out of the brackets around the text',
    text: 'SELECT 1) AS q; DROP TABLE observations; SELECT * FROM (SELECT 1',
    refusal: 'unbalanced',
  },
  {
    name: 'an unterminated comment',
    text: 'SELECT 1 /* DROP TABLE observations',
    refusal: 'unterminated',
  },
  {
    name: 'an unterminated string',
    text: "SELECT ';DROP TABLE observations",
    refusal: 'unterminated',
  },
  {
    name: 'a parameter',
    text: 'SELECT * FROM observations WHERE org_code = ?',
    refusal: 'parameter',
  },
];

/** What DuckDB's layer alone must refuse (the screen's extra rules are about files and names). */
const DUCKDB_REFUSES = HOSTILE.filter(
  (input) => !['file_function', 'file_table', 'url', 'parameter'].includes(input.refusal),
);

const ALLOWED: { name: string; text: string; rows: number }[] = [
  { name: 'a semicolon in a string', text: "SELECT ';' AS x", rows: 1 },
  {
    name: 'a semicolon and a DROP in a comment',
    text: 'SELECT 1 AS x -- ; DROP TABLE observations',
    rows: 1,
  },
  { name: 'a semicolon in a block comment', text: 'SELECT /* ; */ 1 AS x', rows: 1 },
  { name: 'a trailing semicolon', text: 'SELECT 1 AS x;', rows: 1 },
  { name: 'a keyword in a string', text: "SELECT 'DROP TABLE observations; --' AS x", rows: 1 },
  { name: 'a dollar-quoted string with a semicolon', text: 'SELECT $$a;b$$ AS x', rows: 1 },
  {
    name: 'a CTE',
    text: 'WITH n AS (SELECT indicator_id, count(*) AS n FROM observations GROUP BY 1) SELECT * FROM n',
    rows: 15,
  },
  {
    name: 'a window function',
    text: `SELECT org_code, period, value,
             avg(value) OVER (PARTITION BY org_code ORDER BY period ROWS 2 PRECEDING) AS rolling
           FROM observations WHERE indicator_id = 'plo_meldinger_frist' AND org_code = '5001'`,
    rows: -1,
  },
  { name: 'FROM first', text: 'FROM organisations', rows: -1 },
  { name: 'SUMMARIZE', text: 'SUMMARIZE indicators', rows: -1 },
  { name: 'range()', text: 'SELECT * FROM range(1000)', rows: 1000 },
  { name: 'a qualified table', text: 'SELECT count(*) FROM main.observations', rows: 1 },
  {
    name: 'the catalogue',
    text: "SELECT * FROM duckdb_tables() WHERE table_name = 'observations'",
    rows: 1,
  },
  { name: 'a string that merely ends in .csv', text: "SELECT 'report.csv' AS name", rows: 1 },
  { name: 'a set operation in brackets', text: '(SELECT 1) UNION ALL (SELECT 2)', rows: 2 },
];

describe('the SQL console on the shipped demo data', () => {
  let db: Db;
  let counts: Record<string, number | undefined>;
  beforeAll(async () => {
    db = await openDemoDb();
    counts = {
      observations: await tableCount(db, 'observations'),
      organisations: await tableCount(db, 'organisations'),
      indicators: await tableCount(db, 'indicators'),
    };
    expect(counts.observations).toBeGreaterThan(40_000);
  });
  const expectIntact = async () => {
    expect(await tableCount(db, 'observations')).toBe(counts.observations);
    expect(await tableCount(db, 'organisations')).toBe(counts.organisations);
    expect(await tableCount(db, 'indicators')).toBe(counts.indicators);
  };

  it.each(HOSTILE)('refuses $name with a reason ($refusal)', async ({ text, refusal }) => {
    const checked = await checkConsoleSql(db, text);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.error).toMatchObject({ kind: 'refused', refusal: { kind: refusal } });
    await expectIntact();
  });

  it.each(DUCKDB_REFUSES)('DuckDB alone refuses $name too', async ({ text }) => {
    await expect(describeConsoleSql(db, text)).rejects.toThrow();
    await expectIntact();
  });

  it('DuckDB alone runs nothing of a smuggled second statement', async () => {
    const text = 'SELECT 1 AS x; DROP TABLE observations';
    await expect(describeConsoleSql(db, text)).rejects.toThrow(/single SELECT/);
    await expect(
      countConsoleRows(db, { text, columns: [{ name: 'x', type: 'INTEGER', kind: 'number' }] }),
    ).rejects.toThrow(/single SELECT/);
    await expectIntact();
  });

  it.each(ALLOWED)('runs $name', async ({ text, rows }) => {
    const checked = await checkConsoleSql(db, text);
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    const total = await countConsoleRows(db, checked.data);
    if (rows >= 0) expect(total).toBe(rows);
    else expect(total).toBeGreaterThan(0);
    await expectIntact();
  });

  it("shows DuckDB's message for a syntax error, without the wrapper's excerpt", async () => {
    const checked = await checkConsoleSql(db, 'SELECT * FROM observations WHERE');
    expect(checked).toEqual({
      ok: false,
      error: { kind: 'error', message: 'Parser Error: syntax error at end of input' },
    });
  });

  it("shows DuckDB's message for an unknown column", async () => {
    const checked = await checkConsoleSql(db, 'SELECT nope FROM observations');
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error.kind).toBe('error');
      expect(checked.error).toMatchObject({
        message: expect.stringMatching(/^Binder Error: .*nope/),
      });
    }
  });

  it('never loads an extension: a function from one is an error, not a download', async () => {
    const checked = await checkConsoleSql(db, 'SELECT to_json(1) AS j');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatchObject({ kind: 'error', message: /json/ });
    const loaded = await db.query(
      'test: extensions',
      sql`SELECT extension_name AS name FROM duckdb_extensions() WHERE loaded`,
      z.object({ name: z.string() }),
    );
    expect(loaded.map((e) => e.name)).toEqual(['core_functions']);
  }, 10_000);

  it('pages with LIMIT/OFFSET in DuckDB, in the order of the query', async () => {
    const checked = await checkConsoleSql(db, 'SELECT range AS n FROM range(1000) ORDER BY n DESC');
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    expect(await countConsoleRows(db, checked.data)).toBe(1000);
    const page = await fetchConsoleRows(db, checked.data, 100, 100);
    expect(page).toHaveLength(100);
    expect(page[0]).toEqual([899]);
    expect(page.at(-1)).toEqual([800]);
    expect(await fetchConsoleRows(db, checked.data, 950, 100)).toHaveLength(50);
  });

  it('returns plain numbers, ISO dates, booleans, text and null, whatever the DuckDB type', async () => {
    const checked = await checkConsoleSql(
      db,
      `SELECT 1 AS a, 2 AS a, sum(9007199254740993::HUGEINT) AS huge, 12.5::DECIMAL(10,2) AS dec,
              count(*) AS n, DATE '2024-02-29' AS day, TIMESTAMP '2024-02-29 13:45:00' AS at,
              true AS yes, NULL::VARCHAR AS nothing, [1, 2] AS list, {'x': 1} AS struct,
              'inf'::DOUBLE AS inf, -1.5 AS negative`,
    );
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    expect(checked.data.columns.map((c) => [c.name, c.kind])).toEqual([
      ['a', 'number'],
      ['a_1', 'number'],
      ['huge', 'number'],
      ['dec', 'number'],
      ['n', 'number'],
      ['day', 'date'],
      ['at', 'timestamp'],
      ['yes', 'boolean'],
      ['nothing', 'text'],
      ['list', 'text'],
      ['struct', 'text'],
      ['inf', 'number'],
      ['negative', 'number'],
    ]);
    expect(await fetchConsoleRows(db, checked.data, 0, 10)).toEqual([
      [
        1,
        2,
        9007199254740992,
        12.5,
        1,
        '2024-02-29',
        '2024-02-29T13:45:00',
        true,
        null,
        '[1, 2]',
        "{'x': 1}",
        Number.POSITIVE_INFINITY,
        -1.5,
      ],
    ]);
  });

  it('hands a large result over in chunks', async () => {
    const checked = await checkConsoleSql(db, 'SELECT * FROM range(25000)');
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    const sizes: number[] = [];
    for await (const chunk of consoleRowChunks(db, checked.data, 10_000)) sizes.push(chunk.length);
    expect(sizes).toEqual([10_000, 10_000, 5_000]);
  });

  it('lists the three tables and their columns as help', async () => {
    const tables = await fetchConsoleTables(db);
    expect(tables.map((t) => t.table)).toEqual(['observations', 'organisations', 'indicators']);
    expect(tables[0]?.columns.slice(0, 3).map((c) => c.name)).toEqual([
      'org_code',
      'indicator_id',
      'period',
    ]);
  });

  it('leaves every table as it was', async () => {
    await expectIntact();
    await db.run('test: still writable by the app', sql`SELECT 1`);
  });
});

import { describe, expect, it } from 'vitest';
import { type Refusal, screenConsoleSql } from '../../src/queries/console-guard';
import { lex } from '../../src/queries/console-lexer';

/** DuckDB's own table functions that matter here (the page reads the full list from DuckDB). */
const TABLE_FUNCTIONS = new Set(['range', 'read_csv', 'checkpoint', 'duckdb_tables', 'summary']);
const screen = (text: string) => screenConsoleSql(text, TABLE_FUNCTIONS);

describe('the console lexer', () => {
  it.each<{ name: string; text: string; tokens: string[] }>([
    { name: 'nested block comments', text: 'a /* x /* y */ ; */ b', tokens: ['a', 'b'] },
    { name: 'a line comment to the line end', text: 'a -- ; b\nc', tokens: ['a', 'c'] },
    { name: 'a doubled quote', text: "'it''s;'", tokens: ["'it's;'"] },
    { name: 'a backslash in a plain string', text: "'a\\' b", tokens: ["'a\\'", 'b'] },
    { name: 'an escaped quote in an E-string', text: "E'\\';' b", tokens: ["'\\';'", 'b'] },
    { name: 'a dollar-quoted string', text: '$$a;b$$ c', tokens: ["'a;b'", 'c'] },
    { name: 'a tagged dollar string', text: '$t$ $$ ; $t$ c', tokens: ["' $$ ; '", 'c'] },
    { name: 'a quoted name', text: '"a "" ; b"', tokens: ['"a " ; b"'] },
    { name: 'a word ending in e before a string', text: "name'x'", tokens: ['name', "'x'"] },
  ])('reads $name', ({ text, tokens }) => {
    const lexed = lex(text);
    if (!lexed.ok) throw new Error(lexed.error);
    expect(
      lexed.data.map((t) =>
        t.kind === 'string'
          ? `'${t.value}'`
          : t.kind === 'quoted'
            ? `"${t.name}"`
            : t.kind === 'word'
              ? t.text
              : t.text,
      ),
    ).toEqual(tokens);
  });

  it.each(["'open", '"open', '/* open', '/* a /* b */', '$$ open', "E'\\'"])(
    'fails on an unterminated %j',
    (text) => {
      expect(lex(text).ok).toBe(false);
    },
  );
});

describe('the console screen', () => {
  it.each<{ text: string; refusal: Refusal }>([
    { text: '', refusal: { kind: 'empty' } },
    { text: ' -- only a comment', refusal: { kind: 'empty' } },
    { text: 'delete from observations', refusal: { kind: 'statement', keyword: 'DELETE' } },
    {
      text: 'WITH RECURSIVE t(n) AS (SELECT 1) INSERT INTO x SELECT * FROM t',
      refusal: { kind: 'statement', keyword: 'INSERT' },
    },
    { text: 'EXPLAIN SELECT 1', refusal: { kind: 'not_a_query', keyword: 'EXPLAIN' } },
    { text: '42', refusal: { kind: 'not_a_query', keyword: '42' } },
    { text: 'SELECT 1;;', refusal: { kind: 'several_statements' } },
    { text: 'SELECT $1', refusal: { kind: 'parameter', text: '$1' } },
    { text: 'SELECT $name', refusal: { kind: 'parameter', text: '$name' } },
    { text: 'SELECT (1', refusal: { kind: 'unbalanced' } },
    { text: 'SELECT * FROM checkpoint()', refusal: { kind: 'file_function', name: 'checkpoint' } },
    {
      text: 'SELECT * FROM summary(observations)',
      refusal: { kind: 'file_function', name: 'summary' },
    },
    {
      text: 'SELECT * FROM read_json_auto(x)',
      refusal: { kind: 'file_function', name: 'read_json_auto' },
    },
    { text: 'FROM x.csv.gz', refusal: { kind: 'file_table', name: 'x.csv.gz' } },
    { text: 'SUMMARIZE "data.parquet"', refusal: { kind: 'file_table', name: 'data.parquet' } },
    { text: "SELECT 'https://x'", refusal: { kind: 'url', text: 'https://x' } },
    // Errs towards refusing: a string after FROM is taken for a file.
    { text: "SELECT trim('x' FROM 'a.csv')", refusal: { kind: 'file_table', name: 'a.csv' } },
  ])('refuses $text', ({ text, refusal }) => {
    expect(screen(text)).toEqual(refusal);
  });

  it.each([
    'SELECT 1;',
    'SELECT \'a;b\', "c;d" FROM observations',
    'WITH a AS (SELECT 1), b AS MATERIALIZED (SELECT 2) SELECT * FROM a, b',
    'SELECT * FROM range(10) r, duckdb_tables() t',
    'SELECT * FROM main.observations o JOIN organisations g ON g.code = o.org_code',
    "SELECT * FROM observations WHERE org_code IN ('a.csv', 'b')",
    "SELECT extract(year FROM DATE '2024-01-01')",
    'SELECT start, "end" FROM (SELECT 1 AS start, 2 AS "end")',
    'FROM observations SELECT org_code, count(*) GROUP BY ALL',
    'SELECT list_transform([1, 2], x -> x + 1)',
  ])('lets DuckDB see %j', (text) => {
    expect(screen(text)).toBeNull();
  });
});

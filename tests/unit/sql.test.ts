import { describe, expect, it } from 'vitest';
import { fragment, ident, join, literal, type SqlQuery, sql } from '../../src/db/sql';

const HOSTILE = "x'); DROP TABLE t; --";

describe('sql tag', () => {
  it.each<{ name: string; query: SqlQuery; text: string; params: unknown[] }>([
    { name: 'no interpolation', query: sql`SELECT 1`, text: 'SELECT 1', params: [] },
    {
      name: 'one value',
      query: sql`SELECT * FROM t WHERE id = ${42}`,
      text: 'SELECT * FROM t WHERE id = ?',
      params: [42],
    },
    {
      name: 'values of every bindable type, in order',
      query: sql`VALUES (${'a'}, ${1.5}, ${true}, ${null}, ${false}, ${0})`,
      text: 'VALUES (?, ?, ?, ?, ?, ?)',
      params: ['a', 1.5, true, null, false, 0],
    },
    {
      name: 'value at the very start and end',
      query: sql`${1} + ${2}`,
      text: '? + ?',
      params: [1, 2],
    },
    {
      name: 'a nested fragment keeps its params between the outer ones',
      query: sql`SELECT ${'a'} WHERE ${fragment(sql`x = ${'b'} AND y = ${'c'}`)} AND z = ${'d'}`,
      text: 'SELECT ? WHERE x = ? AND y = ? AND z = ?',
      params: ['a', 'b', 'c', 'd'],
    },
    {
      name: 'fragments nested two deep',
      query: sql`${1} ${fragment(sql`${2} ${fragment(sql`${3}`)} ${4}`)} ${5}`,
      text: '? ? ? ? ?',
      params: [1, 2, 3, 4, 5],
    },
    {
      name: 'join puts separators between parts and keeps params in order',
      query: sql`WHERE ${join([sql`a = ${1}`, sql`b = ${2}`, sql`c IS NULL`, sql`d = ${3}`], ' AND ')} LIMIT ${9}`,
      text: 'WHERE a = ? AND b = ? AND c IS NULL AND d = ? LIMIT ?',
      params: [1, 2, 3, 9],
    },
    {
      name: 'join of nothing is empty',
      query: sql`SELECT ${join([], ', ')}`,
      text: 'SELECT ',
      params: [],
    },
    {
      name: 'identifiers and literals are spliced in without params',
      query: sql`SELECT ${ident('my col')} FROM read_csv(${literal('f.csv')}) WHERE v = ${7}`,
      text: `SELECT "my col" FROM read_csv('f.csv') WHERE v = ?`,
      params: [7],
    },
  ])('$name', ({ query, text, params }) => {
    expect(query.text).toBe(text);
    expect(query.params).toEqual(params);
  });

  it.each([
    ['a plain value', (v: string) => sql`SELECT * FROM t WHERE name = ${v}`],
    ['a value inside a fragment', (v: string) => sql`SELECT ${fragment(sql`${v}`)}`],
    ['a value inside a join', (v: string) => sql`SELECT ${join([sql`${v}`, sql`${v}`], ', ')}`],
  ])('keeps a hostile string out of the SQL text: %s', (_label, build) => {
    const query = build(HOSTILE);
    expect(query.text).not.toContain('DROP');
    expect(query.text).not.toContain("'");
    expect(query.params.length).toBeGreaterThan(0);
    expect(query.params.every((param) => param === HOSTILE)).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'refuses to bind the non-finite number %s',
    (value) => {
      expect(() => sql`SELECT ${value}`).toThrow(TypeError);
    },
  );
});

describe('ident', () => {
  it.each([
    ['simple', 'org_code', '"org_code"'],
    ['double quote doubled', 'a"b', '"a""b"'],
    ['only quotes', '""', '""""""'],
    ['backslashes left alone', 'a\\b\\"', '"a\\b\\"""'],
    ['single quote untouched', "it's", `"it's"`],
    ['spaces and unicode', 'Kommune år', '"Kommune år"'],
    ['hostile name stays one identifier', 'x"; DROP TABLE t; --', '"x""; DROP TABLE t; --"'],
  ])('%s: %j → %s', (_label, name, quoted) => {
    const query = sql`${ident(name)}`;
    expect(query).toEqual({ text: quoted, params: [] });
  });

  it.each([
    ['empty', ''],
    ['NUL', 'a\u0000b'],
  ])('rejects a %s identifier', (_label, name) => {
    expect(() => ident(name)).toThrow(TypeError);
  });
});

describe('literal', () => {
  it.each([
    ['simple', 'upload-1.csv', "'upload-1.csv'"],
    ['single quote doubled', "it's", "'it''s'"],
    ['hostile value stays one literal', HOSTILE, "'x''); DROP TABLE t; --'"],
    ['backslashes left alone', 'C:\\data\\', "'C:\\data\\'"],
    ['tab delimiter', '\t', "'\t'"],
  ])('%s: %j → %s', (_label, value, rendered) => {
    expect(sql`${literal(value)}`).toEqual({ text: rendered, params: [] });
  });

  it('rejects NUL', () => {
    expect(() => literal('a\u0000')).toThrow(TypeError);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openReferenceDb, readNationalRegister, repoRoot } from '../../scripts/datasets-on-disk';
import { type Db, withSession } from '../../src/db/engine';
import { fragment, join, sql } from '../../src/db/sql';
import { spellingKey, spellingKeySql } from '../../src/domain/spelling';
import { prepareImport } from '../../src/queries/import/prepare';
import { resolveSpellings } from '../../src/queries/import/spellings';

const register = readNationalRegister();
const known = new Set(register.organisations.map((o) => o.code));
const codeOf = new Map(register.organisations.map((o) => [o.code, o]));

let db: Db;
beforeAll(async () => {
  db = await openReferenceDb();
});

/** What the import's resolution makes of each cell, in order. */
async function resolve(cells: readonly string[]): Promise<string[]> {
  return withSession(db, async (session) => {
    await session.run(
      'stage cells',
      sql`CREATE OR REPLACE TEMP TABLE import_typed AS
        SELECT * FROM (VALUES ${join(
          cells.map((cell, i) => sql`(${i}, ${cell})`),
          ', ',
        )}) AS t(i, org_code)`,
    );
    await session.run('resolve', resolveSpellings());
    const rows = await session.query(
      'read back',
      sql`SELECT org_code FROM import_typed ORDER BY i`,
      z.object({ org_code: z.string() }),
    );
    return rows.map((row) => row.org_code);
  });
}

describe('spelling keys', () => {
  const tricky = [
    'Trondheim\u00a0-\u00a0Tråante',
    '  Snåase – Snåsa ',
    'SØR-VARANGER',
    'Gáivuotna — Kåfjord — Kaivuono',
    'K-0301',
    'Tab\tand\u202fnarrow',
    'A\u030aLESUND',
  ];

  it('the SQL key is the TypeScript key, cell for cell', async () => {
    const rows = await db.query(
      'keys in SQL',
      sql`SELECT i, ${fragment({ text: spellingKeySql('v'), params: [] })} AS key
        FROM (VALUES ${join(
          tricky.map((v, i) => sql`(${i}, ${v})`),
          ', ',
        )}) AS t(i, v) ORDER BY i`,
      z.object({ i: z.number(), key: z.string() }),
    );
    expect(rows.map((r) => r.key)).toEqual(tricky.map(spellingKey));
    expect(spellingKey('Trondheim\u00a0-\u00a0Tråante')).toBe('trondheim - tråante');
    expect(spellingKey('  Snåase – Snåsa ')).toBe('snåase - snåsa');
    expect(spellingKey('SØR-VARANGER')).toBe('sør-varanger');
    expect(spellingKey('A\u030aLESUND')).toBe('ålesund');
  });
});

describe('organisations as real files write them', () => {
  it.each([
    ['0301', '0301'],
    ['301', '0301'],
    ['K-0301', '0301'],
    ['k-301', '0301'],
    ['0301 Oslo', '0301'],
    ['Oslo', '0301'],
    ['5001 Trondheim - Tråante', '5001'],
    ['K-5001 Trondheim', '5001'],
    ['Tråante', '5001'],
    ['trondheim\u00a0–\u00a0tråante', '5001'],
    ['Tråante - Trondheim', '5001'],
    ['Snåsa', '5041'],
    ['Snåase', '5041'],
    ['SNÅASE - SNÅSA', '5041'],
    ['3905 Tønsberg', '3905'],
    ['50', '50'],
    ['Trøndelag', '50'],
    ['Trööndelage', '50'],
    ['3', '03'],
    ['Nordland', '18'],
    ['38', '38'],
    ['Vestfold og Telemark', '38'],
    ['0', '0'],
    ['Hele landet', '0'],
    ['HELE LANDET', '0'],
    ['EAK', '0'],
    ['883974832', 'STO-HF'],
    ['STO-HF', 'STO-HF'],
    ['983658776', 'HMN-RHF'],
    ['Helse Nord RHF', '883658752'],
    ['993467049', '993467049'],
  ])('%s → %s', async (cell, code) => {
    expect(await resolve([cell])).toEqual([code]);
  });

  it('keeps an old municipality code as that code, for harmonisation to move on', async () => {
    expect(await resolve(['3801 Horten', '1601', 'K-0704'])).toEqual(['3801', '1601', '0704']);
    expect(register.codeMap.get('3801')).toEqual([{ code: '3901', weight: 1 }]);
  });

  it('leaves a cell that names nothing as it was', async () => {
    expect(await resolve(['Atlantis', '9999', 'Herøy', '1'])).toEqual([
      'Atlantis',
      '9999',
      'Herøy',
      '1',
    ]);
  });

  it('gives every level its own type, so nothing is summed into a level below', () => {
    expect(codeOf.get('0')?.type).toBe('nation');
    expect(codeOf.get('50')?.type).toBe('county');
    expect(codeOf.get('38')?.name).toBe('Vestfold og Telemark (2020–2023)');
    expect(codeOf.get('3905')).toMatchObject({ type: 'municipality', county: '39' });
    expect(codeOf.get('993467049')).toMatchObject({ type: 'health_trust', parent: '991324968' });
    expect(codeOf.get('883658752')).toMatchObject({ type: 'rhf', parent: '0' });
    // A hospital of St. Olavs hangs under the programme's own code for the trust.
    expect(codeOf.get('913461223')).toMatchObject({ type: 'hospital', parent: 'STO-HF' });
    // The programme's organisations are listed once, under their own codes.
    expect(register.organisations.filter((o) => o.name === 'St. Olavs hospital HF')).toHaveLength(
      1,
    );
    expect(known.has('883974832')).toBe(false);
  });
});

const fixture = (name: string) =>
  readFileSync(path.join(repoRoot, 'tests/fixtures/real-exports', name));

/** The distinct cells of some columns of a delimited text. */
function columnCells(text: string, delimiter: string, columns: readonly string[]): string[] {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter,
    skipEmptyLines: true,
  });
  const cells = parsed.data.flatMap((row) => columns.map((column) => row[column]?.trim() ?? ''));
  return [...new Set(cells.filter((cell) => cell !== ''))].sort();
}

describe('the organisations of the real exports (tests/fixtures/real-exports)', () => {
  /** Resolved to an organisation, or to an old code harmonisation takes to today's. */
  const resolves = (code: string) => known.has(code) || register.codeMap.has(code);

  it('SKDE hip fractures: every hospital org number is a hospital of the register', async () => {
    const cells = columnCells(
      fixture('skde-hip-fracture-by-hospital-orgnr.csv').toString('latin1'),
      ';',
      ['orgnr'],
    );
    expect(cells).toHaveLength(57);
    const codes = await resolve(cells);
    expect(codes.filter((code) => !resolves(code))).toEqual([]);
    expect(new Set(codes.map((code) => codeOf.get(code)?.type))).toEqual(new Set(['hospital']));
  });

  it('SSB 11616: every region (2020–2023 codes with names) resolves, through the code history', async () => {
    const text = new TextDecoder('latin1').decode(
      fixture('ssb-11616-statbank-latin1-title-wide.csv'),
    );
    const body = text.split('\n').slice(2).join('\n');
    const cells = columnCells(body, ';', ['region']);
    expect(cells.length).toBeGreaterThan(10);
    const codes = await resolve(cells);
    expect(codes.filter((code) => !resolves(code))).toEqual([]);
  });

  it('Udir: the nation, the counties and the municipalities resolve, as their levels', async () => {
    const text = new TextDecoder('utf-16le').decode(
      fixture('udir-statistikkbank-utf16le-sep-line.csv'),
    );
    const body = text.split('\n').slice(1).join('\n');
    const areas = columnCells(body, '\t', [
      'Fylkekode',
      'Kommunekode',
      'Nasjonalt',
      'Kommune',
    ]).filter((cell) => cell !== 'Alle kommuner');
    const codes = await resolve(areas);
    expect(areas.filter((_, i) => !resolves(codes[i] ?? ''))).toEqual([]);
    // Udir's 2022 file has 2020–2023 codes (3813 Bamble): the level is that of today's code.
    const today = (code: string) => register.codeMap.get(code)?.[0]?.code ?? code;
    const levels = new Set(codes.map((code) => codeOf.get(today(code))?.type));
    expect(levels).toEqual(new Set(['nation', 'county', 'municipality']));
  });
});

describe('importing a file with national, county and municipality rows', () => {
  it('loads each row as its own level, none added into another', async () => {
    const text =
      'region;indikator;periode;teller;nevner\n' +
      'Hele landet;reinnleggelse_30d_67;2024;9000;60000\n' +
      '50 Trøndelag;reinnleggelse_30d_67;2024;700;5000\n' +
      '5001 Trondheim - Tråante;reinnleggelse_30d_67;2024;300;2000\n' +
      '301;reinnleggelse_30d_67;2024;800;5200\n';
    const prepared = await prepareImport(db, {
      name: 'levels.csv',
      bytes: new TextEncoder().encode(text),
    });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    expect(prepared.data.report).toMatchObject({ validRows: 4, rejectedRows: 0 });
    await prepared.data.commit();
    const rows = await db.query(
      'loaded',
      sql`SELECT org_code, numerator, denominator FROM observations
        WHERE indicator_id = 'reinnleggelse_30d_67' AND period = '2024' ORDER BY org_code`,
      z.object({ org_code: z.string(), numerator: z.number(), denominator: z.number() }),
    );
    expect(rows).toEqual([
      { org_code: '0', numerator: 9000, denominator: 60000 },
      { org_code: '0301', numerator: 800, denominator: 5200 },
      { org_code: '50', numerator: 700, denominator: 5000 },
      { org_code: '5001', numerator: 300, denominator: 2000 },
    ]);
  });
});

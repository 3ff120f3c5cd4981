import { beforeEach, describe, expect, it } from 'vitest';
import {
  openReferenceDb,
  readCatalogue,
  readCodeMap,
  readRepoFile,
} from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { prepareImport } from '../../src/queries/import/prepare';
import { fetchSeries } from '../../src/queries/series';

async function prepareFixture(db: Db, name: string) {
  const result = await prepareImport(db, { name, bytes: readRepoFile(`tests/fixtures/${name}`) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

/** Golden files: the validation report for each fixture is pinned next to the fixture. */
describe('upload fixtures', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openReferenceDb();
  });

  it('broken.csv: every rejected row with the line, reason and column in broken.expected.json', async () => {
    const expected = JSON.parse(
      readRepoFile('tests/fixtures/broken.expected.json').toString('utf8'),
    );
    const { report } = await prepareFixture(db, 'broken.csv');
    expect(report.problems.map(({ line, reason, column }) => ({ line, reason, column }))).toEqual(
      expected,
    );
    expect(report.validRows).toBe(3);
    expect(report.rejectedRows).toBe(report.totalRows - 3);
  });

  it.each([
    ['excel-semicolon.csv', 'utf-8-bom', ';', ','],
    ['windows-1252.csv', 'windows-1252', ';', ','],
  ])(
    '%s loads every row (%s, delimiter %s, decimal %s)',
    async (name, encoding, delimiter, decimal) => {
      const prepared = await prepareFixture(db, name);
      expect(prepared.report).toMatchObject({ encoding, delimiter, decimal, rejectedRows: 0 });
      expect(prepared.report.validRows).toBeGreaterThan(0);
      const { inserted } = await prepared.commit();
      expect(inserted).toBe(prepared.report.validRows);
    },
  );
});

describe('old municipality codes', () => {
  it('merges 1502 Molde and 1543 Nesset into today’s 1506, pooling counts', async () => {
    const db = await openReferenceDb();
    const bytes = readRepoFile('tests/fixtures/old-codes.csv');
    const result = await prepareImport(
      db,
      { name: 'old-codes.csv', bytes },
      { codeMap: readCodeMap() },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.report.rejectedRows).toBe(0);
    expect(
      result.data.report.harmonised?.codes.map((c) => [c.oldCode, c.targets.map((t) => t.code)]),
    ).toEqual([
      ['1502', ['1506']],
      ['1543', ['1506']],
    ]);
    await result.data.commit();
    const indicator = readCatalogue().indicators.find((i) => i.id === 'plo_meldinger_frist');
    if (indicator === undefined) throw new Error('no plo_meldinger_frist in the catalogue');
    const [row] = await fetchSeries(db, indicator, ['1506']);
    expect(row).toMatchObject({ period: '2018-12', numerator: 99, denominator: 110 });
    expect(row?.value).toBeCloseTo(90, 10);
  });

  it('rejects old codes as unknown when harmonisation is off', async () => {
    const db = await openReferenceDb();
    const bytes = readRepoFile('tests/fixtures/old-codes.csv');
    const result = await prepareImport(db, { name: 'old-codes.csv', bytes });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.report.problems.map((p) => p.reason)).toEqual([
      'unknown_organisation',
      'unknown_organisation',
    ]);
  });
});

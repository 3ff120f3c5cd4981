import { beforeEach, describe, expect, it } from 'vitest';
import { openReferenceDb, readRepoFile } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { prepareImport } from '../../src/queries/import/prepare';

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

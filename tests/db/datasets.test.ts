import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openReferenceDb, readRepoFile } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { sql } from '../../src/db/sql';
import {
  checkpoint,
  DEMO_SOURCE,
  deleteAllDatasets,
  deleteDataset,
  hasNoDatasets,
  listDatasets,
  loadDemoDataset,
} from '../../src/queries/datasets';
import { prepareImport } from '../../src/queries/import/prepare';

async function load(db: Db, fixture: string, name = fixture) {
  const bytes = readRepoFile(`tests/fixtures/${fixture}`);
  const result = await prepareImport(db, { name, bytes });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  await result.data.commit();
  return result.data.report;
}

const countsSchema = z.object({ dataset_id: z.number(), source: z.string(), n: z.number() });

/** Observations per dataset, the ground truth the list is checked against. */
async function observationsByDataset(db: Db) {
  return db.query(
    'observations by dataset',
    sql`SELECT dataset_id, source, count(*) AS n FROM observations
      GROUP BY dataset_id, source ORDER BY dataset_id`,
    countsSchema,
  );
}

describe('datasets', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openReferenceDb();
  });

  it('starts with none', async () => {
    expect(await hasNoDatasets(db)).toBe(true);
    expect(await listDatasets(db)).toEqual([]);
  });

  it('records each import with its file, rows, load time, rejected rows and problems', async () => {
    const before = Date.now();
    const excel = await load(db, 'excel-semicolon.csv');
    const broken = await load(db, 'broken.csv');
    const list = await listDatasets(db);
    expect(list.map((d) => d.source)).toEqual(['broken.csv', 'excel-semicolon.csv']);
    const [brokenSet, excelSet] = list;
    // broken.csv has one valid row whose key excel-semicolon.csv loaded first.
    expect(broken.replacingRows).toBe(1);
    expect(excelSet).toMatchObject({
      rows: excel.validRows,
      currentRows: excel.validRows - 1,
      replaced: 0,
      rejected: 0,
      issues: 0,
      synthetic: false,
    });
    expect(brokenSet).toMatchObject({
      rows: broken.validRows,
      replaced: 1,
      rejected: broken.rejectedRows,
      issues: broken.reasonCounts.reduce((sum, r) => sum + r.count, 0),
    });
    expect(broken.rejectedRows).toBeGreaterThan(0);
    expect(excelSet?.loadedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(excelSet?.loadedAt).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await hasNoDatasets(db)).toBe(false);
    // Every observation carries its dataset, and the file name stays in `source`.
    expect(await observationsByDataset(db)).toEqual([
      { dataset_id: excelSet?.id, source: 'excel-semicolon.csv', n: excel.validRows - 1 },
      { dataset_id: brokenSet?.id, source: 'broken.csv', n: broken.validRows },
    ]);
  });

  it('counts rows a later import replaced: loaded, then still current', async () => {
    await load(db, 'excel-semicolon.csv', 'first.csv');
    await load(db, 'excel-semicolon.csv', 'second.csv');
    const [second, first] = await listDatasets(db);
    expect(second).toMatchObject({ source: 'second.csv', replaced: 24, currentRows: 24 });
    expect(first).toMatchObject({ source: 'first.csv', rows: 24, currentRows: 0 });
  });

  it('deletes one dataset and leaves the others', async () => {
    await load(db, 'excel-semicolon.csv');
    await load(db, 'broken.csv');
    const broken = (await listDatasets(db)).find((d) => d.source === 'broken.csv');
    if (broken === undefined) throw new Error('broken.csv not listed');
    expect(await deleteDataset(db, broken.id)).toBe(broken.rows);
    expect((await listDatasets(db)).map((d) => d.source)).toEqual(['excel-semicolon.csv']);
    expect((await observationsByDataset(db)).map((r) => r.source)).toEqual(['excel-semicolon.csv']);
  });

  it('deleting two datasets with the same file name deletes only the one asked for', async () => {
    await load(db, 'broken.csv');
    await load(db, 'windows-1252.csv', 'broken.csv');
    const [newer, older] = await listDatasets(db);
    if (newer === undefined || older === undefined) throw new Error('two datasets expected');
    await deleteDataset(db, older.id);
    expect((await listDatasets(db)).map((d) => d.id)).toEqual([newer.id]);
    expect((await observationsByDataset(db)).map((r) => r.n)).toEqual([newer.rows]);
  });

  it('clears every dataset and observation, keeping the reference tables', async () => {
    await load(db, 'excel-semicolon.csv');
    await load(db, 'broken.csv');
    await deleteAllDatasets(db);
    expect(await hasNoDatasets(db)).toBe(true);
    expect(await observationsByDataset(db)).toEqual([]);
    const [orgs] = await db.query(
      'count organisations',
      sql`SELECT count(*) AS n FROM organisations`,
      z.object({ n: z.number() }),
    );
    expect(orgs?.n).toBeGreaterThan(0);
    // New imports after a clear get ids of their own, never an old one.
    await load(db, 'excel-semicolon.csv');
    expect(await listDatasets(db)).toHaveLength(1);
  });

  it('labels the demo observations synthetic, and only them', async () => {
    await loadDemoDataset(db, readRepoFile('datasets/observations.csv'));
    await load(db, 'excel-semicolon.csv');
    const list = await listDatasets(db);
    expect(list.map((d) => [d.source, d.synthetic])).toEqual([
      ['excel-semicolon.csv', false],
      [DEMO_SOURCE, true],
    ]);
    expect(list[1]?.rows).toBeGreaterThan(40_000);
  });

  it('a checkpoint of an in-memory database is harmless', async () => {
    await load(db, 'excel-semicolon.csv');
    await checkpoint(db);
    expect(await listDatasets(db)).toHaveLength(1);
  });
});

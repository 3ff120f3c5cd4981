import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  openReferenceDb,
  readCatalogue,
  readOrganisations,
  readRepoFile,
} from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { ident, sql } from '../../src/db/sql';
import { loadBakedDataset } from '../../src/queries/baked';
import {
  deleteAllDatasets,
  deleteDataset,
  listDatasets,
  prepareDatabase,
  showsSyntheticData,
} from '../../src/queries/datasets';
import { prepareImport } from '../../src/queries/import/prepare';
import { exportSnapshot, restoreSnapshot } from '../../src/queries/snapshot';

/** Two rows in the baked form (scripts/bake.ts), marked synthetic when loaded. */
const BAKED_DEMO = new TextEncoder().encode(
  'org_code,indicator_id,period,period_start,grain,value,numerator,denominator,status\n' +
    '5001,plo_meldinger_frist,2020-01,2020-01-01,month,90,90,100,\n' +
    '5001,plo_meldinger_frist,2020-02,2020-02-01,month,80,80,100,\n',
);

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

const isEmpty = async (db: Db) =>
  (await prepareDatabase(db, readOrganisations(), readCatalogue())).empty;

const countSchema = z.object({ n: z.number() });
const count = async (db: Db, table: 'observations' | 'organisations' | 'indicators') =>
  (await db.query(`count ${table}`, sql`SELECT count(*) AS n FROM ${ident(table)}`, countSchema))[0]
    ?.n;

describe('datasets', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openReferenceDb();
  });

  it('starts with none', async () => {
    expect(await isEmpty(db)).toBe(true);
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
    expect(await isEmpty(db)).toBe(false);
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
    const indicatorsOf = async (datasetId: number) =>
      (
        await db.query(
          'dataset indicators',
          sql`SELECT DISTINCT indicator_id FROM observations WHERE dataset_id = ${datasetId}
            ORDER BY indicator_id`,
          z.object({ indicator_id: z.string() }),
        )
      ).map((row) => row.indicator_id);
    const brokenIndicators = await indicatorsOf(broken.id);
    expect(brokenIndicators.length).toBeGreaterThan(0);
    // What it deleted, and of which indicators: the views of those are asked again.
    expect(await deleteDataset(db, broken.id)).toEqual({
      removed: broken.rows,
      indicators: brokenIndicators,
    });
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
    expect(await isEmpty(db)).toBe(true);
    expect(await observationsByDataset(db)).toEqual([]);
    expect(await count(db, 'organisations')).toBeGreaterThan(0);
    // New imports after a clear get ids of their own, never an old one.
    await load(db, 'excel-semicolon.csv');
    expect(await listDatasets(db)).toHaveLength(1);
  });

  it('labels a synthetic baked dataset synthetic, and only it', async () => {
    await loadBakedDataset(db, BAKED_DEMO, { source: 'demo.csv', synthetic: true });
    await load(db, 'excel-semicolon.csv');
    const list = await listDatasets(db);
    expect(list.map((d) => [d.source, d.synthetic])).toEqual([
      ['excel-semicolon.csv', false],
      ['demo.csv', true],
    ]);
    expect(list[1]?.rows).toBe(2);
  });

  it('says synthetic rows are shown while any demo row is loaded, and not after', async () => {
    await load(db, 'excel-semicolon.csv');
    expect(await showsSyntheticData(db)).toBe(false);
    await loadBakedDataset(db, BAKED_DEMO, { source: 'demo.csv', synthetic: true });
    expect(await showsSyntheticData(db)).toBe(true);
    const demo = (await listDatasets(db)).find((d) => d.synthetic);
    await deleteDataset(db, demo?.id ?? -1);
    expect(await showsSyntheticData(db)).toBe(false);
  });
});

const observationSchema = z.object({
  org_code: z.string(),
  indicator_id: z.string(),
  period: z.string(),
  period_start: z.string(),
  grain: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  status: z.string().nullable(),
  source: z.string(),
  dataset_id: z.number(),
});

/** Every observation, in a fixed order, as the snapshot must give it back. */
const allObservations = (db: Db) =>
  db.query(
    'all observations',
    sql`SELECT org_code, indicator_id, period, strftime(period_start, '%Y-%m-%d') AS period_start,
        grain, value, numerator, denominator, status, source, dataset_id
      FROM observations ORDER BY org_code, indicator_id, period`,
    observationSchema,
  );

/** The stored copy of the page's data (docs/persistence.md): what goes out comes back whole. */
describe('snapshots', () => {
  it('restores into a fresh database exactly the datasets and observations exported', async () => {
    const db = await openReferenceDb();
    await load(db, 'excel-semicolon.csv');
    // small-cells.csv has suppressed cells (NULL value and count, status `:`) and quoted names.
    await load(db, 'small-cells.csv');
    await loadBakedDataset(db, BAKED_DEMO, { source: 'demo, "quoted".csv', synthetic: true });
    const snapshot = await exportSnapshot(db);

    const copy = await openReferenceDb();
    await restoreSnapshot(copy, snapshot);
    expect(await listDatasets(copy)).toEqual(await listDatasets(db));
    const observations = await allObservations(db);
    expect(observations.some((o) => o.status === ':' && o.value === null)).toBe(true);
    expect(await allObservations(copy)).toEqual(observations);
  });

  it('gives the next import a dataset id after the restored ones', async () => {
    const db = await openReferenceDb();
    await load(db, 'excel-semicolon.csv');
    await load(db, 'broken.csv');
    const copy = await openReferenceDb();
    await restoreSnapshot(copy, await exportSnapshot(db));
    await load(copy, 'windows-1252.csv');
    const ids = (await listDatasets(copy)).map((d) => d.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBeGreaterThan(Math.max(...ids.slice(1)));
  });

  it('restores nothing from a snapshot it cannot read, and leaves the database as it was', async () => {
    const db = await openReferenceDb();
    await load(db, 'excel-semicolon.csv');
    const snapshot = await exportSnapshot(db);
    const copy = await openReferenceDb();
    const broken = { ...snapshot, observations: snapshot.observations.slice(0, 200) };
    await expect(restoreSnapshot(copy, broken)).rejects.toThrow();
    expect(await listDatasets(copy)).toEqual([]);
    expect(await count(copy, 'observations')).toBe(0);
  });

  it('refuses a snapshot whose file holds other rows than it was written with', async () => {
    const db = await openReferenceDb();
    await load(db, 'excel-semicolon.csv');
    const snapshot = await exportSnapshot(db);
    const lines = new TextDecoder().decode(snapshot.observations).split('\n');
    // Cut at a line end: the CSV itself reads cleanly, only the count gives it away.
    const shorter = new TextEncoder().encode(`${lines.slice(0, 10).join('\n')}\n`);
    const copy = await openReferenceDb();
    await expect(restoreSnapshot(copy, { ...snapshot, observations: shorter })).rejects.toThrow(
      /hold 9 rows, not the 24 stored/,
    );
    expect(await listDatasets(copy)).toEqual([]);
  });

  it('refuses a snapshot whose observations name a dataset it does not list', async () => {
    const db = await openReferenceDb();
    await load(db, 'excel-semicolon.csv');
    const snapshot = await exportSnapshot(db);
    const copy = await openReferenceDb();
    await expect(restoreSnapshot(copy, { ...snapshot, datasets: [] })).rejects.toThrow(
      /hold 0 rows, not the 24 stored/,
    );
    expect(await count(copy, 'observations')).toBe(0);
  });

  it('stores each file name once, in its dataset row, not on every observation', async () => {
    const db = await openReferenceDb();
    await load(db, 'excel-semicolon.csv');
    const { observations } = await exportSnapshot(db);
    const text = new TextDecoder().decode(observations);
    expect(text.split('\n')[0]).not.toContain('source');
    expect(text).not.toContain('excel-semicolon.csv');
  });

  it('exports an empty database as no datasets and a header line', async () => {
    const db = await openReferenceDb();
    const snapshot = await exportSnapshot(db);
    expect(snapshot.datasets).toEqual([]);
    expect(new TextDecoder().decode(snapshot.observations).trim().split('\n')).toHaveLength(1);
  });
});

/** Every start replaces the reference tables of a database that may hold earlier visits' data. */
describe('preparing a stored database', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openReferenceDb();
    await load(db, 'excel-semicolon.csv');
  });

  it('keeps every observation and dataset across a restart', async () => {
    expect(await isEmpty(db)).toBe(false);
    expect(await count(db, 'observations')).toBe(24);
    expect(await listDatasets(db)).toHaveLength(1);
  });

  it('keeps the observations of an indicator a new build drops, and shows them if it returns', async () => {
    const catalogue = readCatalogue();
    const without = {
      ...catalogue,
      indicators: catalogue.indicators.filter((i) => i.id !== 'plo_meldinger_frist'),
    };
    expect((await prepareDatabase(db, readOrganisations(), without)).empty).toBe(false);
    expect(await count(db, 'indicators')).toBe(catalogue.indicators.length - 1);
    expect(await count(db, 'observations')).toBe(24);
    await prepareDatabase(db, readOrganisations(), catalogue);
    expect(await count(db, 'indicators')).toBe(catalogue.indicators.length);
    expect(await count(db, 'observations')).toBe(24);
  });

  it('a reference reload that fails half-way keeps the old reference and every observation', async () => {
    const organisations = readOrganisations();
    const first = organisations[0];
    if (first === undefined) throw new Error('no organisations');
    const before = await count(db, 'organisations');
    // The duplicate code breaks the primary key after the old rows were deleted.
    await expect(prepareDatabase(db, [...organisations, first], readCatalogue())).rejects.toThrow(
      /organisation/,
    );
    expect(await count(db, 'organisations')).toBe(before);
    expect(before).toBeGreaterThan(organisations.length);
    expect(await count(db, 'observations')).toBe(24);
  });
});

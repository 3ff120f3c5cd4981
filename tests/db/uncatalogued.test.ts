import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  openReferenceDb,
  readCatalogue,
  readCodeMap,
  readRepoFile,
} from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { sql } from '../../src/db/sql';
import { importMappingSchema } from '../../src/ingest/mapping';
import { prepareImport } from '../../src/queries/import/prepare';
import { suppressSmallNumbers, uncataloguedThreshold } from '../../src/queries/suppress';
import {
  fetchUncatalogued,
  fetchUncataloguedSeries,
  isUncataloguedId,
} from '../../src/queries/uncatalogued';

/**
 * tests/fixtures/uncatalogued.csv: `ny_indikator_x`, which the catalogue does not describe, for
 * Trondheim (5001, four months, February with a count of 4) and Frøya (5014, one value without
 * counts), and one row of a catalogued indicator.
 */
const FIXTURE = 'tests/fixtures/uncatalogued.csv';
const catalogue = readCatalogue();

const cellSchema = z.object({
  org_code: z.string(),
  indicator_id: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  status: z.string().nullable(),
});

async function load(db: Db, allowUnknownIndicators: boolean, csv?: string, codeMap = false) {
  const bytes = csv === undefined ? readRepoFile(FIXTURE) : new TextEncoder().encode(csv);
  const prepared = await prepareImport(
    db,
    { name: 'uncatalogued.csv', bytes },
    { allowUnknownIndicators, ...(codeMap ? { codeMap: readCodeMap() } : {}) },
  );
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
  return prepared.data;
}

const cells = (db: Db) =>
  db.query(
    'cells',
    sql`SELECT org_code, indicator_id, period, value, numerator, denominator, status
      FROM observations ORDER BY indicator_id, org_code, period`,
    cellSchema,
  );

describe('indicators the catalogue does not describe', () => {
  describe('without the opt-in', () => {
    it('rejects their rows as unknown indicators, as before', async () => {
      const db = await openReferenceDb();
      const prepared = await load(db, false);
      const { report } = prepared;
      expect(report.unknownIndicatorsAllowed).toBe(false);
      expect(report.validRows).toBe(1);
      expect(report.rejectedRows).toBe(5);
      expect(report.reasonCounts).toEqual([{ reason: 'unknown_indicator', count: 5 }]);
      expect(report.uncatalogued).toEqual([]);
      await prepared.commit();
      expect((await cells(db)).map((c) => c.indicator_id)).toEqual(['plo_meldinger_frist']);
      expect(await fetchUncatalogued(db, catalogue)).toEqual([]);
    });
  });

  describe('with the opt-in', () => {
    let db: Db;
    beforeAll(async () => {
      db = await openReferenceDb();
      const prepared = await load(db, true);
      expect(prepared.report.unknownIndicatorsAllowed).toBe(true);
      expect(prepared.report.validRows).toBe(6);
      expect(prepared.report.rejectedRows).toBe(0);
      expect(prepared.report.uncatalogued).toEqual([{ id: 'ny_indikator_x', rows: 5 }]);
      expect(await prepared.commit()).toEqual({
        inserted: 6,
        replaced: 0,
        indicators: ['ny_indikator_x', 'plo_meldinger_frist'],
      });
    });

    it('loads their rows with the values the file gives', async () => {
      const loaded = (await cells(db)).filter((c) => c.indicator_id === 'ny_indikator_x');
      expect(loaded.map((c) => `${c.org_code} ${c.period}`)).toEqual([
        '5001 2025-01',
        '5001 2025-02',
        '5001 2025-03',
        '5001 2025-04',
        '5014 2025-01',
      ]);
      expect(loaded[0]).toMatchObject({ value: 41.5, numerator: 83, denominator: 200 });
      expect(loaded[4]).toMatchObject({ value: 12, numerator: null, denominator: null });
    });

    it('lists them with organisations, period range and rows; catalogued ones are not listed', async () => {
      expect(await fetchUncatalogued(db, catalogue)).toEqual([
        { id: 'ny_indikator_x', organisations: 2, first: '2025-01', last: '2025-04', rows: 5 },
      ]);
    });

    it('hides a count below the default minimum of 5, keeping the row but none of its numbers', async () => {
      expect(uncataloguedThreshold(catalogue.indicators)).toBe(5);
      const february = (await cells(db)).find(
        (c) => c.indicator_id === 'ny_indikator_x' && c.period === '2025-02',
      );
      expect(february).toMatchObject({
        value: null,
        numerator: null,
        denominator: null,
        status: ':',
      });
      // The value of 2 (a share of a count of 4) is nowhere in the database.
      const numbers = await db.query(
        'every number',
        sql`SELECT value AS n FROM observations WHERE value IS NOT NULL
          UNION ALL SELECT numerator FROM observations WHERE numerator IS NOT NULL`,
        z.object({ n: z.number() }),
      );
      expect(numbers.map((row) => row.n)).not.toContain(4);
      expect(numbers.map((row) => row.n)).not.toContain(2);
      expect(await suppressSmallNumbers(db)).toEqual({ primary: 0, secondary: 0 });
    });

    it('gives one organisation’s series as loaded, oldest first', async () => {
      const series = await fetchUncataloguedSeries(db, 'ny_indikator_x', '5001');
      expect(series.map((p) => [p.period, p.period_start, p.grain, p.value, p.status])).toEqual([
        ['2025-01', '2025-01-01', 'month', 41.5, null],
        ['2025-02', '2025-02-01', 'month', null, ':'],
        ['2025-03', '2025-03-01', 'month', 45, null],
        ['2025-04', '2025-04-01', 'month', 47.5, null],
      ]);
      expect(await fetchUncataloguedSeries(db, 'ny_indikator_x', '5021')).toEqual([]);
    });

    it('refuses an id that is not one, rather than binding it', async () => {
      expect(isUncataloguedId('ny_indikator_x')).toBe(true);
      for (const bad of ["x' OR 1=1 --", 'Ny_indikator', 'a'.repeat(65), '', 'æøå']) {
        expect(isUncataloguedId(bad), bad).toBe(false);
        await expect(fetchUncataloguedSeries(db, bad, '5001')).rejects.toThrow(/not an indicator/);
      }
    });
  });

  it('holds a value without counts to the minimum too, and applies secondary suppression', async () => {
    const db = await openReferenceDb();
    // Frøya's 3 is hidden as a count; the trust's total beside it would give it back, so it goes.
    // (A file of nothing but unknown indicators asks which of ours each is: one known one here.)
    const csv = [
      'org_code,indicator_id,period,value,numerator,denominator,status',
      '5014,ny_indikator_y,2025-01,3,,,',
      'STO-HF,ny_indikator_y,2025-01,250,,,',
      '5001,ny_indikator_y,2025-01,247,,,',
      '5021,plo_meldinger_frist,2025-01,90,90,100,',
    ].join('\n');
    await (await load(db, true, csv)).commit();
    const uncatalogued = (await cells(db)).filter((c) => c.indicator_id === 'ny_indikator_y');
    const byOrg = new Map(uncatalogued.map((c) => [c.org_code, c]));
    expect(byOrg.get('5014')).toMatchObject({ value: null, status: ':' });
    expect(byOrg.get('STO-HF')).toMatchObject({ value: null, status: ':' });
    expect(byOrg.get('5001')).toMatchObject({ value: 247, status: null });
  });

  it('loads a file of nothing but unknown indicators once the analyst leaves them untranslated', async () => {
    const db = await openReferenceDb();
    const bytes = new TextEncoder().encode(
      'org_code,indicator_id,period,value\n5001,ny_indikator_z,2025-01,40\n',
    );
    const asked = await prepareImport(
      db,
      { name: 'z.csv', bytes },
      { allowUnknownIndicators: true },
    );
    // Not one known id in the column: the import asks which of ours each is.
    if (asked.ok || asked.error.kind !== 'mapping_needed') throw new Error('expected a question');
    expect(asked.error.questions).toEqual(['indicator_values']);
    // The form's guess, confirmed with nothing translated.
    const mapping = importMappingSchema.parse(asked.error.guess);
    const prepared = await prepareImport(
      db,
      { name: 'z.csv', bytes },
      { mapping, allowUnknownIndicators: true },
    );
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    expect(prepared.data.report.uncatalogued).toEqual([{ id: 'ny_indikator_z', rows: 1 }]);
    await prepared.data.discard();
  });

  it('still rejects ids the catalogue could not take, and old codes it cannot move', async () => {
    const db = await openReferenceDb();
    const csv = [
      'org_code,indicator_id,period,value,numerator,denominator,status',
      '5001,Ny Indikator,2025-01,10,,,',
      '1502,ny_indikator_x,2018-12,90,,,',
      '1506,ny_indikator_x,2018-12,80,,,',
      '1502,plo_meldinger_frist,2018-12,90,90,100,',
    ].join('\n');
    const prepared = await load(db, true, csv, true);
    const { report } = prepared;
    expect(report.problems.map((p) => [p.line, p.reason, p.value])).toEqual([
      [2, 'unknown_indicator', 'Ny Indikator'],
      [3, 'unknown_indicator', 'ny_indikator_x'],
    ]);
    expect(report.uncatalogued).toEqual([{ id: 'ny_indikator_x', rows: 1 }]);
    expect(report.harmonised?.codes.map((c) => c.oldCode)).toEqual(['1502']);
    await prepared.commit();
    const loaded = (await cells(db)).map((c) => `${c.org_code} ${c.indicator_id} ${c.value}`);
    // Molde's own row of the new indicator passes through harmonisation untouched.
    expect(loaded).toEqual(['1506 ny_indikator_x 80', '1506 plo_meldinger_frist 90']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { openReferenceDb, readRepoFile } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { baselineWindows, programmeStart } from '../../src/domain/baseline';
import { scopeMembers } from '../../src/domain/scope';
import { prepareImport } from '../../src/queries/import/prepare';
import { fetchBaseline, fetchSeries } from '../../src/queries/series';
import { catalogue, demoRows, indicatorById, organisations } from './demo-rows';

/** Rows of the raw file that show a count: one below the indicator's min n is suppressed at load. */
const rowsOf = (indicatorId: string, orgs: string[], periods: (p: string) => boolean) =>
  demoRows.filter(
    (r) =>
      r.indicator_id === indicatorId &&
      orgs.includes(r.org_code) &&
      periods(r.period) &&
      r.numerator !== '' &&
      Number(r.numerator) >= indicatorById(indicatorId).min_n,
  );

describe('queries on the shipped demo data', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openReferenceDb();
    const prepared = await prepareImport(db, {
      name: 'observations.csv',
      bytes: readRepoFile('datasets/observations.csv'),
    });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    expect(prepared.data.report.rejectedRows).toBe(0);
    expect(prepared.data.report.validRows).toBe(demoRows.length);
    await prepared.data.commit();
  });

  // A large and two small municipalities: their rates differ, so the mean of rates would be wrong.
  const municipalities = ['5001', '5025', '5032'];
  const rateIndicator = 'institusjon_80pluss';

  it('combines a rate over municipalities as Σnumerator / Σdenominator (hand-computed)', async () => {
    const points = await fetchSeries(db, indicatorById(rateIndicator), municipalities);
    const point = points.find((p) => p.period === '2023-06');
    const rows = rowsOf(rateIndicator, municipalities, (p) => p === '2023-06');
    expect(rows).toHaveLength(3);
    const numerator = rows.reduce((sum, r) => sum + Number(r.numerator), 0);
    const denominator = rows.reduce((sum, r) => sum + Number(r.denominator), 0);
    expect(point?.numerator).toBe(numerator);
    expect(point?.denominator).toBe(denominator);
    expect(point?.value).toBeCloseTo((numerator / denominator) * 100, 10);
    const meanOfRates = rows.reduce((sum, r) => sum + Number(r.value), 0) / rows.length;
    expect(Math.abs((point?.value ?? 0) - meanOfRates)).toBeGreaterThan(0.01);
    expect(point?.reporting).toBe(3);
  });

  it('takes the baseline from each organisation’s own 12 months before go-live', async () => {
    const indicator = indicatorById(rateIndicator);
    const orgs = organisations.filter((o) => municipalities.includes(o.code));
    const windows = baselineWindows(indicator.baseline, orgs, programmeStart(organisations));
    expect(windows).not.toBeNull();
    const baseline = await fetchBaseline(db, indicator, windows ?? []);
    const inWindow = (code: string) => {
      const window = windows?.find((w) => w.orgCode === code);
      return (period: string) =>
        window !== undefined && `${period}-01` >= window.from && `${period}-01` < window.to;
    };
    const rows = municipalities.flatMap((code) => rowsOf(rateIndicator, [code], inWindow(code)));
    const numerator = rows.reduce((sum, r) => sum + Number(r.numerator), 0);
    const denominator = rows.reduce((sum, r) => sum + Number(r.denominator), 0);
    expect(baseline.points).toBe(rows.length);
    expect(baseline.value).toBeCloseTo((numerator / denominator) * 100, 10);
    // Trondheim went live 7 May 2022: its window is May 2021 – April 2022.
    expect(windows?.find((w) => w.orgCode === '5001')).toEqual({
      orgCode: '5001',
      from: '2021-05-01',
      to: '2022-05-01',
    });
  });

  it('adds counts across organisations for a sum indicator', async () => {
    const indicator = catalogue.indicators.find((i) => i.aggregation === 'sum');
    if (indicator === undefined) throw new Error('the catalogue has no sum indicator');
    const orgs = [
      ...new Set(demoRows.filter((r) => r.indicator_id === indicator.id).map((r) => r.org_code)),
    ];
    const points = await fetchSeries(db, indicator, orgs);
    const expected = demoRows
      .filter((r) => r.indicator_id === indicator.id && r.period === '2020-01' && r.value !== '')
      .reduce((sum, r) => sum + Number(r.value), 0);
    expect(points.find((p) => p.period === '2020-01')?.value).toBeCloseTo(expected, 6);
  });

  it('binds organisation codes as parameters, so a hostile code matches nothing', async () => {
    const points = await fetchSeries(db, indicatorById(rateIndicator), ["5001') OR 1=1 --"]);
    expect(points).toEqual([]);
  });
});

describe('a rate over the whole demo region', () => {
  it('is Σnumerator / Σdenominator over every municipality, recomputed from the raw file', async () => {
    const db = await openReferenceDb();
    const prepared = await prepareImport(db, {
      name: 'o.csv',
      bytes: readRepoFile('datasets/observations.csv'),
    });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    await prepared.data.commit();
    const indicator = indicatorById('plo_meldinger_frist');
    const reporting = new Set(
      demoRows.filter((r) => r.indicator_id === indicator.id).map((r) => r.org_code),
    );
    const region = scopeMembers({ kind: 'region' }, organisations, reporting).map((o) => o.code);
    const point = (await fetchSeries(db, indicator, region)).find((p) => p.period === '2024-09');
    const rows = rowsOf(indicator.id, region, (p) => p === '2024-09');
    const numerator = rows.reduce((sum, r) => sum + Number(r.numerator), 0);
    const denominator = rows.reduce((sum, r) => sum + Number(r.denominator), 0);
    expect(region.length).toBeGreaterThan(60);
    expect(point?.value).toBeCloseTo((numerator / denominator) * 100, 10);
  });
});

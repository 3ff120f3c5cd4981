import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { baselineWindows, programmeStart } from '../../src/domain/baseline';
import type { Organisation } from '../../src/domain/organisations';
import type { BenefitRealisation } from '../../src/domain/realisation';
import {
  fetchBenefitRealisation,
  fetchOrgBaselines,
  fetchRealisedCells,
} from '../../src/queries/realisation';
import { fetchBaseline } from '../../src/queries/series';
import { catalogue, demoRows, indicatorById, organisationByCode, organisations } from './demo-rows';

const demoRowsOf = (indicatorId: string, orgCode: string, period: (p: string) => boolean) =>
  demoRows.filter(
    (r) => r.indicator_id === indicatorId && r.org_code === orgCode && period(r.period),
  );

const pricedBenefits = catalogue.benefits.filter((b) =>
  catalogue.indicators.some((i) => i.benefit_id === b.id && i.nok_per_unit !== null),
);

describe('realised NOK on the shipped demo data', () => {
  let db: Db;
  const results = new Map<string, BenefitRealisation>();
  const resultOf = (id: string): BenefitRealisation => {
    const result = results.get(id);
    if (result === undefined) throw new Error(`no result for ${id}`);
    return result;
  };

  beforeAll(async () => {
    db = await openDemoDb();
    for (const benefit of catalogue.benefits) {
      results.set(
        benefit.id,
        await fetchBenefitRealisation(db, catalogue, benefit, organisations, organisations),
      );
    }
  });

  it('has the priced benefits of the catalogue, each with cells and a plan', () => {
    expect(pricedBenefits.length).toBeGreaterThanOrEqual(5);
    for (const benefit of pricedBenefits) {
      const result = resultOf(benefit.id);
      expect(result.cells.length, benefit.id).toBeGreaterThan(0);
      expect(
        result.total.some((m) => m.planned !== null),
        benefit.id,
      ).toBe(true);
    }
  });

  it('gives unpriced benefits and benefits without a priced indicator no NOK at all', () => {
    const unpriced = catalogue.benefits.filter((b) => !pricedBenefits.includes(b));
    expect(unpriced.length).toBeGreaterThan(0);
    for (const benefit of unpriced) {
      expect(resultOf(benefit.id)).toMatchObject({ priced_indicators: [], cells: [], total: [] });
    }
  });

  it('makes the total equal to the sum over organisations, month by month and in all', () => {
    for (const benefit of pricedBenefits) {
      const result = resultOf(benefit.id);
      for (const month of result.total) {
        const orgSum = result.organisations
          .flatMap((org) => org.months.filter((m) => m.period === month.period))
          .reduce((sum, m) => sum + m.nok, 0);
        expect(month.nok, `${benefit.id} ${month.period}`).toBeCloseTo(orgSum, 2);
      }
      const cellSum = result.cells.reduce((sum, cell) => sum + cell.nok, 0);
      const orgTotals = result.organisations.reduce(
        (sum, org) => sum + (org.months.at(-1)?.cumulative ?? 0),
        0,
      );
      expect(result.total.at(-1)?.cumulative ?? 0, benefit.id).toBeCloseTo(cellSum, 2);
      expect(orgTotals, benefit.id).toBeCloseTo(cellSum, 2);
    }
  });

  it('keeps the cumulative series rising where the month is positive, falling where negative', () => {
    for (const benefit of pricedBenefits) {
      const result = resultOf(benefit.id);
      const series = [result.total, ...result.organisations.map((o) => o.months)];
      for (const months of series) {
        months.forEach((month, index) => {
          const before = index === 0 ? 0 : (months[index - 1]?.cumulative ?? 0);
          expect(month.cumulative - before).toBeCloseTo(month.nok, 2);
          if (month.nok > 0) expect(month.cumulative).toBeGreaterThan(before);
          if (month.nok < 0) expect(month.cumulative).toBeLessThan(before);
        });
      }
    }
  });

  it('counts no month before an organisation’s go-live and nothing for one not yet live', () => {
    for (const benefit of pricedBenefits) {
      for (const cell of resultOf(benefit.id).cells) {
        const goLive = organisationByCode(cell.org_code).go_live;
        expect(goLive).not.toBeNull();
        expect(cell.period >= (goLive ?? '').slice(0, 7), `${cell.org_code} ${cell.period}`).toBe(
          true,
        );
      }
    }
    const notLive = organisations.filter((o) => o.type === 'municipality' && o.go_live === null);
    const codes = new Set(notLive.map((o) => o.code));
    const travel = resultOf('pasienttransport');
    expect(travel.cells.some((c) => codes.has(c.org_code))).toBe(false);
    expect(travel.organisations.some((o) => codes.has(o.org_code))).toBe(false);
  });

  it('shows a worsening as negative NOK: travel costs rise with prices, with no go-live effect', () => {
    const travel = resultOf('pasienttransport');
    expect(travel.cells.some((c) => c.nok < 0)).toBe(true);
    expect(travel.total.at(-1)?.cumulative ?? 0).toBeLessThan(0);
  });

  it('recomputes Trondheim × 2024-03 of fewer unnecessary admissions from observations.csv', () => {
    const indicator = indicatorById('acsc_innleggelser_67');
    // Trondheim went live 2022-05-07: its baseline is 2021-05 … 2022-04.
    const window = demoRowsOf(indicator.id, '5001', (p) => p >= '2021-05' && p <= '2022-04').filter(
      (r) => r.numerator !== '',
    );
    expect(window.length).toBeGreaterThanOrEqual(11);
    const baselinePer1000 =
      (window.reduce((s, r) => s + Number(r.numerator), 0) /
        window.reduce((s, r) => s + Number(r.denominator), 0)) *
      1000;
    const [row] = demoRowsOf(indicator.id, '5001', (p) => p === '2024-03');
    if (row === undefined) throw new Error('no 2024-03 row for 5001');
    const avoided = (baselinePer1000 / 1000) * Number(row.denominator) - Number(row.numerator);
    const expectedNok = avoided * 50_000;
    expect(indicator.nok_per_unit).toBe(50_000);

    const result = resultOf('unodvendige_innleggelser');
    const cell = result.cells.find((c) => c.org_code === '5001' && c.period === '2024-03');
    expect(cell?.baseline).toBeCloseTo(baselinePer1000, 9);
    expect(cell?.units).toBeCloseTo(avoided, 6);
    expect(cell?.nok).toBeCloseTo(expectedNok, 2);
    // The benefit has one priced indicator, so the organisation's month is that cell.
    const orgMonth = result.organisations
      .find((o) => o.org_code === '5001')
      ?.months.find((m) => m.period === '2024-03');
    expect(orgMonth?.nok).toBeCloseTo(expectedNok, 2);
  });

  it('recomputes St. Olavs × 2025-06 of legacy systems against the fixed 2019 baseline', () => {
    const indicator = indicatorById('eldre_journalsystemer_kostnad');
    const year2019 = demoRowsOf(indicator.id, 'STO-HF', (p) => p.startsWith('2019-'));
    const baseline = year2019.reduce((s, r) => s + Number(r.value), 0) / year2019.length;
    const [row] = demoRowsOf(indicator.id, 'STO-HF', (p) => p === '2025-06');
    if (row === undefined) throw new Error('no 2025-06 row for STO-HF');
    const cell = resultOf('eldre_journalsystemer').cells.find(
      (c) => c.org_code === 'STO-HF' && c.period === '2025-06',
    );
    expect(cell?.nok).toBeCloseTo(baseline - Number(row.value), 2);
    expect(cell?.nok ?? 0).toBeGreaterThan(0);
  });

  it('takes each organisation’s baseline as fetchBaseline does for it alone', async () => {
    for (const id of [
      'acsc_innleggelser_67',
      'minutter_leting_journal',
      'eldre_journalsystemer_kostnad',
    ]) {
      const indicator = indicatorById(id);
      const live = organisations.filter((o) => o.go_live !== null);
      const baselines = await fetchOrgBaselines(db, indicator, live, organisations);
      for (const code of ['5001', '1506', 'STO-HF', 'HNT-HF']) {
        if (!baselines.has(code)) continue;
        const windows = baselineWindows(
          indicator.baseline,
          [organisationByCode(code)],
          programmeStart(organisations),
        );
        const alone = await fetchBaseline(db, indicator, windows ?? []);
        expect(baselines.get(code), `${id} ${code}`).toBeCloseTo(alone.value ?? Number.NaN, 9);
      }
    }
  });

  it('sets the cumulative plan beside the total at each plan point', () => {
    for (const benefit of pricedBenefits) {
      const total = resultOf(benefit.id).total;
      for (const point of benefit.plan) {
        const month = total.find((m) => m.period === point.date);
        if (month !== undefined)
          expect(month.planned, `${benefit.id} ${point.date}`).toBe(point.nok);
      }
    }
  });

  it('binds organisation codes as parameters', async () => {
    const hostile: Organisation = { ...organisationByCode('5001'), code: "5001') OR 1=1 --" };
    const cells = await fetchRealisedCells(
      db,
      indicatorById('acsc_innleggelser_67'),
      [hostile],
      organisations,
    );
    expect(cells).toEqual([]);
  });
});

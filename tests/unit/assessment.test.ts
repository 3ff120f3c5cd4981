import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  changeStatus,
  combinePeriods,
  DEFAULT_ASSESSMENT,
  type PeriodValue,
} from '../../src/domain/assessment';
import { type Indicator, indicatorSchema } from '../../src/domain/catalogue';

const indicator = (overrides: Partial<Record<string, unknown>>): Indicator =>
  indicatorSchema.parse({
    id: 'x',
    benefit_id: 'b',
    name_nb: 'X',
    name_en: 'X',
    unit: 'percent',
    direction: 'lower_is_better',
    aggregation: 'rate',
    target: { value: 10, date: '2026-12-31' },
    ...overrides,
  });

const month = (i: number) =>
  `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const rateRow = (i: number, numerator: number, denominator: number): PeriodValue => ({
  period_start: month(i),
  numerator,
  denominator,
  value: (numerator / denominator) * 100,
});

describe('combinePeriods', () => {
  it('pools a rate as Σnumerator / Σdenominator, not the mean of the periods’ rates', () => {
    const rows = [rateRow(0, 1, 10), rateRow(1, 90, 100)];
    expect(combinePeriods(indicator({}), rows)).toBeCloseTo((91 / 110) * 100, 10);
    expect(combinePeriods(indicator({}), rows)).not.toBeCloseTo((10 + 90) / 2, 1);
  });

  it('weights a mean by its denominator and takes a sum as the mean per period', () => {
    const rows: PeriodValue[] = [
      { period_start: month(0), value: 30, numerator: null, denominator: 1 },
      { period_start: month(1), value: 10, numerator: null, denominator: 3 },
    ];
    expect(combinePeriods(indicator({ aggregation: 'mean', unit: 'minutes' }), rows)).toBe(15);
    expect(combinePeriods(indicator({ aggregation: 'sum', unit: 'count' }), rows)).toBe(20);
  });

  it('skips periods without a number (suppressed or missing) and gives null for none', () => {
    const gap: PeriodValue = {
      period_start: month(1),
      value: null,
      numerator: null,
      denominator: null,
    };
    expect(combinePeriods(indicator({}), [rateRow(0, 5, 50), gap])).toBe(10);
    expect(combinePeriods(indicator({}), [gap])).toBeNull();
  });

  it('property: combining the pooled parts equals pooling the whole, for rates', () => {
    const rows = fc.array(
      fc.record({ n: fc.integer({ min: 0, max: 500 }), d: fc.integer({ min: 1, max: 5000 }) }),
      { minLength: 2, maxLength: 40 },
    );
    fc.assert(
      fc.property(rows, fc.nat(), (cells, cut) => {
        const periods = cells.map((c, i) => rateRow(i, c.n, c.d));
        const split = 1 + (cut % (periods.length - 1));
        const part = (slice: PeriodValue[], i: number): PeriodValue => {
          const numerator = slice.reduce((s, p) => s + (p.numerator ?? 0), 0);
          const denominator = slice.reduce((s, p) => s + (p.denominator ?? 0), 0);
          return {
            period_start: month(i),
            numerator,
            denominator,
            value: (numerator / denominator) * 100,
          };
        };
        const parts = [part(periods.slice(0, split), 0), part(periods.slice(split), 1)];
        const whole = combinePeriods(indicator({}), periods) ?? Number.NaN;
        expect(combinePeriods(indicator({}), parts)).toBeCloseTo(whole, 9);
      }),
    );
  });
});

describe('changeStatus', () => {
  it.each([
    ['lower_is_better', 20, 18, 'improved'],
    ['lower_is_better', 20, 22, 'worsened'],
    ['higher_is_better', 20, 22, 'improved'],
    ['higher_is_better', 20, 18, 'worsened'],
    ['higher_is_better', 20, 20.1, 'unchanged'],
  ] as const)('%s: %d → %d is %s', (direction, baseline, current, expected) => {
    expect(changeStatus(indicator({ direction }), baseline, current, 0.01)).toBe(expected);
  });
});

describe('assess', () => {
  const series = Array.from({ length: 36 }, (_, i) => rateRow(i, i < 24 ? 200 : 150, 1000));

  it('reports baseline, current (latest 3 periods), change and progress to target', () => {
    const result = assess(indicator({}), series, { value: 20, points: 12 }, '2022-01-15');
    expect(result.baseline).toEqual({ value: 20, points: 12 });
    expect(result.current).toMatchObject({
      value: 15,
      periods: 3,
      from: '2022-10-01',
      to: '2022-12-01',
    });
    expect(result.change?.absolute).toBeCloseTo(-5, 10);
    expect(result.change?.relative).toBeCloseTo(-0.25, 10);
    expect(result.status).toBe('improved');
    expect(result.progress).toBeCloseTo(0.5, 10);
    expect(result.targetMetAtBaseline).toBe(false);
  });

  it('gives no baseline, and says why, when the window holds too few observations', () => {
    const result = assess(indicator({}), series, { value: 20, points: 3 }, '2022-01-15');
    expect(result.baseline).toEqual({ value: null, points: 3, reason: 'too_few_points' });
    expect(result.status).toBe('unknown');
    expect(result.progress).toBeNull();
    expect(assess(indicator({}), series, null, null).baseline).toMatchObject({
      reason: 'no_window',
    });
  });

  it('uses an explicit baseline value from the catalogue', () => {
    const explicit = indicator({ baseline: { method: 'value', value: 25 } });
    expect(assess(explicit, series, null, null).baseline).toEqual({ value: 25, points: 0 });
  });

  it('gives no progress when the baseline already met the target', () => {
    const result = assess(
      indicator({ target: { value: 22, date: '2026-12-31' } }),
      series,
      { value: 20, points: 12 },
      null,
    );
    expect(result.targetMetAtBaseline).toBe(true);
    expect(result.progress).toBeNull();
  });

  it('splits SPC at go-live: a step down after go-live is common cause within the live phase', () => {
    const withGoLive = assess(indicator({}), series, { value: 20, points: 12 }, '2022-01-15');
    expect(withGoLive.spc?.variation).toBe('common_cause');
    const withoutPhases = assess(indicator({}), series, { value: 20, points: 12 }, null);
    // Over one phase the last 12 points sit below the mean: a shift, an improvement (lower).
    expect(withoutPhases.spc?.variation).toBe('improvement_low');
    expect(DEFAULT_ASSESSMENT.currentPeriods).toBe(3);
  });
});

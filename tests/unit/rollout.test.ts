import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineWindows } from '../../src/domain/baseline';
import { type Indicator, indicatorSchema } from '../../src/domain/catalogue';
import type { Organisation } from '../../src/domain/organisations';
import { mulberry32 } from '../../src/domain/random';
import { estimateRolloutEffect } from '../../src/domain/rollout/estimate';
import { monthIndex, monthStartOf, rolloutWindows } from '../../src/domain/rollout/months';
import { pooledChange } from '../../src/domain/rollout/pooling';
import { readEstimate } from '../../src/domain/rollout/reading';
import type {
  RolloutComparison,
  RolloutOptions,
  RolloutResult,
  RolloutRow,
} from '../../src/domain/rollout/types';

const indicator = (overrides: Partial<Indicator> = {}): Indicator =>
  indicatorSchema.parse({
    id: 'test_indicator',
    benefit_id: 'test_benefit',
    name_nb: 'Testindikator',
    name_en: 'Test indicator',
    unit: 'count',
    direction: 'higher_is_better',
    aggregation: 'sum',
    ...overrides,
  });

const org = (
  code: string,
  goLive: string | null,
  type: Organisation['type'] = 'municipality',
): Organisation => ({
  code,
  name: `Org ${code}`,
  type,
  parent: goLive === null ? 'SOUTH-HF' : 'NORTH-HF',
  county: '50',
  go_live: goLive,
  go_live_assumed: true,
  org_nr: null,
  programme: true,
  municipal_region: null,
});

// Treated go live on day 8, so month 0 is January 2022: before = 2021, after = 2022-04 … 2023-03.
const GO_LIVE = '2022-01-08';
const TREATED = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'].map((code) => org(code, GO_LIVE));
const COMPARISON = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].map((code) => org(code, null));
const FIRST = monthIndex('2020-01-01');
const LAST = monthIndex('2023-12-01');

type ValueOf = (orgIndex: number, treated: boolean, month: number, noise: number) => number;

/** Monthly sum-type rows: own level + common trend + seeded noise (±1), plus whatever `extra` adds. */
function panel(extra: ValueOf = () => 0, seed = 7): RolloutRow[] {
  const rng = mulberry32(seed);
  const orgs = [...TREATED, ...COMPARISON];
  return orgs.flatMap((o, k) => {
    const treated = o.go_live !== null;
    const rows: RolloutRow[] = [];
    for (let m = FIRST; m <= LAST; m++) {
      const noise = 2 * rng() - 1;
      const value = 10 + 3 * k + 0.2 * (m - FIRST) + noise + extra(k, treated, m, noise);
      rows.push({
        orgCode: o.code,
        periodStart: monthStartOf(m),
        value,
        numerator: null,
        denominator: null,
      });
    }
    return rows;
  });
}

const MONTH_0 = monthIndex('2022-01-01');
const step =
  (size: number): ValueOf =>
  (_k, treated, m) =>
    treated && m >= MONTH_0 ? size : 0;

const OPTIONS: RolloutOptions = { replicates: 300, seed: 11 };

function expectOk(result: RolloutResult): RolloutComparison {
  if (!result.ok) throw new Error(`refused: ${result.error.reason}`);
  return result.data;
}

const run = (rows: RolloutRow[], ind = indicator(), orgs = [...TREATED, ...COMPARISON]) =>
  expectOk(estimateRolloutEffect(rows, orgs, ind, OPTIONS));

describe('rollout windows', () => {
  it('counts a go-live after the 15th from the next month, and skips 3 months of disruption', () => {
    expect(rolloutWindows('2024-04-27')).toEqual({
      month0: '2024-05-01',
      before: { from: '2023-04-01', to: '2024-04-01' },
      after: { from: '2024-08-01', to: '2025-08-01' },
    });
    expect(rolloutWindows('2022-05-07')).toEqual({
      month0: '2022-05-01',
      before: { from: '2021-05-01', to: '2022-05-01' },
      after: { from: '2022-08-01', to: '2023-08-01' },
    });
  });

  it('takes the same before window as the baseline (the go-live month is disturbed)', () => {
    for (const goLive of ['2022-05-07', '2024-04-27', '2023-02-04']) {
      const [baseline] =
        baselineWindows({ method: 'before_go_live', months: 12 }, [org('X', goLive)], null) ?? [];
      expect(rolloutWindows(goLive).before).toEqual({ from: baseline?.from, to: baseline?.to });
    }
  });

  it('takes window lengths and the skip as parameters', () => {
    expect(
      rolloutWindows('2022-01-08', { beforeMonths: 6, skipMonths: 0, afterMonths: 3 }),
    ).toEqual({
      month0: '2022-01-01',
      before: { from: '2021-07-01', to: '2022-01-01' },
      after: { from: '2022-01-01', to: '2022-04-01' },
    });
  });
});

describe('difference in differences on hand-made panels', () => {
  it('finds a +5 step that only the treated take, with an interval excluding 0', () => {
    const result = run(panel(step(5)));
    expect(Math.abs(result.estimate - 5)).toBeLessThan(0.3);
    expect(result.interval.lower).toBeGreaterThan(0);
    expect(result.interval.upper).toBeGreaterThan(result.interval.lower);
    expect(result.reading).toEqual({
      reading: 'improvement',
      estimateIsImprovement: true,
      excludesZero: true,
    });
    expect(result.treatedCount).toBe(6);
    expect(result.comparisonCount).toBe(6);
    expect(result.weighting).toBe('equal');
    expect(result.treated[0]?.windows.after).toEqual({ from: '2022-04-01', to: '2023-04-01' });
    // The common trend (0.2 a month) moves both groups by 3 between the windows' middles,
    // 15 months apart (mid-2021 to the turn of September/October 2022).
    expect(result.comparisonChange).toBeCloseTo(0.2 * 15, 0);
    expect(result.treatedChange).toBeCloseTo(0.2 * 15 + 5, 0);
  });

  it('without a step, the interval includes 0 and the reading is inconclusive', () => {
    const result = run(panel());
    expect(Math.abs(result.estimate)).toBeLessThan(0.3);
    expect(result.interval.lower).toBeLessThan(0);
    expect(result.interval.upper).toBeGreaterThan(0);
    expect(result.reading.reading).toBe('inconclusive');
  });

  it('cancels a shock that hits both groups in the after window', () => {
    const shock: ValueOf = (k, treated, m, noise) =>
      step(5)(k, treated, m, noise) +
      (m >= monthIndex('2022-06-01') && m < monthIndex('2022-10-01') ? 7 : 0);
    const plain = run(panel(step(5)));
    const shocked = run(panel(shock));
    // The shock moves each group's change (so it was really there) but not their difference.
    expect(shocked.treatedChange - plain.treatedChange).toBeCloseTo((7 * 4) / 12, 10);
    expect(shocked.comparisonChange - plain.comparisonChange).toBeCloseTo((7 * 4) / 12, 10);
    expect(shocked.estimate).toBeCloseTo(plain.estimate, 10);
  });

  it('is unchanged by any shock common to every organisation in any month (sums)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST, max: LAST }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (month, size) => {
          const rows = panel(step(5));
          const shocked = rows.map((r) =>
            monthIndex(r.periodStart) === month ? { ...r, value: (r.value ?? 0) + size } : r,
          );
          const opts = { replicates: 1 };
          const orgs = [...TREATED, ...COMPARISON];
          const a = expectOk(estimateRolloutEffect(rows, orgs, indicator(), opts));
          const b = expectOk(estimateRolloutEffect(shocked, orgs, indicator(), opts));
          expect(b.estimate).toBeCloseTo(a.estimate, 8);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('pools a rate as Σnumerator / Σdenominator, not as the mean of the rates', () => {
    // Per month: T 100/1000 → 200/1000; big A 1000/10000 → 1200/10000; small B, C 10/100 → 20/100.
    const counts: Record<string, [number, number, number]> = {
      T: [1000, 100, 200],
      A: [10_000, 1000, 1200],
      B: [100, 10, 20],
      C: [100, 10, 20],
    };
    const orgs = [org('T', GO_LIVE), org('A', null), org('B', null), org('C', null)];
    const rows = orgs.flatMap((o) => {
      const [denominator, before, after] = counts[o.code] ?? [0, 0, 0];
      return Array.from({ length: LAST - FIRST + 1 }, (_, i): RolloutRow => {
        const numerator = FIRST + i >= MONTH_0 ? after : before;
        return {
          orgCode: o.code,
          periodStart: monthStartOf(FIRST + i),
          value: (numerator / denominator) * 100,
          numerator,
          denominator,
        };
      });
    });
    const rate = indicator({ aggregation: 'rate', unit: 'percent' });
    const result = run(rows, rate, orgs);
    const pooled = (1240 / 10_200) * 100 - (1020 / 10_200) * 100; // 2.157 percentage points
    const meanOfRates = (12 + 20 + 20) / 3 - 10; // 7.333: what averaging the rates would give
    expect(result.comparisonChange).toBeCloseTo(pooled, 10);
    expect(result.treatedChange).toBeCloseTo(10, 10);
    expect(result.estimate).toBeCloseTo(10 - pooled, 10);
    expect(Math.abs(result.estimate - (10 - meanOfRates))).toBeGreaterThan(5);
    expect(result.weighting).toBe('before_denominator');
    expect(result.treated[0]?.weight).toBe(12 * 1000);
    // The exported building block agrees.
    const cell = (num: number, den: number) => ({ num, den, months: 12 });
    const change = pooledChange(
      [cell(12_000, 120_000), cell(120, 1200), cell(120, 1200)],
      [cell(14_400, 120_000), cell(240, 1200), cell(240, 1200)],
      100,
    );
    expect(change).toBeCloseTo(pooled, 10);
  });

  it('turns an improvement into a concern when the better direction flips', () => {
    const rows = panel(step(5));
    const higher = run(rows, indicator({ direction: 'higher_is_better' }));
    const lower = run(rows, indicator({ direction: 'lower_is_better' }));
    expect(lower.estimate).toBe(higher.estimate);
    expect(higher.reading.reading).toBe('improvement');
    expect(lower.reading.reading).toBe('concern');
    expect(lower.reading.estimateIsImprovement).toBe(false);
    expect(readEstimate('lower_is_better', -2, { lower: -3, upper: -1 }).reading).toBe(
      'improvement',
    );
    expect(readEstimate('lower_is_better', -2, { lower: -3, upper: 1 }).reading).toBe(
      'inconclusive',
    );
  });

  it('gives the same interval for the same seed, and another for another seed', () => {
    const rows = panel(step(5));
    const orgs = [...TREATED, ...COMPARISON];
    const once = expectOk(estimateRolloutEffect(rows, orgs, indicator(), { seed: 42 }));
    const again = expectOk(estimateRolloutEffect(rows, orgs, indicator(), { seed: 42 }));
    const other = expectOk(estimateRolloutEffect(rows, orgs, indicator(), { seed: 43 }));
    expect(again.interval).toEqual(once.interval);
    expect(once.interval.replicates).toBe(1000);
    expect(once.interval.replicatesUsed).toBe(1000);
    expect(other.interval.lower).not.toBe(once.interval.lower);
    expect(other.estimate).toBe(once.estimate);
  });

  it('refuses with fewer than 3 comparison organisations', () => {
    const orgs = [...TREATED, ...COMPARISON.slice(0, 2)];
    const rows = panel(step(5)).filter((r) => orgs.some((o) => o.code === r.orgCode));
    const result = estimateRolloutEffect(rows, orgs, indicator(), OPTIONS);
    expect(result).toMatchObject({
      ok: false,
      error: { reason: 'too_few_comparison', treatedCount: 6 },
    });
    if (!result.ok) expect(result.error.comparisonCount).toBe(2);
  });

  it('refuses when no live organisation has a complete after window', () => {
    const early = panel(step(5)).filter((r) => r.periodStart < '2023-03-01');
    const result = estimateRolloutEffect(early, [...TREATED, ...COMPARISON], indicator(), OPTIONS);
    expect(result).toMatchObject({ ok: false, error: { reason: 'no_treated' } });
    if (!result.ok)
      expect(result.error.excluded.every((e) => e.reason === 'after_window_incomplete')).toBe(true);
  });

  it('compares each organisation only with those still not live when its after window ends', () => {
    const orgs = [
      ...TREATED,
      ...COMPARISON,
      org('LATE', '2023-05-06'), // live after the treated's after window (ends March 2023)
      org('MID', '2022-12-03'), // live inside it: not a comparison, and its own window is open
      org('TRUST', null, 'health_trust'), // not live, but not a municipality
    ];
    const rows = [
      ...panel(step(5)),
      ...['LATE', 'MID', 'TRUST'].flatMap((code) =>
        panel()
          .filter((r) => r.orgCode === 'C1')
          .map((r) => ({ ...r, orgCode: code })),
      ),
    ];
    const result = expectOk(estimateRolloutEffect(rows, orgs, indicator(), OPTIONS));
    expect(result.treated[0]?.comparisonCodes).toContain('LATE');
    expect(result.treated[0]?.comparisonCodes).not.toContain('MID');
    expect(result.treated[0]?.comparisonCodes).not.toContain('TRUST');
    // Neither later go-live has a complete after window of its own in data ending 2023-12.
    expect(result.excluded).toEqual([
      { orgCode: 'LATE', reason: 'after_window_incomplete' },
      { orgCode: 'MID', reason: 'after_window_incomplete' },
    ]);
    expect(result.comparisonCount).toBe(7);
  });

  it('leaves out an organisation that misses too many months of a window', () => {
    const rows = panel(step(5)).filter(
      (r) => !(r.orgCode === 'T1' && r.periodStart >= '2021-01-01' && r.periodStart < '2021-05-01'),
    );
    const result = run(rows);
    expect(result.excluded).toEqual([{ orgCode: 'T1', reason: 'too_few_months' }]);
    expect(result.treatedCount).toBe(5);
  });

  it('returns the caveats as codes with bokmål and English texts and the counts', () => {
    const result = run(panel(step(5)));
    expect(result.caveats.map((c) => c.code)).toEqual([
      'parallel_trends',
      'few_comparison',
      'comparison_differs',
      'concurrent_changes',
    ]);
    const few = result.caveats.find((c) => c.code === 'few_comparison');
    expect(few?.en).toContain('6 live organisations and 6 not yet live');
    expect(few?.nb).toContain('6 organisasjoner i drift');
    expect(result.caveats.find((c) => c.code === 'comparison_differs')?.en).toContain(
      '6 of the 6 in every comparison belong to SOUTH-HF',
    );
    expect(result.comparisonByParent).toEqual([{ parent: 'SOUTH-HF', count: 6 }]);
  });
});

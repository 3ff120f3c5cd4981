import { describe, expect, it } from 'vitest';
import {
  type DatedPoint,
  type XmrLimits,
  type XmrResult,
  xmrLimits,
  xmrPhases,
} from '../../../src/domain/spc/xmr';

/** Wheeler, *Making Sense of Data*: the verification series of docs/analytics.md. */
const WHEELER = [
  5045, 4350, 4350, 3975, 4290, 4430, 4485, 4285, 3980, 3925, 3645, 3760, 3300, 3685, 3463, 5200,
];

function limitsOf(result: XmrResult): XmrLimits {
  if (!result.ok) throw new Error(`expected limits, got: ${result.error}`);
  return result.data;
}

describe('xmrLimits on Wheeler’s verification data', () => {
  const limits = limitsOf(xmrLimits(WHEELER));

  it.each([
    ['mean', limits.mean, 4135.5],
    ['MR̄', limits.movingRangeMean, 355.93],
    ['lower process limit', limits.lowerProcessLimit, 3188.72],
    ['upper process limit', limits.upperProcessLimit, 5082.28],
    // 3.267·MR̄ as NHSRplotthedots and qicharts2 use it; see the next test for Wheeler's 1163.19.
    ['upper range limit', limits.upperRangeLimit, 1162.83],
    ['lower near limit', limits.lowerNearLimit, 3504.31],
    ['upper near limit', limits.upperNearLimit, 4766.69],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBeCloseTo(expected, 2);
  });

  it('reproduces Wheeler’s upper range limit 1163.19 only with his D4 of 3.268', () => {
    expect(3.268 * limits.movingRangeMean).toBeCloseTo(1163.19, 2);
    expect(3.267 * limits.movingRangeMean).not.toBeCloseTo(1163.19, 2);
  });

  it('has 16 points, so the limits are not trial limits', () => {
    expect([limits.pointCount, limits.trial, limits.screenedOut]).toEqual([16, false, 0]);
  });

  it('keeps one moving range per position, null for the first point', () => {
    expect(limits.movingRanges).toHaveLength(16);
    expect(limits.movingRanges.slice(0, 4)).toEqual([null, 695, 0, 375]);
    expect(limits.movingRanges.at(-1)).toBe(1737);
  });

  it('screens the range 1737 (≥ 3.267·MR̄) when asked, recomputing MR̄ once, mean unchanged', () => {
    const screened = limitsOf(xmrLimits(WHEELER, { screenMovingRanges: true }));
    expect(screened.screenedOut).toBe(1);
    expect(screened.movingRangeMean).toBeCloseTo(3602 / 14, 10);
    expect(screened.mean).toBe(limits.mean);
    expect(screened.upperProcessLimit).toBeCloseTo(4135.5 + 2.66 * (3602 / 14), 10);
  });
});

describe('xmrLimits', () => {
  it('skips missing points but keeps their positions', () => {
    const limits = limitsOf(xmrLimits([1, null, 3, 6, null]));
    expect(limits.movingRanges).toEqual([null, null, 2, 3, null]);
    expect(limits.movingRangeMean).toBe(2.5);
    expect(limits.mean).toBeCloseTo(10 / 3, 12);
    expect(limits.pointCount).toBe(3);
  });

  it.each([
    ['no points', []],
    ['one point', [5]],
    ['one point among missing ones', [null, 5, null]],
  ])('refuses limits for %s rather than return NaN', (_name, values) => {
    const result = xmrLimits(values);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/at least 2/);
  });

  it('refuses non-finite values', () => {
    expect(xmrLimits([1, Number.NaN, 3]).ok).toBe(false);
  });

  it.each([
    [2, true],
    [11, true],
    [12, false],
    [24, false],
  ])('%i points give trial limits: %s', (count, trial) => {
    const values = Array.from({ length: count }, (_, i) => (i * 7) % 5);
    expect(limitsOf(xmrLimits(values)).trial).toBe(trial);
  });

  it('counts only non-missing points towards the trial threshold', () => {
    const values = [...Array.from({ length: 11 }, (_, i) => i % 3), null, null];
    expect(limitsOf(xmrLimits(values)).trial).toBe(true);
  });

  it('collapses the limits onto the mean for a constant series, even with screening', () => {
    const limits = limitsOf(xmrLimits([4, 4, 4], { screenMovingRanges: true }));
    expect([limits.mean, limits.movingRangeMean, limits.upperProcessLimit]).toEqual([4, 0, 4]);
    expect(limits.screenedOut).toBe(0);
  });
});

const monthly = (values: (number | null)[], from = 2021): DatedPoint[] =>
  values.map((value, i) => ({
    date: `${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    value,
  }));

describe('xmrPhases', () => {
  const baseline = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9];
  const live = [20, 22, 21, 20, 22];
  const points = monthly([...baseline, ...live]);

  it('splits at go-live so each phase has its own mean, limits and trial flag', () => {
    const result = xmrPhases(points, '2022-01-01');
    if (!result.ok) throw new Error(result.error);
    const [before, after] = result.data;
    expect(result.data.map((p) => [p.kind, p.startIndex, p.points.length])).toEqual([
      ['baseline', 0, 12],
      ['live', 12, 5],
    ]);
    const b = limitsOf(before?.limits ?? { ok: false, error: 'missing' });
    const a = limitsOf(after?.limits ?? { ok: false, error: 'missing' });
    expect([b.mean, b.trial]).toEqual([10, false]);
    expect([a.mean, a.trial]).toEqual([21, true]);
    expect(a.movingRangeMean).toBe(1.5);
  });

  it('puts a point dated on the break into the live phase', () => {
    const result = xmrPhases(points, '2021-12-01');
    expect(result.ok && result.data.map((p) => p.points.length)).toEqual([11, 6]);
  });

  it.each([
    ['no break', null, [['whole', 17]]],
    ['a break before every point', '2020-01-01', [['live', 17]]],
    ['a break after every point', '2030-01-01', [['baseline', 17]]],
  ])('gives one phase for %s', (_name, phaseBreak, expected) => {
    const result = xmrPhases(points, phaseBreak);
    expect(result.ok && result.data.map((p) => [p.kind, p.points.length])).toEqual(expected);
  });

  it('reports a phase too short for limits instead of failing the whole series', () => {
    const result = xmrPhases(points, '2022-05-01');
    expect(result.ok && result.data.map((p) => p.limits.ok)).toEqual([true, false]);
  });

  it('returns no phases for an empty series', () => {
    expect(xmrPhases([], '2022-01-01')).toEqual({ ok: true, data: [] });
    expect(xmrPhases([])).toEqual({ ok: true, data: [] });
  });

  it.each([
    ['a malformed date', [{ date: '2021-1-01', value: 1 }], null, /not YYYY-MM-DD/],
    [
      'dates out of order',
      [
        { date: '2021-02-01', value: 1 },
        { date: '2021-01-01', value: 2 },
      ],
      null,
      /must increase/,
    ],
    ['a malformed break', [{ date: '2021-01-01', value: 1 }], '2022-13-01', /phase break/],
  ])('rejects %s', (_name, input, phaseBreak, reason) => {
    const result = xmrPhases(input, phaseBreak);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
});

import { describe, expect, it } from 'vitest';
import {
  binomialQuantile,
  crossingsLimit,
  longestRunLimit,
  type RunsAnalysis,
  runsAnalysis,
} from '../../../src/domain/spc/anhoej';

/**
 * qbinom(0.05, size, 0.5) by exact integer arithmetic: the smallest k with
 * Σ_{i≤k} C(size, i) / 2^size ≥ 1/20, i.e. 20 · Σ C(size, i) ≥ 2^size. No floating point at all.
 */
function exactCrossingsQuantile(size: number): number {
  const total = 1n << BigInt(size);
  let coefficient = 1n;
  let sum = 0n;
  for (let k = 0; k <= size; k++) {
    sum += coefficient;
    if (20n * sum >= total) return k;
    coefficient = (coefficient * BigInt(size - k)) / BigInt(k + 1);
  }
  return size;
}

/** round(log2(n)) without logarithms: the j with 2^(2j − 1) ≤ n² < 2^(2j + 1). */
function exactRoundedLog2(n: number): number {
  const square = BigInt(n) * BigInt(n);
  let j = 0;
  while (square >= 1n << BigInt(2 * j + 1)) j++;
  return j;
}

const everyN = Array.from({ length: 91 }, (_, i) => i + 10);

describe('Anhøj thresholds', () => {
  it.each(everyN)('n = %i: crossings limit is the exact 5% quantile of Bin(n − 1, ½)', (n) => {
    expect(crossingsLimit(n)).toBe(exactCrossingsQuantile(n - 1));
  });

  it.each(everyN)('n = %i: longest-run limit is round(log2 n) + 3', (n) => {
    expect(longestRunLimit(n)).toBe(exactRoundedLog2(n) + 3);
  });

  // Anhøj & Olesen 2014, table 1 (qicharts2 computes the same). Note n = 100 gives 41 crossings:
  // P(X ≤ 40) = 0.0350 < 0.05 ≤ P(X ≤ 41) = 0.0537 for X ~ Bin(99, ½).
  it.each([
    [10, 6, 2],
    [20, 7, 6],
    [30, 8, 10],
    [50, 9, 19],
    [100, 10, 41],
  ])('published table: n = %i → longest run %i, crossings %i', (n, run, crossings) => {
    expect([longestRunLimit(n), crossingsLimit(n)]).toEqual([run, crossings]);
  });

  it.each([1, 2, 3, 5, 9, 500, 1000, 1075, 2000, 5000])(
    'stays exact where ½^n underflows a double: n = %i',
    (n) => {
      expect(crossingsLimit(n)).toBe(exactCrossingsQuantile(n - 1));
    },
  );
});

describe('binomialQuantile', () => {
  it.each([
    [0, 10, 0.5, 0],
    [1, 10, 0.5, 10],
    [0.5, 10, 0.5, 5],
    // pbinom(2, 10, 0.3) = 0.3828, pbinom(3, 10, 0.3) = 0.6496
    [0.5, 10, 0.3, 3],
    [0.05, 0, 0.5, 0],
  ])('qbinom(%d, %i, %d) = %i', (p, size, prob, expected) => {
    expect(binomialQuantile(p, size, prob)).toBe(expected);
  });

  it.each([
    [0.05, -1, 0.5],
    [0.05, 2.5, 0.5],
    [0.05, 10, 0],
    [1.5, 10, 0.5],
  ])('rejects p = %d, size = %d, prob = %d', (p, size, prob) => {
    expect(() => binomialQuantile(p, size, prob)).toThrow(RangeError);
  });
});

function analysisOf(values: (number | null)[]): RunsAnalysis {
  const result = runsAnalysis(values);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe('runsAnalysis', () => {
  it('finds one long run and a single crossing in a steady rise', () => {
    const a = analysisOf(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(a).toMatchObject({ median: 10.5, useful: 20, runs: 2, longestRun: 10, crossings: 1 });
    expect(a).toMatchObject({ longestRunLimit: 7, crossingsLimit: 6 });
    expect([a.longestRunSignal, a.crossingsSignal, a.signal]).toEqual([true, true, true]);
  });

  it('finds no signal in a series that crosses the median every time', () => {
    const a = analysisOf(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 1 : 3)));
    expect(a).toMatchObject({ median: 2, useful: 12, runs: 12, longestRun: 1, crossings: 11 });
    expect(a).toMatchObject({ longestRunLimit: 7, crossingsLimit: 3, signal: false });
  });

  it('signals too few crossings without a long run', () => {
    // Runs of 5, 6, 5 and 4: longest 6 ≤ 7, but 3 crossings < 6 for n = 20.
    const b = analysisOf([-1, -1, -1, -1, -1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, 1, 1, 1, 1]);
    expect(b).toMatchObject({ useful: 20, runs: 4, longestRun: 6, crossings: 3 });
    expect([b.longestRunSignal, b.crossingsSignal, b.signal]).toEqual([false, true, true]);
  });

  it('skips points on the median and missing points: they neither extend nor break a run', () => {
    const a = analysisOf([1, 2, null, 2, 3, 3, 1, 2]);
    expect(a).toMatchObject({ median: 2, useful: 4, runs: 3, longestRun: 2, crossings: 2 });
  });

  it.each([
    ['an empty series', []],
    ['only missing points', [null, null]],
    ['every point on the median', [4, 4, 4]],
  ])('refuses %s', (_name, values) => {
    expect(runsAnalysis(values).ok).toBe(false);
  });

  it('refuses non-finite values', () => {
    expect(runsAnalysis([1, Number.POSITIVE_INFINITY]).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { percentile, spread } from '../../bench/stats';

describe('bench statistics', () => {
  it.each([
    [[5], { median: 5, min: 5, max: 5, runs: 1 }],
    [[3, 1, 2], { median: 2, min: 1, max: 3, runs: 3 }],
    [[4, 1, 3, 2], { median: 2.5, min: 1, max: 4, runs: 4 }],
  ])('spread(%j)', (samples, expected) => {
    expect(spread(samples)).toEqual(expected);
  });

  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(10);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
  });

  it('refuses to summarise nothing', () => {
    expect(() => spread([])).toThrow();
    expect(() => percentile([], 50)).toThrow();
  });
});

/**
 * Uncertainty of the rollout estimate: a seeded, stratified cluster bootstrap over organisations
 * and its percentile interval.
 */

import { mulberry32 } from '../random';
import { combinedEstimate, type TreatedUnit } from './combined';
import type { BootstrapInterval, ResolvedOptions } from './types';

/** How many times each of n items is drawn in n draws with replacement. */
function resampleCounts(n: number, rng: () => number): number[] {
  const times = new Array<number>(n).fill(0);
  for (let k = 0; k < n; k++) {
    const i = Math.min(n - 1, Math.floor(rng() * n));
    times[i] = (times[i] ?? 0) + 1;
  }
  return times;
}

/** The p-quantile of sorted numbers with linear interpolation (R's type 7). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/**
 * Cluster bootstrap over organisations, stratified: each replicate draws the treated units with
 * replacement from the treated, and the comparison organisations with replacement from the pool,
 * then recomputes the whole estimate. Organisations are the clusters, so each keeps all its
 * months (their autocorrelation stays in). 95 % percentile interval by default.
 */
export function bootstrapInterval(
  units: readonly TreatedUnit[],
  poolSize: number,
  multiplier: number,
  options: ResolvedOptions,
): BootstrapInterval {
  const rng = mulberry32(options.seed);
  const estimates: number[] = [];
  for (let r = 0; r < options.replicates; r++) {
    const unitTimes = resampleCounts(units.length, rng);
    const poolTimes = resampleCounts(poolSize, rng);
    const result = combinedEstimate(units, unitTimes, poolTimes, multiplier);
    if (result !== null) estimates.push(result.estimate);
  }
  estimates.sort((a, b) => a - b);
  const tail = (1 - options.level) / 2;
  return {
    lower: quantileSorted(estimates, tail),
    upper: quantileSorted(estimates, 1 - tail),
    level: options.level,
    replicates: options.replicates,
    replicatesUsed: estimates.length,
    seed: options.seed,
  };
}

/**
 * Run-chart analysis with the Anhøj rules (Anhøj & Olesen 2014), as qicharts2 computes it in
 * `runs.analysis`: centre on the median, then look for unusually long runs or too few crossings.
 */

import { fail, ok, type Result } from '../result';

/** Runs, crossings and their limits for one series. */
export interface RunsAnalysis {
  median: number;
  /** Non-missing points not on the median: the only ones that can form runs. */
  useful: number;
  runs: number;
  longestRun: number;
  crossings: number;
  /** A run longer than this is a signal. */
  longestRunLimit: number;
  /** Fewer crossings than this is a signal. */
  crossingsLimit: number;
  longestRunSignal: boolean;
  crossingsSignal: boolean;
  signal: boolean;
}

/** A runs analysis, or why none is possible (no useful observations). */
export type RunsResult = Result<RunsAnalysis, string>;

/** log(exp(a) + exp(b)) without overflow or underflow. */
function logAddExp(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  const high = Math.max(a, b);
  return high + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/**
 * Smallest k with P(X ≤ k) ≥ p for X ~ Binomial(size, prob): R's `qbinom(p, size, prob)`.
 * Probabilities are summed in log space: 0.5^size underflows a double beyond size ≈ 1074.
 */
export function binomialQuantile(p: number, size: number, prob: number): number {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be an integer ≥ 0`);
  if (!(prob > 0 && prob < 1)) throw new RangeError(`prob must lie strictly between 0 and 1`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must lie between 0 and 1`);
  const logTarget = Math.log(p);
  const logRatio = Math.log(prob) - Math.log1p(-prob);
  let logPmf = size * Math.log1p(-prob);
  let logCdf = logPmf;
  for (let k = 0; k < size; k++) {
    if (logCdf >= logTarget) return k;
    // pmf(k + 1) = pmf(k) · (size − k) / (k + 1) · prob / (1 − prob)
    logPmf += Math.log(size - k) - Math.log(k + 1) + logRatio;
    logCdf = logAddExp(logCdf, logPmf);
  }
  return size;
}

/** Longest-run limit: round(log2(n)) + 3 for n useful observations (Schilling 2012). */
export function longestRunLimit(n: number): number {
  // R rounds half to even, but log2 of an integer n ≥ 1 is never exactly k + 0.5 (2^(k+0.5) is
  // irrational), so Math.round agrees with R's round() here.
  return Math.round(Math.log2(n)) + 3;
}

/** Crossings limit: the 5% quantile of Binomial(n − 1, 0.5), as qicharts2's `qbinom(0.05, …)`. */
export function crossingsLimit(n: number): number {
  return binomialQuantile(0.05, Math.max(n - 1, 0), 0.5);
}

/** Median of non-empty numbers. */
function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** Anhøj runs analysis of a series; nulls are missing and skipped, as are points on the median. */
export function runsAnalysis(values: readonly (number | null)[]): RunsResult {
  const present = values.filter((v): v is number => v !== null);
  if (present.some((v) => !Number.isFinite(v))) {
    return fail('values must be finite numbers or null (missing)');
  }
  if (present.length === 0) return fail('no non-missing points');

  const centre = median(present);
  const sides = present.map((v) => Math.sign(v - centre)).filter((s) => s !== 0);
  const useful = sides.length;
  if (useful === 0) {
    return fail('every point lies on the median, so there are no runs');
  }

  let runs = 1;
  let current = 1;
  let longestRun = 1;
  for (let i = 1; i < useful; i++) {
    if (sides[i] === sides[i - 1]) {
      current += 1;
    } else {
      runs += 1;
      current = 1;
    }
    longestRun = Math.max(longestRun, current);
  }

  const crossings = runs - 1;
  const runLimit = longestRunLimit(useful);
  const crossLimit = crossingsLimit(useful);
  const longestRunSignal = longestRun > runLimit;
  const crossingsSignal = crossings < crossLimit;
  return ok({
    median: centre,
    useful,
    runs,
    longestRun,
    crossings,
    longestRunLimit: runLimit,
    crossingsLimit: crossLimit,
    longestRunSignal,
    crossingsSignal,
    signal: longestRunSignal || crossingsSignal,
  });
}

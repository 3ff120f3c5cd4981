/**
 * The rollout comparison's public shapes: the input row, windows, options with their defaults
 * (DEFAULT_ROLLOUT_OPTIONS), exclusions, the per-organisation effect, interval, reading, caveats
 * and the result or refusal.
 */

import type { Result } from '../result';

/** One organisation-month of the indicator, as `fetchRolloutInput` returns it. */
export interface RolloutRow {
  orgCode: string;
  /** First day of the month, `YYYY-MM-DD`. */
  periodStart: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** A half-open window of months [from, to) as ISO dates of month starts (as `BaselineWindow`). */
export interface MonthWindow {
  from: string;
  to: string;
}

/** The windows of one treated organisation. */
export interface RolloutWindows {
  /** First month counted as live: the go-live month if go-live is on day 1–15, else the next. */
  month0: string;
  before: MonthWindow;
  after: MonthWindow;
}

export interface RolloutOptions {
  /** Months in the before window, ending just before the go-live month. Default 12. */
  beforeMonths?: number;
  /** Months after month 0 left out as disruption; the after window starts at month `skip`. Default 3. */
  skipMonths?: number;
  /** Months in the after window. Default 12 (months 3–14). */
  afterMonths?: number;
  /** Only months starting before this date are used; default: every month in the data. */
  asOf?: string | null;
  /** Share of a window's months an organisation must report to take part. Default 0.75. */
  minCoverage?: number;
  /** A treated organisation needs at least this many comparison organisations. Default 3. */
  minComparison?: number;
  /** Bootstrap replicates. Default 1000. */
  replicates?: number;
  /** Seed of the bootstrap's PRNG (mulberry32). Default 20220507 (Trondheim's go-live). */
  seed?: number;
  /** Coverage of the percentile interval. Default 0.95. */
  level?: number;
}

export const DEFAULT_ROLLOUT_OPTIONS = {
  beforeMonths: 12,
  skipMonths: 3,
  afterMonths: 12,
  asOf: null,
  minCoverage: 0.75,
  minComparison: 3,
  replicates: 1000,
  seed: 20220507,
  level: 0.95,
} as const satisfies Required<RolloutOptions>;

/** Options with every default filled in, as returned with the result. */
export type ResolvedOptions = Required<RolloutOptions>;

/** Why a live organisation is left out of the estimate. */
export type ExclusionReason =
  /** Its after window ends after the analysis date or the last month of data. */
  | 'after_window_incomplete'
  /** It reports fewer than `minCoverage` of the months of a window. */
  | 'too_few_months'
  /** Fewer than `minComparison` organisations were still not live when its after window ended. */
  | 'too_few_comparison';

export interface Exclusion {
  orgCode: string;
  reason: ExclusionReason;
}

/** The part of the estimate that comes from one treated organisation. */
export interface TreatedEffect {
  orgCode: string;
  goLive: string;
  windows: RolloutWindows;
  treatedBefore: number;
  treatedAfter: number;
  treatedChange: number;
  comparisonBefore: number;
  comparisonAfter: number;
  comparisonChange: number;
  /** treatedChange − comparisonChange, in the indicator's unit. */
  effect: number;
  /** Its weight in the combined estimate (Σdenominator in the before window, or 1). */
  weight: number;
  comparisonCodes: string[];
}

/** improvement / concern: the interval excludes 0 on the better / worse side. */
export type RolloutReading = 'improvement' | 'concern' | 'inconclusive';

export interface ReadingResult {
  reading: RolloutReading;
  /** The point estimate lies on the better side of 0 for the indicator's direction. */
  estimateIsImprovement: boolean;
  excludesZero: boolean;
}

export interface BootstrapInterval {
  lower: number;
  upper: number;
  level: number;
  replicates: number;
  /** Replicates that produced an estimate (a resample can leave a treated unit without comparison). */
  replicatesUsed: number;
  seed: number;
}

export type RolloutCaveatCode =
  | 'parallel_trends'
  | 'few_comparison'
  | 'comparison_differs'
  | 'concurrent_changes';

/** A caveat as a code for the UI, with ready bokmål and English texts (counts filled in). */
export interface RolloutCaveat {
  code: RolloutCaveatCode;
  nb: string;
  en: string;
}

export interface RolloutComparison {
  indicatorId: string;
  /** Weighted mean of the treated organisations' effects, in the indicator's unit. */
  estimate: number;
  /** Weighted mean of the treated and of the comparison changes (estimate = their difference). */
  treatedChange: number;
  comparisonChange: number;
  interval: BootstrapInterval;
  reading: ReadingResult;
  /** `before_denominator` for rates and weighted means, `equal` for sums and unweighted means. */
  weighting: 'before_denominator' | 'equal';
  treatedCount: number;
  /** Distinct organisations in at least one treated organisation's comparison group. */
  comparisonCount: number;
  /** The smallest and largest comparison group of a treated organisation. */
  comparisonPerTreated: { min: number; max: number };
  /** Comparison organisations by parent (health trust), largest first. */
  comparisonByParent: { parent: string | null; count: number }[];
  treated: TreatedEffect[];
  excluded: Exclusion[];
  caveats: RolloutCaveat[];
  options: ResolvedOptions;
}

export type RolloutRefusal = 'no_treated' | 'too_few_comparison';

/** Why the comparison was refused, with the group sizes that led to it. */
export interface RolloutRefused {
  reason: RolloutRefusal;
  /** Treated organisations with complete windows (before the comparison check). */
  treatedCount: number;
  /** The largest comparison group any of them had. */
  comparisonCount: number;
  excluded: Exclusion[];
}

/** The comparison, or its refusal. */
export type RolloutResult = Result<RolloutComparison, RolloutRefused>;

/**
 * XmR (individuals) chart limits as in NHS England's *Making Data Count* and NHSRplotthedots
 * (docs/analytics.md, «Is the change real?»). Missing points (null) are skipped for the arithmetic but keep their position,
 * so a chart can still draw a gap where a month is missing.
 */

import { fail, ok, type Result } from '../result';

/** Natural process limits sit 2.66·MR̄ from the mean (3σ with σ̂ = MR̄ / 1.128). */
export const PROCESS_LIMIT_FACTOR = 2.66;
/** The near-limit band sits two thirds of the way from the mean to each process limit. */
export const NEAR_LIMIT_FACTOR = (2 / 3) * PROCESS_LIMIT_FACTOR;
/**
 * D4 for subgroups of two, as NHSRplotthedots and qicharts2 use it. Wheeler's tables print 3.268,
 * which is why *Making Sense of Data* shows an upper range limit of 1163.19 where we give 1162.83.
 */
export const UPPER_RANGE_FACTOR = 3.267;
/** Fewer non-missing points than this give "trial" limits that may move as data arrive. */
export const TRIAL_LIMIT_POINTS = 12;

/** Options for {@link xmrLimits} and {@link xmrPhases}. */
export interface XmrOptions {
  /**
   * Drop moving ranges ≥ 3.267·MR̄ and recompute MR̄ once, the mean unchanged. Off by default, as
   * in the Making Data Count Excel tool; NHSRplotthedots screens by default.
   */
  screenMovingRanges?: boolean;
}

/** Centre line, limits and moving ranges of one phase. */
export interface XmrLimits {
  mean: number;
  /** MR̄ the limits are built on: after screening when screening is on. */
  movingRangeMean: number;
  lowerProcessLimit: number;
  upperProcessLimit: number;
  lowerNearLimit: number;
  upperNearLimit: number;
  /** 3.267 × the MR̄ above: the upper limit of the moving-range chart. */
  upperRangeLimit: number;
  /** One entry per input position: the range to the previous non-missing point, else null. */
  movingRanges: (number | null)[];
  /** How many moving ranges screening dropped (0 when screening is off). */
  screenedOut: number;
  /** Non-missing points the limits rest on. */
  pointCount: number;
  trial: boolean;
}

/** Limits, or why there are none (never NaN). */
export type XmrResult = Result<XmrLimits, string>;

const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;

/** XmR mean, process limits, near-limit band and range limit for one series (one phase). */
export function xmrLimits(values: readonly (number | null)[], options: XmrOptions = {}): XmrResult {
  const present = values.filter((v): v is number => v !== null);
  if (present.some((v) => !Number.isFinite(v))) {
    return fail('values must be finite numbers or null (missing)');
  }
  if (present.length < 2) {
    return fail(`limits need at least 2 non-missing points; got ${present.length}`);
  }

  const movingRanges: (number | null)[] = [];
  let previous: number | null = null;
  for (const value of values) {
    movingRanges.push(value === null || previous === null ? null : Math.abs(value - previous));
    if (value !== null) previous = value;
  }
  const ranges = movingRanges.filter((r): r is number => r !== null);

  let movingRangeMean = mean(ranges);
  let screenedOut = 0;
  // With MR̄ = 0 every range is "≥ 3.267·MR̄" and screening would leave nothing to average.
  if (options.screenMovingRanges === true && movingRangeMean > 0) {
    const threshold = UPPER_RANGE_FACTOR * movingRangeMean;
    const kept = ranges.filter((r) => r < threshold);
    screenedOut = ranges.length - kept.length;
    movingRangeMean = mean(kept);
  }

  const centre = mean(present);
  return ok({
    mean: centre,
    movingRangeMean,
    lowerProcessLimit: centre - PROCESS_LIMIT_FACTOR * movingRangeMean,
    upperProcessLimit: centre + PROCESS_LIMIT_FACTOR * movingRangeMean,
    lowerNearLimit: centre - NEAR_LIMIT_FACTOR * movingRangeMean,
    upperNearLimit: centre + NEAR_LIMIT_FACTOR * movingRangeMean,
    upperRangeLimit: UPPER_RANGE_FACTOR * movingRangeMean,
    movingRanges,
    screenedOut,
    pointCount: present.length,
    trial: present.length < TRIAL_LIMIT_POINTS,
  });
}

/** One observation: the ISO start date of its period (`YYYY-MM-DD`) and its value. */
export interface DatedPoint {
  date: string;
  value: number | null;
}

/** `whole` when there is no phase break; otherwise before go-live and from go-live on. */
export type PhaseKind = 'whole' | 'baseline' | 'live';

/** A contiguous stretch of the series with its own limits. */
export interface XmrPhase {
  kind: PhaseKind;
  /** Index in the input of this phase's first point; phases are contiguous and in order. */
  startIndex: number;
  points: DatedPoint[];
  /** The phase's own limits, or why there are none (e.g. a single point since go-live). */
  limits: XmrResult;
}

/** The phases in order, or why the dated series was rejected. */
export type XmrPhasesResult = Result<XmrPhase[], string>;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Splits a dated series at the phase break and computes limits per phase. Points dated before
 * the break are the baseline, points on or after it the live phase; an empty phase is left out.
 * Hazard: dates are compared as given, so with monthly period starts a mid-month go-live
 * (2022-11-12) leaves that month (2022-11-01) in the baseline; pass the first live period's
 * start when the go-live month should count as live.
 */
export function xmrPhases(
  points: readonly DatedPoint[],
  phaseBreak: string | null = null,
  options: XmrOptions = {},
): XmrPhasesResult {
  for (const [index, point] of points.entries()) {
    if (!ISO_DATE.test(point.date)) {
      return fail(`point ${index + 1}: date "${point.date}" is not YYYY-MM-DD`);
    }
    const before = points[index - 1];
    if (before !== undefined && before.date >= point.date) {
      return fail(
        `point ${index + 1}: dates must increase, but ${point.date} follows ${before.date}`,
      );
    }
  }
  if (phaseBreak !== null && !ISO_DATE.test(phaseBreak)) {
    return fail(`phase break "${phaseBreak}" is not YYYY-MM-DD`);
  }

  const phase = (kind: PhaseKind, startIndex: number, slice: DatedPoint[]): XmrPhase => ({
    kind,
    startIndex,
    points: slice,
    limits: xmrLimits(
      slice.map((p) => p.value),
      options,
    ),
  });

  if (phaseBreak === null) {
    return ok(points.length === 0 ? [] : [phase('whole', 0, [...points])]);
  }
  // ISO dates of equal length order correctly as strings.
  const split = points.findIndex((p) => p.date >= phaseBreak);
  const cut = split === -1 ? points.length : split;
  const phases: XmrPhase[] = [];
  if (cut > 0) phases.push(phase('baseline', 0, points.slice(0, cut)));
  if (cut < points.length) phases.push(phase('live', cut, points.slice(cut)));
  return ok(phases);
}

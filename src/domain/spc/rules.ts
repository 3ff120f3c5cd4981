/**
 * Special-cause rules for XmR charts and the Making Data Count icons (docs/analytics.md, «Is the change real?»), following
 * NHSRplotthedots. Sequences run over the non-missing points of one phase: a missing month is
 * skipped, not treated as a break, just as moving ranges join the points either side of it.
 */
import type { Direction } from '../catalogue';
import type { XmrLimits, XmrPhase } from './xmr';

/** The rules in their precedence: a point flagged by several carries only the first. */
export const SPECIAL_CAUSE_RULES = ['outside_limits', 'trend', 'two_in_three', 'shift'] as const;
export type SpecialCauseRule = (typeof SPECIAL_CAUSE_RULES)[number];

/** Points in a trend or shift. */
export const RUN_LENGTH = 7;

/** Which way a signal points: above the mean / rising (high) or below / falling (low). */
export type Side = 'high' | 'low';
/** What a signal means for the indicator, given its better direction. */
export type SignalType = 'improvement' | 'concern' | 'neutral';

/** `null` when the indicator has no better direction: every signal is then neutral. */
export type Improvement = Direction | null;

/** One input position after the rules: which rule flagged it (if any) and what that means. */
export interface PointSignal {
  value: number | null;
  /** False for a missing value or a phase without limits: nothing can be said of the point. */
  evaluated: boolean;
  rule: SpecialCauseRule | null;
  side: Side | null;
  type: SignalType | null;
}

type Candidates = (Side | null)[];

const sideOf = (sign: number): Side | null => (sign > 0 ? 'high' : sign < 0 ? 'low' : null);

function outsideLimits(ys: readonly number[], limits: XmrLimits): Candidates {
  return ys.map((y) =>
    y > limits.upperProcessLimit ? 'high' : y < limits.lowerProcessLimit ? 'low' : null,
  );
}

/** Marks every maximal run of equal non-zero keys at least `length` long with its side. */
function markRuns(
  keys: readonly number[],
  length: number,
  mark: (from: number, to: number, side: Side) => void,
) {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    const side = sideOf(keys[start] ?? 0);
    if (side !== null && i - start >= length) mark(start, i, side);
    start = i;
  }
}

function trend(ys: readonly number[]): Candidates {
  const out: Candidates = ys.map(() => null);
  const steps = ys.slice(1).map((y, i) => Math.sign(y - (ys[i] ?? y)));
  // Seven points make six steps. Runs are marked left to right, so a peak or trough that ends
  // one trend and starts the next takes the later one, as NHSRplotthedots does.
  markRuns(steps, RUN_LENGTH - 1, (from, to, side) => {
    for (let i = from; i <= to; i++) out[i] = side;
  });
  return out;
}

/**
 * NHSRplotthedots' `ptd_two_in_three`: a window of three consecutive points qualifies when all
 * three lie strictly on the same side of the mean and at least two are "close to the limits",
 * that is beyond the near-limit band but not outside the process limits; every close point of a
 * qualifying window is flagged (never the third, ordinary point).
 */
function twoInThree(ys: readonly number[], limits: XmrLimits): Candidates {
  const out: Candidates = ys.map(() => null);
  const signs = ys.map((y) => Math.sign(y - limits.mean));
  const close = ys.map(
    (y) =>
      y <= limits.upperProcessLimit &&
      y >= limits.lowerProcessLimit &&
      (y > limits.upperNearLimit || y < limits.lowerNearLimit),
  );
  for (let w = 0; w + 3 <= ys.length; w++) {
    const side = sideOf(signs[w] ?? 0);
    if (side === null || signs[w + 1] !== signs[w] || signs[w + 2] !== signs[w]) continue;
    const window = [w, w + 1, w + 2].filter((i) => close[i]);
    if (window.length >= 2) for (const i of window) out[i] = side;
  }
  return out;
}

function shift(ys: readonly number[], limits: XmrLimits): Candidates {
  const out: Candidates = ys.map(() => null);
  // A point exactly on the mean has sign 0, which ends the run.
  markRuns(
    ys.map((y) => Math.sign(y - limits.mean)),
    RUN_LENGTH,
    (from, to, side) => {
      for (let i = from; i < to; i++) out[i] = side;
    },
  );
  return out;
}

function signalType(side: Side, improvement: Improvement): SignalType {
  if (improvement === null) return 'neutral';
  return (side === 'high') === (improvement === 'higher_is_better') ? 'improvement' : 'concern';
}

const unevaluated = (value: number | null): PointSignal => ({
  value,
  evaluated: false,
  rule: null,
  side: null,
  type: null,
});

/** Applies the four rules to one phase's values against that phase's limits; positions kept. */
export function specialCauses(
  values: readonly (number | null)[],
  limits: XmrLimits,
  improvement: Improvement,
): PointSignal[] {
  const positions = values.flatMap((v, i) => (v === null ? [] : [i]));
  const ys = positions.map((i) => values[i] ?? 0);
  const byRule: Record<SpecialCauseRule, Candidates> = {
    outside_limits: outsideLimits(ys, limits),
    trend: trend(ys),
    two_in_three: twoInThree(ys, limits),
    shift: shift(ys, limits),
  };

  const out = values.map(unevaluated);
  positions.forEach((position, k) => {
    const rule = SPECIAL_CAUSE_RULES.find((r) => byRule[r][k] != null) ?? null;
    const side = rule === null ? null : (byRule[rule][k] ?? null);
    out[position] = {
      value: ys[k] ?? null,
      evaluated: true,
      rule,
      side,
      type: side === null ? null : signalType(side, improvement),
    };
  });
  return out;
}

/** Special causes for every phase, each against its own limits, concatenated in input order. */
export function phaseSpecialCauses(
  phases: readonly XmrPhase[],
  improvement: Improvement,
): PointSignal[] {
  return phases.flatMap((phase) => {
    const values = phase.points.map((p) => p.value);
    return phase.limits.ok
      ? specialCauses(values, phase.limits.data, improvement)
      : values.map(unevaluated);
  });
}

/** The variation icon: common cause, or the type and side of the latest point's signal. */
export type VariationIcon =
  | 'common_cause'
  | 'improvement_high'
  | 'improvement_low'
  | 'concern_high'
  | 'concern_low'
  | 'neutral_high'
  | 'neutral_low';

/** The variation icon from the latest non-missing point; null when it could not be evaluated. */
export function variationIcon(points: readonly PointSignal[]): VariationIcon | null {
  const latest = points.findLast((p) => p.value !== null);
  if (latest === undefined || !latest.evaluated) return null;
  if (latest.type === null || latest.side === null) return 'common_cause';
  return `${latest.type}_${latest.side}`;
}

/** Whether the process, left as it is, will meet the target. */
export type AssuranceIcon = 'consistently_passes' | 'consistently_fails' | 'hit_and_miss';

/**
 * Whether the process, as its limits describe it, will meet the target. A target beyond the
 * limits on the good side is always met (for lower_is_better: above the upper limit); on the bad
 * side never met (for lower_is_better: below the lower limit, a level the process never gets
 * down to). A target exactly on a limit is hit and miss, as in NHSRplotthedots.
 */
export function assuranceIcon(
  limits: Pick<XmrLimits, 'lowerProcessLimit' | 'upperProcessLimit'>,
  target: number | null,
  improvement: Improvement,
): AssuranceIcon | null {
  if (target === null || improvement === null) return null;
  const higherIsBetter = improvement === 'higher_is_better';
  if (target > limits.upperProcessLimit) {
    return higherIsBetter ? 'consistently_fails' : 'consistently_passes';
  }
  if (target < limits.lowerProcessLimit) {
    return higherIsBetter ? 'consistently_passes' : 'consistently_fails';
  }
  return 'hit_and_miss';
}

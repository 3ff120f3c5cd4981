import { type Indicator, rateMultiplier } from './catalogue';
import {
  type AssuranceIcon,
  assuranceIcon,
  phaseSpecialCauses,
  type VariationIcon,
  variationIcon,
} from './spc/rules';
import { xmrPhases } from './spc/xmr';

/** One period of an indicator for one organisation or a combination (see queries/series.ts). */
export interface PeriodValue {
  period_start: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface AssessmentOptions {
  /** "Current" is the indicator combined over this many latest periods with a value. */
  currentPeriods: number;
  /** A baseline window with fewer observations gives no baseline, and says so. */
  minBaselinePoints: number;
  /** A relative change smaller than this counts as unchanged. */
  unchangedTolerance: number;
}

export const DEFAULT_ASSESSMENT: AssessmentOptions = {
  currentPeriods: 3,
  minBaselinePoints: 6,
  unchangedTolerance: 0.01,
};

export type BaselineAssessment =
  | { value: number; points: number }
  | { value: null; points: number; reason: 'no_window' | 'too_few_points' };

export type ChangeStatus = 'improved' | 'worsened' | 'unchanged' | 'unknown';

export interface Assessment {
  baseline: BaselineAssessment;
  current: { value: number | null; from: string | null; to: string | null; periods: number };
  change: { absolute: number; relative: number | null } | null;
  status: ChangeStatus;
  /**
   * (current − baseline) / (target − baseline): 0 at baseline, 1 at target. Null where the
   * baseline already met the target (a target the same as or worse than the baseline): there is
   * no distance to cover, and the ratio would be meaningless or of the wrong sign.
   */
  progress: number | null;
  targetMetAtBaseline: boolean;
  spc: { variation: VariationIcon | null; assurance: AssuranceIcon | null; trial: boolean } | null;
}

/**
 * Combines periods of one indicator into one value the way the indicator aggregates: a rate as
 * Σnumerator / Σdenominator (never the mean of the periods' rates), a mean weighted by the
 * denominator where every period has one, a sum as the mean per period (the current level).
 */
export function combinePeriods(
  indicator: Indicator,
  periods: readonly PeriodValue[],
): number | null {
  const withValue = periods.filter((p) => p.value !== null);
  if (withValue.length === 0) return null;
  const complete = withValue.filter((p) => p.numerator !== null && p.denominator !== null);
  if (indicator.aggregation === 'rate' && complete.length === withValue.length) {
    const denominator = complete.reduce((s, p) => s + (p.denominator ?? 0), 0);
    if (denominator === 0) return null;
    const numerator = complete.reduce((s, p) => s + (p.numerator ?? 0), 0);
    return (numerator / denominator) * rateMultiplier(indicator.unit);
  }
  if (indicator.aggregation === 'mean' && withValue.every((p) => p.denominator !== null)) {
    const weight = withValue.reduce((s, p) => s + (p.denominator ?? 0), 0);
    if (weight > 0)
      return withValue.reduce((s, p) => s + (p.value ?? 0) * (p.denominator ?? 0), 0) / weight;
  }
  return withValue.reduce((s, p) => s + (p.value ?? 0), 0) / withValue.length;
}

/** Whether `a` is strictly better than `b` in the indicator's direction. */
function isBetter(indicator: Indicator, a: number, b: number): boolean {
  return indicator.direction === 'higher_is_better' ? a > b : a < b;
}

/** Whether a change is for the better, given the indicator's direction. */
export function changeStatus(
  indicator: Indicator,
  baseline: number,
  current: number,
  tolerance: number,
): ChangeStatus {
  const absolute = current - baseline;
  const scale = Math.abs(baseline) > 0 ? Math.abs(baseline) : 1;
  if (Math.abs(absolute) / scale < tolerance) return 'unchanged';
  return isBetter(indicator, current, baseline) ? 'improved' : 'worsened';
}

/**
 * Where an indicator stands for one organisation (or a combination): baseline, current value,
 * change, progress to target and what SPC says of the live phase. `baseline` is what the baseline
 * query found in the window (null when the rule gives no window); an explicit `value` rule wins.
 */
export function assess(
  indicator: Indicator,
  periods: readonly PeriodValue[],
  baseline: { value: number | null; points: number } | null,
  goLive: string | null,
  options: AssessmentOptions = DEFAULT_ASSESSMENT,
): Assessment {
  const baselineAssessment = assessBaseline(indicator, baseline, options);
  const latest = periods.filter((p) => p.value !== null).slice(-options.currentPeriods);
  const current = {
    value: combinePeriods(indicator, latest),
    from: latest[0]?.period_start ?? null,
    to: latest.at(-1)?.period_start ?? null,
    periods: latest.length,
  };
  const base = baselineAssessment.value;
  const change =
    base === null || current.value === null
      ? null
      : {
          absolute: current.value - base,
          relative: base === 0 ? null : (current.value - base) / Math.abs(base),
        };
  const status =
    base === null || current.value === null
      ? 'unknown'
      : changeStatus(indicator, base, current.value, options.unchangedTolerance);
  const target = indicator.target?.value ?? null;
  const targetMetAtBaseline =
    base !== null && target !== null && !isBetter(indicator, target, base);
  const progress =
    base === null || current.value === null || target === null || targetMetAtBaseline
      ? null
      : (current.value - base) / (target - base);
  return {
    baseline: baselineAssessment,
    current,
    change,
    status,
    targetMetAtBaseline,
    progress,
    spc: spcOf(indicator, periods, goLive),
  };
}

function assessBaseline(
  indicator: Indicator,
  found: { value: number | null; points: number } | null,
  options: AssessmentOptions,
): BaselineAssessment {
  if (indicator.baseline.method === 'value') return { value: indicator.baseline.value, points: 0 };
  if (found === null) return { value: null, points: 0, reason: 'no_window' };
  if (found.value === null || found.points < options.minBaselinePoints) {
    return { value: null, points: found.points, reason: 'too_few_points' };
  }
  return { value: found.value, points: found.points };
}

/** XmR per phase (split at the go-live month) and the icons of the latest phase. */
function spcOf(indicator: Indicator, periods: readonly PeriodValue[], goLive: string | null) {
  const dated = periods.map((p) => ({ date: p.period_start, value: p.value }));
  const phases = xmrPhases(dated, goLive === null ? null : `${goLive.slice(0, 7)}-01`);
  if (!phases.ok) return null;
  const last = phases.data.at(-1);
  if (last === undefined || !last.limits.ok) return null;
  const signals = phaseSpecialCauses(phases.data, indicator.direction);
  return {
    variation: variationIcon(signals),
    assurance: assuranceIcon(
      last.limits.data,
      indicator.target?.value ?? null,
      indicator.direction,
    ),
    trial: last.limits.data.trial,
  };
}

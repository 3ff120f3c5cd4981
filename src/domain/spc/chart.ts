/**
 * What an XmR chart draws for one series: each phase's centre line and process limits, and the
 * special-cause signal of every point. Phases and rules are those of xmr.ts and rules.ts, split
 * the way assessment.ts splits them, so the chart and the scorecard's SPC icons agree.
 */
import type { Organisation } from '../organisations';
import {
  type Improvement,
  type PointSignal,
  phaseSpecialCauses,
  type Side,
  type SignalType,
  type SpecialCauseRule,
} from './rules';
import { type PhaseKind, xmrPhases } from './xmr';

/** One phase's lines, from its first to its last point (ISO month starts). */
export interface PhaseLines {
  kind: PhaseKind;
  from: string;
  to: string;
  mean: number;
  lowerProcessLimit: number;
  upperProcessLimit: number;
  /** Fewer than 12 points: the limits may still move as months arrive. */
  trial: boolean;
}

/** A flagged point: the first rule that flagged it, on which side, and what it means. */
export interface Signal {
  rule: SpecialCauseRule;
  side: Side;
  type: SignalType;
}

export interface SpcChart {
  /** Phases that have limits; a phase of one point (e.g. just after go-live) has none. */
  phases: PhaseLines[];
  /** One entry per input point: its signal, or null for common-cause and unevaluated points. */
  signals: (Signal | null)[];
}

const NO_CHART: SpcChart = { phases: [], signals: [] };

/**
 * The phase break of a selection, as the assessment puts it: one organisation's go-live month
 * (the whole month counts as live), none for a combination, whose members went live at
 * different times and so have no single before and after.
 */
export function phaseBreakOf(selected: readonly Pick<Organisation, 'go_live'>[]): string | null {
  if (selected.length !== 1) return null;
  const goLive = selected[0]?.go_live ?? null;
  return goLive === null ? null : `${goLive.slice(0, 7)}-01`;
}

const signalOf = (point: PointSignal): Signal | null =>
  point.rule === null || point.side === null || point.type === null
    ? null
    : { rule: point.rule, side: point.side, type: point.type };

/**
 * Limits per phase and signals per point of a monthly series. `points` must be in date order
 * with one point per period start; a series the engine rejects gives an empty chart (no lines,
 * no signals) rather than an error, since the plain line can still be drawn.
 */
export function spcChart(
  points: readonly { period_start: string; value: number | null }[],
  improvement: Improvement,
  phaseBreak: string | null,
): SpcChart {
  const phased = xmrPhases(
    points.map((p) => ({ date: p.period_start, value: p.value })),
    phaseBreak,
  );
  if (!phased.ok) return { ...NO_CHART, signals: points.map(() => null) };
  const phases = phased.data.flatMap((phase): PhaseLines[] => {
    const first = phase.points[0];
    const last = phase.points.at(-1);
    if (!phase.limits.ok || first === undefined || last === undefined) return [];
    const { mean, lowerProcessLimit, upperProcessLimit, trial } = phase.limits.data;
    return [
      {
        kind: phase.kind,
        from: first.date,
        to: last.date,
        mean,
        lowerProcessLimit,
        upperProcessLimit,
        trial,
      },
    ];
  });
  return { phases, signals: phaseSpecialCauses(phased.data, improvement).map(signalOf) };
}

/**
 * A phase's lines cut to the months on screen [from, to] (ISO dates), or null when the phase lies
 * wholly outside them: limits are computed over the whole series, so narrowing the period does
 * not move them, but a line may not run past the drawn axis.
 */
export function clipPhase(phase: PhaseLines, from: string, to: string): PhaseLines | null {
  const start = phase.from > from ? phase.from : from;
  const end = phase.to < to ? phase.to : to;
  return start > end ? null : { ...phase, from: start, to: end };
}

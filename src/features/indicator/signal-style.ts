import { SIGNAL_COLOURS } from '../../components/chart-kit';
import type { ChangeStatus } from '../../domain/assessment';
import type { SignalType } from '../../domain/spc/rules';

/** A marker's shape: never the colour alone tells improvement from concern (WCAG 1.4.1). */
export type MarkerShape = 'circle' | 'triangle' | 'square';

export interface MarkerStyle {
  /** The chart kit's signal colours, each ≥ 3:1 against white as graphics need (WCAG 1.4.11). */
  colour: string;
  shape: MarkerShape;
}

/**
 * Improvement is blue and round, concern orange and a warning triangle, neutral (no better
 * direction) grey and square: the Making Data Count colours, with a shape each.
 */
export const SIGNAL_STYLE: Record<SignalType, MarkerStyle> = {
  improvement: { colour: SIGNAL_COLOURS.improvement, shape: 'circle' },
  concern: { colour: SIGNAL_COLOURS.concern, shape: 'triangle' },
  neutral: { colour: SIGNAL_COLOURS.neutral, shape: 'square' },
};

/** Bars of the ranking: better blue, worse orange, the rest grey; each bar also says it in text. */
export const STATUS_COLOUR: Record<ChangeStatus, string> = {
  improved: SIGNAL_STYLE.improvement.colour,
  worsened: SIGNAL_STYLE.concern.colour,
  unchanged: SIGNAL_STYLE.neutral.colour,
  unknown: SIGNAL_STYLE.neutral.colour,
};

/**
 * An SVG path for a marker centred on (x, y) with radius r; one function for the chart's markers
 * and the legend's, so the legend shows exactly what the chart draws.
 */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'triangle': {
      const h = r * 1.25;
      return `M${x},${y - h}L${x + h},${y + h * 0.8}L${x - h},${y + h * 0.8}Z`;
    }
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
  }
}

import type { Formatters } from '../i18n/format';

/** Milliseconds at UTC midnight of an ISO date or month start, as a numeric time axis plots it. */
export const toTime = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** The ISO date of a point on a time axis. */
export const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A point on a time axis as its month, the same in ticks and tooltips. */
export const monthOf = (format: Formatters, time: number) => format.month(isoOf(time));

/** Light and dotted, so the grid stays behind the lines it helps to read. */
export const GRID_LINES = { stroke: '#d9d9d9', strokeDasharray: '2 4' } as const;

/** An x axis of months over the rows' `t` (from `toTime`); the chart adds its domain and ticks. */
export const monthAxis = (format: Formatters) =>
  ({
    dataKey: 't',
    type: 'number',
    scale: 'time',
    tickFormatter: (time: number) => monthOf(format, time),
    minTickGap: 40,
  }) as const;

/**
 * A value axis just wide enough for its longest tick label (≈ 7 px a character plus room for
 * the ticks), between 56 and 120 px: Recharts does not measure its labels.
 */
export function valueAxisWidth(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((label) => label.length));
  return Math.min(120, Math.max(56, longest * 7 + 16));
}

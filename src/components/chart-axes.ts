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

/**
 * An axis from `low` to `high` widened to multiples of a 1–2–2.5–5 step, about `count` steps
 * apart, with a tick on every step: round numbers, and no tick work left to Recharts.
 */
export function niceScale(
  low: number,
  high: number,
  count = 5,
): { domain: [number, number]; ticks: number[] } {
  if (!(high > low)) return niceScale(low - 1, high + 1, count);
  const rough = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  // k × step rather than repeated addition, rounded, so 0.1 steps do not drift to 0.30000000004.
  const ticks = Array.from({ length: last - first + 1 }, (_, i) =>
    Number(((first + i) * step).toPrecision(12)),
  );
  return { domain: [ticks[0] ?? low, ticks.at(-1) ?? high], ticks };
}

/** Month spacings for the time axis's ticks, from one month to ten years. */
const TICK_MONTHS = [1, 2, 3, 6, 12, 24, 60, 120];

/**
 * At most `count` ticks on month starts within [from, to] (ms): January of every year, or of
 * every other year and so on for long series, quarters for short ones. Given to the axis, so
 * Recharts need not generate and measure its own for a long time axis (a fifth of a redraw
 * over 80 years of months).
 */
export function monthTicks(from: number, to: number, count = 8): number[] {
  const start = new Date(from);
  const first = start.getUTCFullYear() * 12 + start.getUTCMonth();
  const end = new Date(to);
  const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
  const step =
    TICK_MONTHS.find((m) => (last - first) / m < count) ??
    Math.ceil((last - first) / count / 12) * 12;
  const ticks: number[] = [];
  for (let month = Math.ceil(first / step) * step; month <= last; month += step) {
    const time = Date.UTC(Math.floor(month / 12), month % 12, 1);
    if (time >= from) ticks.push(time);
  }
  return ticks;
}

import type { Formatters } from '../i18n/format';

/*
 * The chart kit: the colours, dash patterns, label halo and time axis every chart of the
 * dashboard draws with, so the charts look alike and a change is made once. Colours are SVG
 * attributes rather than CSS, so the exported images (src/export/chart-image.ts) keep them.
 * Axes are given as props to spread on Recharts' own XAxis, YAxis and CartesianGrid: Recharts
 * reads those elements' props, so a wrapper component would hide them in some cases.
 */

/*
 * The hues, each once. Okabe–Ito colours (told apart with the common colour-vision deficiencies),
 * darkened where needed so each line or marker stands out against white at 3:1 or more, as
 * graphics need (WCAG 1.4.11). Contrast on white in brackets; tests/unit/chart-kit.test.ts
 * recomputes every one.
 */
/** Okabe–Ito blue (5.19:1). */
const BLUE = '#0072B2';
/** Okabe–Ito vermilion, darkened (5.23:1). */
const VERMILION = '#B84A00';
/** Okabe–Ito vermilion, darkened less and a little more orange (4.88:1). */
const ORANGE = '#C4490A';
/** Okabe–Ito bluish green, darkened (5.34:1). */
const GREEN = '#007A5A';
/** Okabe–Ito reddish purple, darkened (6.17:1): the greys are taken by baseline and neutral. */
const PURPLE = '#8E4A78';
/** Dark grey (8.45:1): Recharts' default label grey (#808080, 3.95:1) is under 4.5:1 for text. */
const GREY = '#4D4D4D';
/** Middle grey (7.00:1), the neutral signal's. */
const MID_GREY = '#595959';

/**
 * A chart's lines of data in order: its first series takes the first entry, its second the
 * second. Each entry has a dash pattern of its own (solid first), so series are told apart
 * without their colour (WCAG 1.4.1); a chart with more series needs another entry here.
 */
export const SERIES = [
  { colour: BLUE, dash: undefined },
  { colour: VERMILION, dash: '8 5' },
] as const;

/** What each kind of line, label and backdrop of a chart is drawn in. */
export const CHART_COLOURS = {
  /** An indicator's values: the first series. */
  value: SERIES[0].colour,
  baseline: GREY,
  target: GREEN,
  goLive: ORANGE,
  /** An SPC chart's mean and process limits. */
  limits: PURPLE,
  /** The zero line of an axis that runs below zero. */
  zero: GREY,
  /** An axis's title, darker than Recharts' default grey. */
  axisLabel: GREY,
  /** Words drawn in the plot beside a bar (17.40:1). */
  text: '#1a1a1a',
  /**
   * The grid (1.41:1): light on purpose, so it stays behind the lines it helps to read. Below
   * 3:1, which WCAG 1.4.11 allows: the grid is not needed to read a value (the table has them).
   */
  grid: '#d9d9d9',
  /** The page behind the chart: the label halo and the outline of markers. */
  paper: '#ffffff',
} as const;

/**
 * The special-cause markers of an SPC chart (the Making Data Count colours): improvement blue,
 * concern orange, neutral grey. Always with a shape of their own as well (signal-style.ts).
 */
export const SIGNAL_COLOURS = {
  improvement: BLUE,
  concern: ORANGE,
  neutral: MID_GREY,
} as const;

/**
 * The reference lines' dash patterns, each unlike the others and the series' (SERIES), so a
 * line is known by its pattern as well as its colour; the text legends draw the same.
 */
export const CHART_DASHES = { baseline: '6 4', target: '2 3', limits: '5 3', grid: '2 4' } as const;

/**
 * A white outline under a label's letters (drawn first, then the fill), so a label inside the
 * plot stays readable over the lines and markers behind it. Spread on a `<text>` or a Recharts
 * label.
 */
export const LABEL_HALO = {
  stroke: CHART_COLOURS.paper,
  strokeWidth: 4,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const;

/** Light and dotted, so the grid stays behind the lines it helps to read. */
export const GRID_LINES = {
  stroke: CHART_COLOURS.grid,
  strokeDasharray: CHART_DASHES.grid,
} as const;

/**
 * A line of data as every chart draws it: straight segments, no dot per point (a dot renders a
 * component for every month), no animation, and a gap where a value is missing.
 */
export const PLAIN_LINE = {
  type: 'linear',
  dot: false,
  isAnimationActive: false,
  connectNulls: false,
} as const;

/** A chart of values over months: its height and room around the plot for the labels above it. */
export const TIME_CHART = {
  height: 320,
  margin: { top: 24, right: 24, bottom: 8, left: 8 },
} as const;

/** Milliseconds at UTC midnight of an ISO date or month start, as a numeric time axis plots it. */
export const toTime = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** The ISO date of a point on a time axis. */
export const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A point on a time axis as its month, the same in ticks and tooltips. */
export const monthOf = (format: Formatters, time: number) => format.month(isoOf(time));

/** The first and last of some times (ms), as a time axis's domain. */
export function timeRange(times: readonly number[]): [number, number] {
  return [Math.min(...times), Math.max(...times)];
}

/**
 * An x axis of months over the rows' `t` (from `toTime`), each tick its month in the locale's
 * words. Given a range, the axis spans it with ticks on month starts (`monthTicks`); without,
 * it spans the data and Recharts places the ticks.
 */
export function monthAxis(format: Formatters, range?: readonly [number, number]): MonthAxis {
  const axis = {
    dataKey: 't',
    type: 'number',
    scale: 'time',
    tickFormatter: (time: number) => monthOf(format, time),
    minTickGap: 40,
  } as const;
  return range === undefined
    ? { ...axis, domain: ['dataMin', 'dataMax'] }
    : { ...axis, domain: [range[0], range[1]], ticks: monthTicks(...range) };
}

/** The props `monthAxis` gives an XAxis. */
interface MonthAxis {
  dataKey: 't';
  type: 'number';
  scale: 'time';
  tickFormatter: (time: number) => string;
  minTickGap: number;
  domain: [number, number] | ['dataMin', 'dataMax'];
  /** Only with a range: without, Recharts places the ticks. */
  ticks?: number[];
}

/**
 * A value axis over `levels` (every value, limit and reference line the chart draws, so none is
 * clipped): round ticks from `niceScale`, each written by `label`, and just wide enough for the
 * longest. Without levels, Recharts picks the domain.
 */
export function valueAxis(levels: readonly number[], label: (value: number) => string) {
  const scale = levels.length === 0 ? null : niceScale(Math.min(...levels), Math.max(...levels));
  return {
    width: valueAxisWidth((scale?.ticks ?? []).map(label)),
    tickFormatter: label,
    domain: scale?.domain ?? (['auto', 'auto'] as [string, string]),
    ticks: scale?.ticks,
  };
}

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

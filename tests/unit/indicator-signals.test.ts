import { describe, expect, it } from 'vitest';
import { monthTicks, niceScale } from '../../src/components/chart-kit';
import { spcChart } from '../../src/domain/spc/chart';
import type { SignalType } from '../../src/domain/spc/rules';
import { pageFromEnd } from '../../src/features/indicator/paging';
import { SIGNAL_STYLE, STATUS_COLOUR } from '../../src/features/indicator/signal-style';
import { formatChange, formatRelative, signalText } from '../../src/features/indicator/texts';
import { formatters } from '../../src/i18n/format';
import { MESSAGES } from '../../src/i18n/messages';

/** WCAG relative luminance and contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

/** Hue in degrees of a #rrggbb colour. */
function hue(hex: string): number {
  const [r, g, b] = [0, 1, 2].map((i) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16));
  const max = Math.max(r ?? 0, g ?? 0, b ?? 0);
  const min = Math.min(r ?? 0, g ?? 0, b ?? 0);
  if (max === min) return Number.NaN;
  const d = max - min;
  const h =
    max === r
      ? ((g ?? 0) - (b ?? 0)) / d
      : max === g
        ? 2 + ((b ?? 0) - (r ?? 0)) / d
        : 4 + ((r ?? 0) - (g ?? 0)) / d;
  return (h * 60 + 360) % 360;
}

const monthly = (values: number[]) =>
  values.map((value, i) => ({
    period_start: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    value,
  }));

describe('signal markers', () => {
  it('colour improvement blue and concern orange, each with a shape of its own', () => {
    expect(hue(SIGNAL_STYLE.improvement.colour)).toBeGreaterThan(180);
    expect(hue(SIGNAL_STYLE.improvement.colour)).toBeLessThan(230);
    expect(hue(SIGNAL_STYLE.concern.colour)).toBeGreaterThan(10);
    expect(hue(SIGNAL_STYLE.concern.colour)).toBeLessThan(40);
    expect(Number.isNaN(hue(SIGNAL_STYLE.neutral.colour))).toBe(true);
    const shapes = new Set(Object.values(SIGNAL_STYLE).map((s) => s.shape));
    expect(shapes.size).toBe(3);
  });

  it('stand out against white at 3:1 or more (WCAG 1.4.11)', () => {
    for (const type of ['improvement', 'concern', 'neutral'] as SignalType[]) {
      expect(contrastOnWhite(SIGNAL_STYLE[type].colour), type).toBeGreaterThanOrEqual(3);
    }
  });

  it('follow the indicator’s direction: a fall below the lower limit is blue when lower is better', () => {
    const values = [...Array.from({ length: 20 }, (_, i) => 10 + (i % 2)), -10, 10, 11];
    const lower = spcChart(monthly(values), 'lower_is_better', null).signals[20];
    const higher = spcChart(monthly(values), 'higher_is_better', null).signals[20];
    expect(lower && SIGNAL_STYLE[lower.type]).toEqual({ colour: '#0072B2', shape: 'circle' });
    expect(higher && SIGNAL_STYLE[higher.type]).toEqual({ colour: '#C4490A', shape: 'triangle' });
  });

  it('colour the ranking’s bars by status as the markers are coloured', () => {
    expect(STATUS_COLOUR.improved).toBe(SIGNAL_STYLE.improvement.colour);
    expect(STATUS_COLOUR.worsened).toBe(SIGNAL_STYLE.concern.colour);
    expect(STATUS_COLOUR.unchanged).toBe(SIGNAL_STYLE.neutral.colour);
  });
});

describe('texts', () => {
  const nb = { t: MESSAGES.nb, format: formatters('nb') };
  const en = { t: MESSAGES.en, format: formatters('en') };

  it('name a signal by its type and rule', () => {
    expect(signalText(nb.t, { type: 'improvement', rule: 'outside_limits', side: 'high' })).toBe(
      'Forbedring – over øvre grense',
    );
    expect(signalText(en.t, { type: 'concern', rule: 'shift', side: 'low' })).toBe(
      'Concern – 7 in a row below the mean',
    );
  });

  it('write a change with its sign and the unit of a difference', () => {
    expect(formatChange(nb.format, nb.t, -1.234, 'percent')).toBe('−1,2 prosentpoeng');
    expect(formatChange(en.format, en.t, 1.25, 'percent')).toBe('+1.3 percentage points');
    expect(formatChange(nb.format, nb.t, -1234, 'nok')).toBe('−1\u00a0234 kr');
    expect(formatChange(nb.format, nb.t, 0.04, 'percent')).toBe('0 prosentpoeng');
    expect(formatChange(nb.format, nb.t, 2, 'count')).toBe('+2');
    expect(formatChange(nb.format, nb.t, -0.5, 'percent', false)).toBe('−0,5');
    expect(formatChange(nb.format, nb.t, null, 'percent')).toBe('–');
    expect(formatRelative(nb.format, 0.125)).toBe('+12,5 %');
    expect(formatRelative(nb.format, null)).toBe('–');
  });
});

describe('pageFromEnd', () => {
  const months = Array.from({ length: 84 }, (_, i) => i);

  it('shows the newest full page first and a short page only at the oldest end', () => {
    expect(pageFromEnd(months, 0, 24)).toMatchObject({ start: 60, pages: 4, page: 0 });
    expect(pageFromEnd(months, 0, 24).rows).toEqual(months.slice(60));
    expect(pageFromEnd(months, 3, 24).rows).toEqual(months.slice(0, 12));
  });

  it('clamps a page beyond either end, and gives an empty list one empty page', () => {
    expect(pageFromEnd(months, 9, 24).page).toBe(3);
    expect(pageFromEnd(months, -2, 24).page).toBe(0);
    expect(pageFromEnd([], 0, 24)).toEqual({ rows: [], start: 0, pages: 1, page: 0 });
  });
});

describe('niceScale', () => {
  it('widens the axis to round numbers, a tick on each', () => {
    expect(niceScale(12.63, 19.41)).toEqual({ domain: [12, 20], ticks: [12, 14, 16, 18, 20] });
    expect(niceScale(-0.4, 3.2).ticks).toEqual([-1, 0, 1, 2, 3, 4]);
    expect(niceScale(0.12, 0.58).ticks).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
    expect(niceScale(5, 5).domain).toEqual([4, 6]);
    expect(niceScale(1_234_000, 3_456_000).ticks).toEqual([1e6, 1.5e6, 2e6, 2.5e6, 3e6, 3.5e6]);
  });
});

describe('monthTicks', () => {
  const iso = (ticks: number[]) => ticks.map((t) => new Date(t).toISOString().slice(0, 7));
  it('puts a few ticks on round months: years for long series, every other month for short', () => {
    expect(iso(monthTicks(Date.UTC(2019, 0, 1), Date.UTC(2026, 11, 31)))).toEqual(
      ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'].map((y) => `${y}-01`),
    );
    expect(iso(monthTicks(Date.UTC(2019, 3, 1), Date.UTC(2035, 0, 1)))).toEqual(
      ['2020', '2022', '2024', '2026', '2028', '2030', '2032', '2034'].map((y) => `${y}-01`),
    );
    expect(iso(monthTicks(Date.UTC(2024, 1, 1), Date.UTC(2024, 11, 1)))).toEqual([
      '2024-03',
      '2024-05',
      '2024-07',
      '2024-09',
      '2024-11',
    ]);
    expect(monthTicks(Date.UTC(1946, 0, 1), Date.UTC(2025, 11, 1)).length).toBeLessThanOrEqual(8);
  });
});

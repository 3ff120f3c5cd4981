import { describe, expect, it } from 'vitest';
import {
  CHART_COLOURS,
  CHART_DASHES,
  GRID_LINES,
  isoOf,
  LABEL_HALO,
  monthAxis,
  monthOf,
  monthTicks,
  SERIES,
  SIGNAL_COLOURS,
  timeRange,
  toTime,
  valueAxis,
  valueAxisWidth,
} from '../../src/components/chart-kit';
import { formatters } from '../../src/i18n/format';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  expect(hex, 'a #rrggbb colour').toMatch(/^#[0-9a-fA-F]{6}$/);
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The WCAG contrast ratio of two colours, lighter over darker. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the chart kit’s colours', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // Recharts' default label grey, which the kit replaces for axis titles.
    expect(contrast('#808080', '#ffffff')).toBeLessThan(4.5);
  });

  it('gives each series a colour of its own', () => {
    const colours = SERIES.map((s) => s.colour.toLowerCase());
    expect(new Set(colours).size).toBe(SERIES.length);
    expect(SERIES.length).toBeGreaterThanOrEqual(2);
  });

  it('draws every line and marker at 3:1 or more against white (WCAG 1.4.11)', () => {
    const graphics = {
      ...Object.fromEntries(SERIES.map((s, i) => [`series ${i}`, s.colour])),
      value: CHART_COLOURS.value,
      baseline: CHART_COLOURS.baseline,
      target: CHART_COLOURS.target,
      goLive: CHART_COLOURS.goLive,
      limits: CHART_COLOURS.limits,
      zero: CHART_COLOURS.zero,
      ...SIGNAL_COLOURS,
    };
    for (const [name, colour] of Object.entries(graphics)) {
      expect(contrast(colour, CHART_COLOURS.paper), name).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes text in the plot at 4.5:1 or more (WCAG 1.4.3)', () => {
    for (const name of ['text', 'axisLabel', 'baseline', 'target', 'goLive'] as const) {
      expect(contrast(CHART_COLOURS[name], CHART_COLOURS.paper), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps today’s colours (the browser tests and exported images rely on them)', () => {
    expect(SERIES.map((s) => s.colour)).toEqual(['#0072B2', '#B84A00']);
    expect(CHART_COLOURS).toMatchObject({
      value: '#0072B2',
      baseline: '#4D4D4D',
      target: '#007A5A',
      goLive: '#C4490A',
      limits: '#8E4A78',
    });
    expect(SIGNAL_COLOURS).toEqual({
      improvement: '#0072B2',
      concern: '#C4490A',
      neutral: '#595959',
    });
  });

  it('tells the reference lines apart from each other by colour', () => {
    const lines = [
      CHART_COLOURS.value,
      CHART_COLOURS.baseline,
      CHART_COLOURS.target,
      CHART_COLOURS.goLive,
      CHART_COLOURS.limits,
    ];
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('keeps the grid lighter than anything drawn on it', () => {
    expect(GRID_LINES.stroke).toBe(CHART_COLOURS.grid);
    expect(contrast(CHART_COLOURS.grid, CHART_COLOURS.paper)).toBeLessThan(
      contrast(CHART_COLOURS.baseline, CHART_COLOURS.paper),
    );
  });

  it('puts a halo of the page’s colour under labels, behind their fill', () => {
    expect(LABEL_HALO.stroke).toBe(CHART_COLOURS.paper);
    expect(LABEL_HALO.paintOrder).toBe('stroke');
    expect(LABEL_HALO.strokeWidth).toBeGreaterThan(0);
  });
});

describe('the chart kit’s dash patterns', () => {
  it('differ per series index, the first solid (WCAG 1.4.1)', () => {
    expect(SERIES[0].dash).toBeUndefined();
    const dashes = SERIES.map((s) => s.dash ?? 'solid');
    expect(new Set(dashes).size).toBe(SERIES.length);
  });

  it('differ between series and every reference line, grid included', () => {
    const all = [...SERIES.map((s) => s.dash ?? 'solid'), ...Object.values(CHART_DASHES)];
    expect(new Set(all).size).toBe(all.length);
    for (const dash of all.filter((d) => d !== 'solid')) expect(dash).toMatch(/^\d+ \d+$/);
  });
});

describe('the shared time axis', () => {
  it('plots a date and its month start at UTC midnight, whatever follows the date', () => {
    expect(toTime('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(toTime('2024-03-01T12:00:00Z')).toBe(Date.UTC(2024, 2, 1));
    expect(isoOf(toTime('2024-12-31'))).toBe('2024-12-31');
  });

  it('labels ticks and tooltips with the same month', () => {
    const nb = formatters('nb');
    const time = toTime('2024-03-01');
    expect(monthAxis(nb).tickFormatter(time)).toBe(nb.month('2024-03-01'));
    expect(monthOf(nb, time)).toBe(nb.month('2024-03-01'));
  });

  it('writes the ticks as Norwegian month names in bokmål, English ones in English', () => {
    const nb = monthAxis(formatters('nb'));
    expect(nb.tickFormatter(toTime('2024-01-01'))).toBe('jan. 2024');
    expect(nb.tickFormatter(toTime('2024-05-01'))).toBe('mai 2024');
    expect(nb.tickFormatter(toTime('2024-10-01'))).toBe('okt. 2024');
    expect(nb.tickFormatter(toTime('2024-12-01'))).toBe('des. 2024');
    expect(monthAxis(formatters('en')).tickFormatter(toTime('2024-10-01'))).toBe('Oct 2024');
  });

  it('spans the data by default, or a given range with ticks on its month starts', () => {
    const nb = formatters('nb');
    const open = monthAxis(nb);
    expect(open).toMatchObject({ dataKey: 't', type: 'number', scale: 'time', minTickGap: 40 });
    expect(open.domain).toEqual(['dataMin', 'dataMax']);
    expect('ticks' in open).toBe(false);
    const range = timeRange([toTime('2023-07-01'), toTime('2020-01-01'), toTime('2024-12-01')]);
    expect(range).toEqual([toTime('2020-01-01'), toTime('2024-12-01')]);
    const spanned = monthAxis(nb, range);
    expect(spanned.domain).toEqual(range);
    expect(spanned.ticks).toEqual(monthTicks(...range));
    expect(spanned.ticks?.map(isoOf)).toEqual([
      '2020-01-01',
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
    ]);
  });
});

describe('the shared value axis', () => {
  it('has round ticks over every level, each written by the label, and room for the longest', () => {
    const axis = valueAxis([3, 47, 12], (v) => `${v} kr`);
    expect(axis.ticks).toEqual([0, 10, 20, 30, 40, 50]);
    expect(axis.domain).toEqual([0, 50]);
    expect(axis.tickFormatter(40)).toBe('40 kr');
    expect(axis.width).toBe(valueAxisWidth(['0 kr', '10 kr', '50 kr']));
    const wide = valueAxis([0, 1_450_000], (v) => formatters('nb').measure(v, 'nok'));
    expect(wide.width).toBeGreaterThan(axis.width);
  });

  it('leaves the domain to Recharts when there is nothing to draw', () => {
    const axis = valueAxis([], String);
    expect(axis.domain).toEqual(['auto', 'auto']);
    expect(axis.ticks).toBeUndefined();
    expect(axis.width).toBe(56);
  });
});

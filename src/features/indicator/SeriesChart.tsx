import { useMemo } from 'react';
import {
  CartesianGrid,
  type DotProps,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Unit } from '../../domain/catalogue';
import type { PhaseLines, Signal } from '../../domain/spc/chart';
import { useLocale } from '../../i18n/locale';
import type { SeriesPoint } from '../../queries/series';
import { markerPath, SIGNAL_STYLE } from './signal-style';
import { signalText } from './texts';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const CHART_COLOURS = {
  value: '#0072B2',
  baseline: '#4D4D4D',
  target: '#007A5A',
  goLive: '#C4490A',
  /** Okabe–Ito's reddish purple, darkened to 6:1 on white: the grey is taken by the baseline. */
  limits: '#8E4A78',
} as const;

/** The dash patterns, shared with the text legend's swatches. */
export const CHART_DASHES = { baseline: '6 4', target: '2 3', limits: '5 3' } as const;

export interface GoLiveMarker {
  date: string;
  label: string;
}

/** One period of the series with its special-cause signal (null: common cause or unknown). */
export interface ChartRow extends SeriesPoint {
  signal: Signal | null;
}

interface SeriesChartProps {
  rows: readonly ChartRow[];
  unit: Unit;
  baseline: number | null;
  target: { value: number; date: string } | null;
  goLives: GoLiveMarker[];
  /** Phases whose mean and process limits are drawn; empty when the limits are off. */
  phases: readonly PhaseLines[];
}

const toTime = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A special-cause marker: a shape per type, so colour is never the only cue. */
function markerShape(signal: Signal) {
  const style = SIGNAL_STYLE[signal.type];
  return ({ cx, cy }: DotProps) => (
    <path
      d={markerPath(style.shape, cx ?? 0, cy ?? 0, 5)}
      fill={style.colour}
      stroke="#ffffff"
      strokeWidth={1.5}
      className={`spc-marker spc-marker--${signal.type}`}
    />
  );
}

/**
 * The indicator's values over time against its baseline and target, with go-live dates marked,
 * and optionally the XmR mean and limits of each phase.
 * Dates are plotted as numbers on a numeric axis: Recharts' category axis is 4× slower.
 * Only special-cause points get a marker, as reference dots: a `dot` on the line would render a
 * component for every month (≈ 4× the drawing time), even if it returned nothing for most.
 * The limits are reference segments, not lines of data, so the value line stays the chart's one
 * `.recharts-line-curve` (the benchmark and browser tests read it).
 */
export function SeriesChart({ rows, unit, baseline, target, goLives, phases }: SeriesChartProps) {
  const { t, format } = useLocale();
  const data = useMemo(
    () => rows.map((p) => ({ t: toTime(p.period_start), value: p.value, signal: p.signal })),
    [rows],
  );
  const domain = useMemo((): [number, number] => {
    const times = [...data.map((d) => d.t), ...(target === null ? [] : [toTime(target.date)])];
    return [Math.min(...times), Math.max(...times)];
  }, [data, target]);
  const flagged = useMemo(
    () =>
      data.flatMap((d) =>
        d.signal === null || d.value === null ? [] : [{ t: d.t, value: d.value, signal: d.signal }],
      ),
    [data],
  );
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#d9d9d9" strokeDasharray="2 4" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={domain}
          tickFormatter={(time: number) => format.month(isoOf(time))}
          minTickGap={40}
        />
        <YAxis
          width={72}
          tickFormatter={(value: number) => format.measure(value, unit)}
          domain={['auto', 'auto']}
        />
        <Tooltip
          labelFormatter={(time, payload) => {
            const signal = (payload[0]?.payload as { signal?: Signal | null } | undefined)?.signal;
            const month = format.month(isoOf(Number(time)));
            return signal ? `${month}: ${signalText(t, signal)}` : month;
          }}
          formatter={(value) => [format.measure(Number(value), unit), t.value]}
        />
        {baseline !== null && (
          <ReferenceLine
            y={baseline}
            stroke={CHART_COLOURS.baseline}
            strokeDasharray={CHART_DASHES.baseline}
            label={{ value: t.baseline, position: 'insideTopLeft', fill: CHART_COLOURS.baseline }}
          />
        )}
        {target !== null && (
          <ReferenceLine
            y={target.value}
            stroke={CHART_COLOURS.target}
            strokeDasharray={CHART_DASHES.target}
            label={{ value: t.target, position: 'insideTopRight', fill: CHART_COLOURS.target }}
          />
        )}
        {goLives.map((marker) => (
          <ReferenceLine
            key={marker.date}
            x={toTime(marker.date)}
            stroke={CHART_COLOURS.goLive}
            label={{ value: marker.label, position: 'top', fill: CHART_COLOURS.goLive }}
          />
        ))}
        {phases.flatMap((phase) => {
          const from = toTime(phase.from);
          const to = toTime(phase.to);
          // Limits often lie beyond every value: they widen the axis rather than vanish.
          return (
            [
              ['mean', phase.mean],
              ['upper', phase.upperProcessLimit],
              ['lower', phase.lowerProcessLimit],
            ] as const
          ).map(([line, y]) => (
            <ReferenceLine
              key={`${phase.kind}-${line}`}
              segment={[
                { x: from, y },
                { x: to, y },
              ]}
              stroke={CHART_COLOURS.limits}
              strokeWidth={line === 'mean' ? 1.5 : 1.25}
              strokeDasharray={line === 'mean' ? undefined : CHART_DASHES.limits}
              ifOverflow="extendDomain"
              className={`spc-limit spc-limit--${line}`}
            />
          ));
        })}
        <Line
          type="linear"
          dataKey="value"
          name={t.value}
          stroke={CHART_COLOURS.value}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        {flagged.map((point) => (
          <ReferenceDot
            key={point.t}
            x={point.t}
            y={point.value}
            r={5}
            shape={markerShape(point.signal)}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Unit } from '../../domain/catalogue';
import { useLocale } from '../../i18n/locale';
import type { SeriesPoint } from '../../queries/series';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const CHART_COLOURS = {
  value: '#0072B2',
  baseline: '#4D4D4D',
  target: '#007A5A',
  goLive: '#C4490A',
} as const;

export interface GoLiveMarker {
  date: string;
  label: string;
}

interface SeriesChartProps {
  points: SeriesPoint[];
  unit: Unit;
  baseline: number | null;
  target: { value: number; date: string } | null;
  goLives: GoLiveMarker[];
}

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The indicator's values over time against its baseline and target, with go-live dates marked.
 * Dates are plotted as numbers on a numeric axis: Recharts' category axis is 4× slower.
 * Point markers are off; they cost more than they tell on a monthly line.
 */
export function SeriesChart({ points, unit, baseline, target, goLives }: SeriesChartProps) {
  const { t, format } = useLocale();
  const data = points.map((p) => ({ t: toTime(p.period_start), value: p.value }));
  const times = [...data.map((d) => d.t), ...(target === null ? [] : [toTime(target.date)])];
  const domain: [number, number] = [Math.min(...times), Math.max(...times)];
  const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);
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
          labelFormatter={(time) => format.month(isoOf(Number(time)))}
          formatter={(value) => [format.measure(Number(value), unit), t.value]}
        />
        {baseline !== null && (
          <ReferenceLine
            y={baseline}
            stroke={CHART_COLOURS.baseline}
            strokeDasharray="6 4"
            label={{ value: t.baseline, position: 'insideTopLeft', fill: CHART_COLOURS.baseline }}
          />
        )}
        {target !== null && (
          <ReferenceLine
            y={target.value}
            stroke={CHART_COLOURS.target}
            strokeDasharray="2 3"
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
      </LineChart>
    </ResponsiveContainer>
  );
}

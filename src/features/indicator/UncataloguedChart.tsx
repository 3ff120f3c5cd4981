import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  GRID_LINES,
  monthAxis,
  monthTicks,
  niceScale,
  toTime,
  valueAxisWidth,
} from '../../components/chart-axes';
import { useLocale } from '../../i18n/locale';
import { CHART_COLOURS } from './SeriesChart';

/** One point of the chart: its time, its value as loaded and how its period is written. */
export interface UncataloguedPoint {
  period_start: string;
  value: number | null;
  label: string;
}

/**
 * One organisation's values of an indicator the catalogue does not describe: a plain line on a
 * time axis, numbers without a unit, and no baseline, target or limits (none is known).
 */
export const UncataloguedChart = memo(function UncataloguedChart({
  points,
}: {
  points: readonly UncataloguedPoint[];
}) {
  const { t, format } = useLocale();
  const data = useMemo(
    () => points.map((p) => ({ t: toTime(p.period_start), value: p.value, label: p.label })),
    [points],
  );
  const domain = useMemo((): [number, number] => {
    const times = data.map((d) => d.t);
    return [Math.min(...times), Math.max(...times)];
  }, [data]);
  const ticks = useMemo(() => monthTicks(domain[0], domain[1]), [domain]);
  const yScale = useMemo(() => {
    const values = data.flatMap((d) => (d.value === null ? [] : [d.value]));
    return values.length === 0 ? null : niceScale(Math.min(...values), Math.max(...values));
  }, [data]);
  const yAxisWidth = useMemo(
    () => valueAxisWidth((yScale?.ticks ?? []).map((v) => format.number(v))),
    [yScale, format],
  );
  const labelOf = new Map(data.map((d) => [d.t, d.label]));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid {...GRID_LINES} />
        <XAxis {...monthAxis(format)} domain={domain} ticks={ticks} />
        <YAxis
          width={yAxisWidth}
          tickFormatter={(value: number) => format.number(value)}
          domain={yScale?.domain ?? ['auto', 'auto']}
          ticks={yScale?.ticks}
        />
        <Tooltip
          labelFormatter={(time) => labelOf.get(Number(time)) ?? ''}
          formatter={(value) => [format.number(Number(value)), t.value]}
        />
        <Line
          type="linear"
          dataKey="value"
          name={t.value}
          stroke={CHART_COLOURS.value}
          strokeWidth={2}
          dot={data.length < 40}
          isAnimationActive={false}
          connectNulls={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
});

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
  CHART_COLOURS,
  GRID_LINES,
  monthAxis,
  PLAIN_LINE,
  TIME_CHART,
  timeRange,
  toTime,
  valueAxis,
} from '../../components/chart-kit';
import { useLocale } from '../../i18n/locale';

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
  const xAxis = useMemo(() => monthAxis(format, timeRange(data.map((d) => d.t))), [data, format]);
  const yAxis = useMemo(
    () =>
      valueAxis(
        data.flatMap((d) => (d.value === null ? [] : [d.value])),
        (value) => format.number(value),
      ),
    [data, format],
  );
  const labelOf = new Map(data.map((d) => [d.t, d.label]));
  return (
    <ResponsiveContainer width="100%" height={TIME_CHART.height}>
      <LineChart data={data} margin={TIME_CHART.margin}>
        <CartesianGrid {...GRID_LINES} />
        <XAxis {...xAxis} />
        <YAxis {...yAxis} />
        <Tooltip
          labelFormatter={(time) => labelOf.get(Number(time)) ?? ''}
          formatter={(value) => [format.number(Number(value)), t.value]}
        />
        <Line
          {...PLAIN_LINE}
          dataKey="value"
          name={t.value}
          stroke={CHART_COLOURS.value}
          strokeWidth={2}
          dot={data.length < 40}
        />
      </LineChart>
    </ResponsiveContainer>
  );
});

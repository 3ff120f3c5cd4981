import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import {
  CHART_COLOURS,
  CHART_DASHES,
  GRID_LINES,
  LABEL_HALO,
  monthAxis,
  monthOf,
  PLAIN_LINE,
  TIME_CHART,
  timeRange,
  toTime,
  valueAxis,
} from '../../components/chart-kit';
import { labelWidth, stackLabels } from '../../components/label-rows';
import type { Unit } from '../../domain/catalogue';
import type { PhaseLines, Signal } from '../../domain/spc/chart';
import { useLocale } from '../../i18n/locale';
import type { SeriesPoint } from '../../queries/series';
import { markerPath, SIGNAL_STYLE } from './signal-style';
import { signalText } from './texts';

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

/**
 * Each go-live as a vertical line with its label above the chart. Labels of dates close
 * together (the region's trusts went live months apart) are stacked, the lower rows inside the
 * plot on their white halo, instead of printed over each other. Drawn from the x scale, like
 * the SPC layer, and only for dates within the axis.
 */
function GoLiveLayer({ markers }: { markers: readonly GoLiveMarker[] }) {
  const x = useXAxisScale();
  const plot = usePlotArea();
  if (x === undefined || plot === undefined || markers.length === 0) return null;
  const shown = markers.flatMap((marker) => {
    const at = x(toTime(marker.date));
    return at === undefined || at < plot.x - 0.5 || at > plot.x + plot.width + 0.5
      ? []
      : [{ ...marker, at }];
  });
  const labels = stackLabels(
    shown.map((marker) => ({ centre: marker.at, width: labelWidth(marker.label) })),
    plot.x + plot.width + GO_LIVE_LABEL.overhang,
  );
  return (
    <g className="go-live">
      {shown.map((marker, i) => {
        const row = labels[i]?.row ?? 0;
        return (
          <g key={marker.date}>
            <line
              x1={marker.at}
              x2={marker.at}
              y1={plot.y}
              y2={plot.y + plot.height}
              stroke={CHART_COLOURS.goLive}
            />
            <text
              className="go-live-label"
              x={labels[i]?.centre ?? marker.at}
              y={row === 0 ? plot.y - 6 : plot.y + row * GO_LIVE_LABEL.rowHeight}
              textAnchor="middle"
              fontSize={GO_LIVE_LABEL.fontSize}
              fill={CHART_COLOURS.goLive}
              {...LABEL_HALO}
            >
              {marker.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The go-live labels' size and spacing; a label may reach into the chart's right margin. */
const GO_LIVE_LABEL = { fontSize: 14, rowHeight: 16, overhang: 20 } as const;

/** A flagged point: where it is drawn and what it signals. */
interface Flagged {
  t: number;
  value: number;
  signal: Signal;
}

/**
 * The SPC layer: each phase's mean and process limits as horizontal segments, and a marker on
 * each special-cause point, drawn straight from the axes' scales. Recharts' own ReferenceLine
 * and ReferenceDot register in the chart's store on every change, and each registration makes
 * every other element recompute (most of a redraw's time with a few dozen of them); this layer
 * registers nothing.
 */
function SpcLayer({
  phases,
  flagged,
}: {
  phases: readonly PhaseLines[];
  flagged: readonly Flagged[];
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (x === undefined || y === undefined) return null;
  return (
    <g className="spc-layer">
      {phases.flatMap((phase) => {
        const x1 = x(toTime(phase.from));
        const x2 = x(toTime(phase.to));
        return (
          [
            ['mean', phase.mean],
            ['upper', phase.upperProcessLimit],
            ['lower', phase.lowerProcessLimit],
          ] as const
        ).map(([line, value]) => (
          <line
            key={`${phase.kind}-${line}`}
            className={`spc-limit spc-limit--${line}`}
            x1={x1}
            x2={x2}
            y1={y(value)}
            y2={y(value)}
            stroke={CHART_COLOURS.limits}
            strokeWidth={line === 'mean' ? 1.5 : 1.25}
            strokeDasharray={line === 'mean' ? undefined : CHART_DASHES.limits}
          />
        ));
      })}
      {flagged.map((point) => {
        const style = SIGNAL_STYLE[point.signal.type];
        const cx = x(point.t);
        const cy = y(point.value);
        if (cx === undefined || cy === undefined) return null;
        return (
          <path
            key={point.t}
            className={`spc-marker spc-marker--${point.signal.type}`}
            d={markerPath(style.shape, cx, cy, 5)}
            fill={style.colour}
            stroke={CHART_COLOURS.paper}
            strokeWidth={1.5}
          />
        );
      })}
    </g>
  );
}

/**
 * The indicator's values over time against its baseline and target, with go-live dates marked,
 * and optionally the XmR mean and limits of each phase.
 * Dates are plotted as numbers on a numeric axis: Recharts' category axis is 4× slower.
 * Only special-cause points get a marker, in the SPC layer: a `dot` on the line would render a
 * component for every month (≈ 4× the drawing time), even if it returned nothing for most.
 * The limits are drawn by that layer too, not as lines of data, so the value line stays the
 * chart's one `.recharts-line-curve` (the benchmark and browser tests read it).
 * Memoised: the page renders several times per choice (address, then each query), and every
 * render of a Recharts line measures its path, forcing a layout.
 */
export const SeriesChart = memo(function SeriesChart({
  rows,
  unit,
  baseline,
  target,
  goLives,
  phases,
}: SeriesChartProps) {
  const { t, format } = useLocale();
  const data = useMemo(
    () =>
      rows.map((p) => ({
        t: toTime(p.period_start),
        value: p.value,
        signal: p.signal,
        // A quarter or year point is drawn at its first month; its tooltip names the period.
        period: p.grain === 'month' ? null : t.grain.period(p.period, p.grain),
      })),
    [rows, t],
  );
  const xAxis = useMemo(
    () =>
      monthAxis(
        format,
        timeRange([...data.map((d) => d.t), ...(target === null ? [] : [toTime(target.date)])]),
      ),
    [data, target, format],
  );
  // Values, limits, baseline and target all on the axis: a target far from today's level is the
  // point of the chart, not something to clip away. Wide enough for the longest tick
  // ("1 450 000 kr").
  const yAxis = useMemo(
    () =>
      valueAxis(
        [
          ...data.flatMap((d) => (d.value === null ? [] : [d.value])),
          ...phases.flatMap((p) => [p.lowerProcessLimit, p.upperProcessLimit]),
          ...(baseline === null ? [] : [baseline]),
          ...(target === null ? [] : [target.value]),
        ],
        (value) => format.measure(value, unit),
      ),
    [data, phases, baseline, target, format, unit],
  );
  const flagged = useMemo(
    (): Flagged[] =>
      data.flatMap((d) =>
        d.signal === null || d.value === null ? [] : [{ t: d.t, value: d.value, signal: d.signal }],
      ),
    [data],
  );
  return (
    <ResponsiveContainer width="100%" height={TIME_CHART.height}>
      <LineChart data={data} margin={TIME_CHART.margin}>
        <CartesianGrid {...GRID_LINES} />
        <XAxis {...xAxis} />
        <YAxis {...yAxis} />
        <Tooltip
          labelFormatter={(time, payload) => {
            const point = payload[0]?.payload as
              | { signal?: Signal | null; period?: string | null }
              | undefined;
            const signal = point?.signal;
            const month = point?.period ?? monthOf(format, Number(time));
            return signal ? `${month}: ${signalText(t, signal)}` : month;
          }}
          formatter={(value) => [format.measure(Number(value), unit), t.value]}
        />
        {baseline !== null && (
          <ReferenceLine
            y={baseline}
            stroke={CHART_COLOURS.baseline}
            strokeDasharray={CHART_DASHES.baseline}
            label={{
              value: t.baseline,
              position: 'insideTopLeft',
              fill: CHART_COLOURS.baseline,
              ...LABEL_HALO,
            }}
          />
        )}
        {target !== null && (
          <ReferenceLine
            y={target.value}
            stroke={CHART_COLOURS.target}
            strokeDasharray={CHART_DASHES.target}
            label={{
              value: t.target,
              position: 'insideTopRight',
              fill: CHART_COLOURS.target,
              ...LABEL_HALO,
            }}
          />
        )}
        <GoLiveLayer markers={goLives} />
        <Line
          {...PLAIN_LINE}
          dataKey="value"
          name={t.value}
          stroke={CHART_COLOURS.value}
          strokeWidth={2}
        />
        <SpcLayer phases={phases} flagged={flagged} />
      </LineChart>
    </ResponsiveContainer>
  );
});

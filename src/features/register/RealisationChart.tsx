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
import {
  CHART_COLOURS,
  GRID_LINES,
  monthAxis,
  monthOf,
  PLAIN_LINE,
  SERIES,
  TIME_CHART,
  toTime,
} from '../../components/chart-kit';
import { useLocale } from '../../i18n/locale';
import { compactNok } from './nok';
import type { ChartRow } from './register-model';

/**
 * The kit's first two series: blue and solid, vermilion and dashed. The lines differ in dash
 * pattern and are named in the legend, so colour is never the only cue.
 */
export const REALISATION_LINES = { realised: SERIES[0], planned: SERIES[1] } as const;

interface RealisationChartProps {
  rows: ChartRow[];
  realisedName: string;
  plannedName: string;
}

/** Cumulative realised NOK against the cumulative plan, month by month. */
export function RealisationChart({ rows, realisedName, plannedName }: RealisationChartProps) {
  const { format, locale } = useLocale();
  const short = compactNok(locale);
  const data = rows.map((row) => ({ ...row, t: toTime(`${row.period}-01`) }));
  const values = rows.flatMap((r) => [r.realised, r.planned]).filter((v) => v !== null);
  const negative = values.some((v) => v < 0);
  return (
    <ResponsiveContainer width="100%" height={TIME_CHART.height}>
      {/* No labels above the plot (go-lives, targets): less room above it. */}
      <LineChart data={data} margin={{ ...TIME_CHART.margin, top: 16 }}>
        <CartesianGrid {...GRID_LINES} />
        <XAxis {...monthAxis(format)} />
        <YAxis width={96} tickFormatter={(value: number) => short(value)} />
        {/* Realised NOK can fall below zero (worse than the baseline): zero is the mark to read. */}
        {negative && <ReferenceLine y={0} stroke={CHART_COLOURS.zero} />}
        <Tooltip
          labelFormatter={(time) => monthOf(format, Number(time))}
          formatter={(value, name) => [format.measure(Number(value), 'nok'), String(name)]}
        />
        <Line
          {...PLAIN_LINE}
          dataKey="planned"
          name={plannedName}
          stroke={REALISATION_LINES.planned.colour}
          strokeDasharray={REALISATION_LINES.planned.dash}
          strokeWidth={2}
        />
        <Line
          {...PLAIN_LINE}
          dataKey="realised"
          name={realisedName}
          stroke={REALISATION_LINES.realised.colour}
          strokeWidth={3}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** A short sample of a line's colour and dash, beside its name in the legend. */
export function LineSample({ line }: { line: keyof typeof REALISATION_LINES }) {
  const { colour, dash } = REALISATION_LINES[line];
  return (
    <svg width="36" height="12" aria-hidden="true" focusable="false">
      <line
        x1="0"
        y1="6"
        x2="36"
        y2="6"
        stroke={colour}
        strokeWidth={line === 'realised' ? 3 : 2}
        strokeDasharray={dash}
      />
    </svg>
  );
}

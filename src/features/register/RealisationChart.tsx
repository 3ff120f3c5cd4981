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
import { GRID_LINES, monthAxis, monthOf, toTime } from '../../components/chart-axes';
import { useLocale } from '../../i18n/locale';
import { compactNok } from './nok';
import type { ChartRow } from './register-model';

/**
 * Okabe–Ito blue and vermilion, both above 3:1 against white (WCAG 1.4.11). The lines also
 * differ in dash pattern and are named in the legend, so colour is never the only cue.
 */
export const REALISATION_LINES = {
  realised: { colour: '#0072B2', dash: undefined },
  planned: { colour: '#B84A00', dash: '8 5' },
} as const;

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
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid {...GRID_LINES} />
        <XAxis {...monthAxis(format)} domain={['dataMin', 'dataMax']} />
        <YAxis width={96} tickFormatter={(value: number) => short(value)} />
        {/* Realised NOK can fall below zero (worse than the baseline): zero is the mark to read. */}
        {negative && <ReferenceLine y={0} stroke="#4D4D4D" />}
        <Tooltip
          labelFormatter={(time) => monthOf(format, Number(time))}
          formatter={(value, name) => [format.measure(Number(value), 'nok'), String(name)]}
        />
        <Line
          type="linear"
          dataKey="planned"
          name={plannedName}
          stroke={REALISATION_LINES.planned.colour}
          strokeDasharray={REALISATION_LINES.planned.dash}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          type="linear"
          dataKey="realised"
          name={realisedName}
          stroke={REALISATION_LINES.realised.colour}
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
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

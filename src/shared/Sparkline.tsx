import { Line, LineChart } from 'recharts';
import { CHART_COLOURS, PLAIN_LINE } from '../components/chart-kit';
import type { SeriesPoint } from '../queries/series';

/**
 * The recent course of an indicator, as a picture only: the row's cells carry the numbers in text,
 * so the sparkline is hidden from screen readers.
 */
export function Sparkline({ points }: { points: SeriesPoint[] }) {
  if (points.length < 2) return null;
  return (
    // Inert as well as hidden: Chromium makes the chart's SVG layers (React portal containers,
    // which carry event listeners) keyboard focusable, a nameless tab stop in every row.
    <span aria-hidden="true" className="sparkline" inert>
      <LineChart width={110} height={28} data={points} accessibilityLayer={false}>
        <Line {...PLAIN_LINE} dataKey="value" stroke={CHART_COLOURS.value} strokeWidth={1.5} />
      </LineChart>
    </span>
  );
}

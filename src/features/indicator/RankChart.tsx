import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_COLOURS, GRID_LINES } from '../../components/chart-kit';
import type { Indicator } from '../../domain/catalogue';
import { useLocale } from '../../i18n/locale';
import type { OrganisationChange } from '../../queries/comparison';
import { STATUS_COLOUR } from './signal-style';
import { formatChange } from './texts';

const ROW_HEIGHT = 26;
/** Room beside the longest bar for its "+2,3 · Bedre" label, as a share of the bars' span. */
const LABEL_ROOM = 0.5;

/** One bar; `fill` in the datum colours that bar (Recharts' per-entry style, Cell's successor). */
interface BarDatum {
  org: string;
  change: number;
  text: string;
  fill: string;
}

/** Where a bar's text goes: past the bar's end, on the side it grows to. */
interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
}

/**
 * Each organisation's change from its own baseline as a horizontal bar, best at the top. Each bar
 * carries its number and status in text, so the colour (blue better, orange worse) is never alone.
 */
export const RankChart = memo(function RankChart({
  indicator,
  ranked,
}: {
  indicator: Indicator;
  ranked: readonly OrganisationChange[];
}) {
  const { t, format } = useLocale();
  const bars = useMemo(
    () =>
      ranked.flatMap((row): BarDatum[] =>
        row.change === null
          ? []
          : [
              {
                org: row.organisation.name,
                change: row.change.absolute,
                text: t.indicatorPage.comparison.bar(
                  formatChange(format, t, row.change.absolute, indicator.unit, false),
                  t.status[row.status],
                ),
                fill: STATUS_COLOUR[row.status],
              },
            ],
      ),
    [ranked, t, format, indicator.unit],
  );
  const domain = useMemo((): [number, number] => {
    const low = Math.min(0, ...bars.map((b) => b.change));
    const high = Math.max(0, ...bars.map((b) => b.change));
    const room = (high - low || 1) * LABEL_ROOM;
    return [low < 0 ? low - room : 0, high > 0 ? high + room : 0];
  }, [bars]);
  const renderLabel = (props: BarLabelProps) => {
    const bar = props.index === undefined ? undefined : bars[props.index];
    if (bar === undefined) return <g />;
    const [x, y, width, height] = [props.x, props.y, props.width, props.height].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const left = Math.min(x, x + width);
    const right = Math.max(x, x + width);
    const negative = bar.change < 0;
    return (
      <text
        x={negative ? left - 4 : right + 4}
        y={y + height / 2}
        dominantBaseline="central"
        textAnchor={negative ? 'end' : 'start'}
        fontSize={12}
        fill={CHART_COLOURS.text}
      >
        {bar.text}
      </text>
    );
  };
  const unit = t.indicatorPage.changeUnit[indicator.unit] || t.units[indicator.unit];
  return (
    <ResponsiveContainer width="100%" height={bars.length * ROW_HEIGHT + 64}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid {...GRID_LINES} horizontal={false} />
        <XAxis
          type="number"
          domain={domain}
          tickFormatter={(value: number) => formatChange(format, t, value, indicator.unit, false)}
          label={{
            value: t.indicatorPage.comparison.axis(unit),
            position: 'insideBottom',
            offset: -16,
            // Recharts' default label grey is under 4.5:1 on white.
            fill: CHART_COLOURS.axisLabel,
          }}
        />
        <YAxis type="category" dataKey="org" width={170} interval={0} tick={{ fontSize: 12 }} />
        <ReferenceLine x={0} stroke={CHART_COLOURS.zero} />
        <Bar dataKey="change" isAnimationActive={false} label={renderLabel} barSize={16} />
      </BarChart>
    </ResponsiveContainer>
  );
});

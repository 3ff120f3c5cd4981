import type { Ref } from 'react';
import { CHART_COLOURS, CHART_DASHES } from '../../components/chart-kit';
import type { SignalType } from '../../domain/spc/rules';
import { useLocale } from '../../i18n/locale';
import { markerPath, SIGNAL_STYLE } from './signal-style';

/** The chart's marker for a signal type, inline: decoration beside the words that carry it. */
export function SignalMarker({ type }: { type: SignalType }) {
  const style = SIGNAL_STYLE[type];
  return (
    <svg className="legend-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <path d={markerPath(style.shape, 7, 7, 5)} fill={style.colour} />
    </svg>
  );
}

function LineSwatch({
  colour,
  dash,
  vertical = false,
}: {
  colour: string;
  dash?: string;
  vertical?: boolean;
}) {
  return (
    <svg className="legend-swatch" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true">
      {vertical ? (
        <line x1="12" y1="0" x2="12" y2="14" stroke={colour} strokeWidth="2" />
      ) : (
        <line x1="0" y1="7" x2="24" y2="7" stroke={colour} strokeWidth="2" strokeDasharray={dash} />
      )}
    </svg>
  );
}

interface SpcLegendProps {
  hasBaseline: boolean;
  hasTarget: boolean;
  hasGoLive: boolean;
  /** Whether mean and limits are drawn. */
  limits: boolean;
  /** Signal types with at least one marker on screen. */
  signalTypes: readonly SignalType[];
  /** Says what a point is when the line is not months (quarters, years at their first month). */
  valueNote?: string | undefined;
  /** Says that quarter or year rows beside the months are not drawn. */
  coarserNote?: string | undefined;
  /** The list, for the chart's export to carry the key. */
  ref?: Ref<HTMLUListElement>;
}

/** What each line and marker of the chart is, in words: the chart's key, never colour alone. */
export function SpcLegend({
  hasBaseline,
  hasTarget,
  hasGoLive,
  limits,
  signalTypes,
  valueNote,
  coarserNote,
  ref,
}: SpcLegendProps) {
  const { t } = useLocale();
  const spc = t.indicatorPage.spc;
  return (
    <ul className="chart-legend" aria-label={spc.legendHeading} ref={ref}>
      <li>
        <LineSwatch colour={CHART_COLOURS.value} />
        {valueNote === undefined ? spc.value : `${spc.value}: ${valueNote}`}
      </li>
      {hasBaseline && (
        <li>
          <LineSwatch colour={CHART_COLOURS.baseline} dash={CHART_DASHES.baseline} />
          {spc.baseline}
        </li>
      )}
      {hasTarget && (
        <li>
          <LineSwatch colour={CHART_COLOURS.target} dash={CHART_DASHES.target} />
          {spc.target}
        </li>
      )}
      {hasGoLive && (
        <li>
          <LineSwatch colour={CHART_COLOURS.goLive} vertical />
          {spc.goLive}
        </li>
      )}
      {limits && (
        <>
          <li>
            <LineSwatch colour={CHART_COLOURS.limits} />
            {spc.mean}
          </li>
          <li>
            <LineSwatch colour={CHART_COLOURS.limits} dash={CHART_DASHES.limits} />
            {spc.limits}
          </li>
        </>
      )}
      {signalTypes.map((type) => (
        <li key={type}>
          <SignalMarker type={type} />
          {spc.markers[type]}
        </li>
      ))}
      {coarserNote !== undefined && <li className="chart-legend-note">{coarserNote}</li>}
    </ul>
  );
}

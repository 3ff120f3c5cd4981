import { useId } from 'react';
import type { Indicator } from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import { useLocale } from '../../i18n/locale';
import type { SeriesPoint } from '../../queries/series';
import { type GoLiveMarker, SeriesChart } from './SeriesChart';
import { SeriesTable } from './SeriesTable';

/** More go-live lines than this turn the chart into a fence; the table and picker list them all. */
const MAX_GO_LIVE_MARKERS = 6;

interface IndicatorFigureProps {
  indicator: Indicator;
  orgs: Organisation[];
  /** What the combination is called: a scope's name, or the picked organisations. */
  label: string;
  points: SeriesPoint[];
  baseline: { value: number | null; points: number | null };
  busy: boolean;
}

/** Key figures, the chart and the same numbers as a table. */
export function IndicatorFigure({
  indicator,
  orgs,
  label,
  points,
  baseline,
  busy,
}: IndicatorFigureProps) {
  const { t, format, locale } = useLocale();
  const captionId = useId();
  const name = locale === 'nb' ? indicator.name_nb : indicator.name_en;
  const goLives: GoLiveMarker[] = [...new Set(orgs.flatMap((o) => (o.go_live ? [o.go_live] : [])))]
    .sort()
    .slice(0, MAX_GO_LIVE_MARKERS)
    .map((date) => ({
      date,
      label: orgs.length === 1 ? t.goLive : `${t.goLive} ${format.month(date)}`,
    }));
  const latest = [...points].reverse().find((p) => p.value !== null);
  const unit = t.units[indicator.unit];
  return (
    <div className="indicator-result" aria-busy={busy}>
      <dl className="key-figures">
        <div>
          <dt>{t.baseline}</dt>
          <dd>
            {baseline.value === null
              ? t.baselineNone
              : format.measure(baseline.value, indicator.unit)}
            {baseline.points !== null && baseline.value !== null && (
              <span className="muted"> ({t.baselineExplained(baseline.points)})</span>
            )}
          </dd>
        </div>
        <div>
          <dt>
            {latest === undefined ? t.value : `${t.value} ${format.month(latest.period_start)}`}
          </dt>
          <dd>{format.measure(latest?.value ?? null, indicator.unit)}</dd>
        </div>
        <div>
          <dt>{t.target}</dt>
          <dd>
            {indicator.target === null
              ? '–'
              : `${format.measure(indicator.target.value, indicator.unit)} ${t.targetBy(format.date(indicator.target.date))}`}
          </dd>
        </div>
        <div>
          <dt>{t.direction}</dt>
          <dd>
            {indicator.direction === 'higher_is_better' ? t.directionHigher : t.directionLower}
            <span className="muted"> ({unit})</span>
          </dd>
        </div>
      </dl>
      {points.length === 0 ? (
        <p className="notice">{t.noData}</p>
      ) : (
        <>
          <figure aria-labelledby={captionId} className="chart">
            <figcaption id={captionId}>
              {name} – {label}
              <span className="visually-hidden"> {t.chartDescription(name, label)}</span>
            </figcaption>
            <SeriesChart
              points={points}
              unit={indicator.unit}
              baseline={baseline.value}
              target={indicator.target}
              goLives={goLives}
            />
            <p className="muted">{t.combinedNote(orgs.length)}</p>
          </figure>
          <SeriesTable points={points} unit={indicator.unit} />
        </>
      )}
    </div>
  );
}

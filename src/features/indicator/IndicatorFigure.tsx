import { useId, useMemo, useRef } from 'react';
import { ChartExport } from '../../components/ChartExport';
import type { Indicator } from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import { clipPhase, type PhaseLines, type SpcChart } from '../../domain/spc/chart';
import type { SignalType } from '../../domain/spc/rules';
import { fileNameOf } from '../../export/chart-image';
import { useLocale } from '../../i18n/locale';
import { useExportFooter } from '../../shared/export-footer';
import { useAppSearch, useUpdateSearch } from '../../url-state/hooks';
import { type ChartRow, type GoLiveMarker, SeriesChart } from './SeriesChart';
import { SeriesTable } from './SeriesTable';
import { SpcLegend } from './SpcLegend';

/** More go-live lines than this turn the chart into a fence; the table and picker list them all. */
const MAX_GO_LIVE_MARKERS = 6;

/** No limits drawn: one array for every render, so the chart's memoised axis does not change. */
const NO_PHASES: readonly PhaseLines[] = [];

/** Table order of rows starting the same month: the month, then its quarter, then its year. */
const GRAIN_ORDER = { month: 0, quarter: 1, year: 2 } as const;

/** Legend order of the marker types. */
const SIGNAL_TYPES: readonly SignalType[] = ['improvement', 'concern', 'neutral'];

interface IndicatorFigureProps {
  indicator: Indicator;
  orgs: Organisation[];
  /** What the combination is called: a scope's name, or the picked organisations. */
  label: string;
  /** The periods on screen, each with its special-cause signal: the chart's grain. */
  rows: ChartRow[];
  /** Rows of a coarser grain in the same periods: in the table only, labelled. */
  coarser: ChartRow[];
  /** XmR phases and signals over the whole series (the period only narrows what is drawn). */
  spc: SpcChart;
  /** Start of the live phase, or null when the limits are one phase over the whole series. */
  phaseBreak: string | null;
  baseline: { value: number | null; points: number | null };
  busy: boolean;
}

/** Key figures, the chart with its SPC layer and legend, and the same numbers as a table. */
export function IndicatorFigure({
  indicator,
  orgs,
  label,
  rows,
  coarser,
  spc,
  phaseBreak,
  baseline,
  busy,
}: IndicatorFigureProps) {
  const { t, format, locale } = useLocale();
  const text = t.indicatorPage;
  const captionId = useId();
  const { limits } = useAppSearch();
  const update = useUpdateSearch();
  const name = locale === 'nb' ? indicator.name_nb : indicator.name_en;
  // Keyed by the dates themselves: a new list of the same organisations (the reporting list
  // answering again) must not redraw the chart.
  const goLiveDates = [...new Set(orgs.flatMap((o) => (o.go_live ? [o.go_live] : [])))]
    .sort()
    .slice(0, MAX_GO_LIVE_MARKERS)
    .join(',');
  const single = orgs.length === 1;
  const goLives = useMemo(
    (): GoLiveMarker[] =>
      goLiveDates === ''
        ? []
        : goLiveDates.split(',').map((date) => ({
            date,
            label: single ? t.goLive : `${t.goLive} ${format.month(date)}`,
          })),
    [goLiveDates, single, t, format],
  );
  const first = rows[0]?.period_start;
  const last = rows.at(-1)?.period_start;
  const phases = useMemo(
    () =>
      first === undefined || last === undefined
        ? []
        : spc.phases.flatMap((phase) => clipPhase(phase, first, last) ?? []),
    [spc, first, last],
  );
  const flagged = rows.filter((row) => row.signal !== null);
  const signalTypes = SIGNAL_TYPES.filter((type) => flagged.some((r) => r.signal?.type === type));
  const latest = [...rows].reverse().find((p) => p.value !== null);
  const unit = t.units[indicator.unit];
  const showLimits = limits === 'on';
  const grain = rows[0]?.grain ?? 'month';
  // What the line is when it is not months: a quarter or year is drawn at its first month.
  const grainNote =
    grain === 'quarter' ? t.grain.chartQuarter : grain === 'year' ? t.grain.chartYear : undefined;
  const tableRows = useMemo(
    () =>
      coarser.length === 0
        ? rows
        : [...rows, ...coarser].sort(
            (a, b) =>
              a.period_start.localeCompare(b.period_start) ||
              GRAIN_ORDER[a.grain] - GRAIN_ORDER[b.grain],
          ),
    [rows, coarser],
  );
  const chartRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLUListElement>(null);
  const title = `${name} – ${label}`;
  const exportLabels = { title, footer: useExportFooter(indicator.source, { first, last }) };
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
            {latest === undefined
              ? t.value
              : `${t.value} ${latest.grain === 'month' ? format.month(latest.period_start) : t.grain.period(latest.period, latest.grain)}`}
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
      {rows.length === 0 ? (
        <div className="notice">
          <p>{t.noData}</p>
          <p>{text.noDataHelp}</p>
        </div>
      ) : (
        <>
          <figure aria-labelledby={captionId} className="chart">
            <figcaption id={captionId}>
              {name} – {label}
              <span className="visually-hidden"> {t.chartDescription(name, label)}</span>
            </figcaption>
            <label className="option chart-option">
              <input
                type="checkbox"
                checked={showLimits}
                onChange={(event) => update({ limits: event.target.checked ? 'on' : 'off' })}
              />
              {text.limitsToggle}
            </label>
            <div ref={chartRef}>
              <SeriesChart
                rows={rows}
                unit={indicator.unit}
                baseline={baseline.value}
                target={indicator.target}
                goLives={goLives}
                phases={showLimits ? phases : NO_PHASES}
              />
            </div>
            <SpcLegend
              hasBaseline={baseline.value !== null}
              hasTarget={indicator.target !== null}
              hasGoLive={goLives.length > 0}
              limits={showLimits && phases.length > 0}
              signalTypes={signalTypes}
              valueNote={grainNote}
              coarserNote={coarser.length > 0 ? t.grain.coarserNote : undefined}
              ref={legendRef}
            />
            <p className="muted spc-note">
              {text.spc.signalCount(flagged.length)}{' '}
              {showLimits &&
                (spc.phases.length === 0
                  ? text.spc.noLimits
                  : phaseBreak === null
                    ? text.spc.phasesWhole
                    : text.spc.phasesSplit(format.month(phaseBreak)))}{' '}
              {showLimits && spc.phases.some((p) => p.trial) && text.spc.trial}
            </p>
            {orgs.length > 1 && <p className="muted">{t.combinedNote(orgs.length)}</p>}
            <ChartExport chartRef={chartRef} legendRef={legendRef} labels={exportLabels} />
          </figure>
          <SeriesTable rows={tableRows} unit={indicator.unit} exportName={fileNameOf(title)} />
        </>
      )}
    </div>
  );
}

import { useId, useMemo } from 'react';
import { Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, CHART_DASHES, PLAIN_LINE, toTime } from '../../components/chart-kit';
import type { Columns } from '../../components/DataTable';
import type { Indicator } from '../../domain/catalogue';
import { useLocale } from '../../i18n/locale';
import {
  fetchOrganisationSeries,
  type OrganisationChange,
  type OrganisationSeries,
} from '../../queries/comparison';
import { dbKeys } from '../../session/db-keys';
import { useDbQuery } from '../../session/db-query';
import { OrganisationLink } from './ComparisonTable';
import { PagedTable } from './PagedTable';
import { formatChange } from './texts';

/** More small charts than this stop being comparable at a glance; the rest are listed. */
export const MAX_MULTIPLES = 12;

interface MultiplesProps {
  indicator: Indicator;
  ranked: readonly OrganisationChange[];
  period: { from?: string; to?: string };
}

/** One row of the table behind the small charts: a period and each organisation's cell. */
interface PeriodRow {
  period_start: string;
  cells: Map<string, Pick<OrganisationSeries, 'value' | 'hidden'>>;
}

/**
 * The first organisations of the ranking, each as a small line chart on one shared scale (so a
 * taller line is a higher value), with its baseline dashed; the rest listed in rank order.
 */
export function SmallMultiples({ indicator, ranked, period }: MultiplesProps) {
  const { t, format, locale } = useLocale();
  const text = t.indicatorPage.comparison;
  const captionId = useId();
  const shown = useMemo(() => ranked.slice(0, MAX_MULTIPLES), [ranked]);
  const rest = ranked.slice(MAX_MULTIPLES);
  const codes = shown.map((r) => r.organisation.code);
  // The comparison above already waited for the view to settle; this follows at once.
  const result = useDbQuery(
    dbKeys.indicator(indicator.id, 'multiples', codes, period.from ?? null, period.to ?? null),
    (db) => fetchOrganisationSeries(db, indicator, codes, period),
  );
  const series = result.status === 'done' ? result.data : null;
  const scales = useMemo(() => {
    if (series === null) return null;
    const points = [...series.values()].flat();
    const values = [
      ...points.flatMap((p) => (p.value === null ? [] : [p.value])),
      ...shown.flatMap((r) => (r.baseline.value === null ? [] : [r.baseline.value])),
    ];
    const times = points.map((p) => toTime(p.period_start));
    if (values.length === 0 || times.length === 0) return null;
    return {
      y: [Math.min(...values), Math.max(...values)] as [number, number],
      x: [Math.min(...times), Math.max(...times)] as [number, number],
    };
  }, [series, shown]);
  const name = locale === 'nb' ? indicator.name_nb : indicator.name_en;
  const describe = (row: OrganisationChange) =>
    row.change === null
      ? t.status[row.status]
      : text.bar(
          formatChange(format, t, row.change.absolute, indicator.unit),
          t.status[row.status],
        );
  return (
    <>
      <figure className="chart multiples" aria-labelledby={captionId} aria-busy={series === null}>
        <figcaption id={captionId}>{text.multiplesCaption(shown.length, name)}</figcaption>
        {result.status === 'error' ? (
          <p role="alert">{text.failed(result.message)}</p>
        ) : series === null || scales === null ? (
          <p>{series === null ? text.multiplesLoading : t.noData}</p>
        ) : (
          <ul className="multiples__grid">
            {shown.map((row) => {
              const goLive = row.organisation.go_live;
              const goLiveTime = goLive === null ? null : toTime(`${goLive.slice(0, 7)}-01`);
              return (
                <li key={row.organisation.code} className="multiples__item">
                  <h4>
                    <OrganisationLink code={row.organisation.code} name={row.organisation.name} />
                  </h4>
                  <p className={`multiples__status multiples__status--${row.status}`}>
                    {describe(row)}
                  </p>
                  {/* The picture repeats the table below; screen readers get the table. */}
                  <div aria-hidden="true">
                    <ResponsiveContainer width="100%" height={100}>
                      <LineChart
                        data={(series.get(row.organisation.code) ?? []).map((p) => ({
                          t: toTime(p.period_start),
                          value: p.value,
                        }))}
                        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
                        accessibilityLayer={false}
                      >
                        <XAxis dataKey="t" type="number" domain={scales.x} hide />
                        <YAxis domain={scales.y} hide />
                        {row.baseline.value !== null && (
                          <ReferenceLine
                            y={row.baseline.value}
                            stroke={CHART_COLOURS.baseline}
                            strokeDasharray={CHART_DASHES.baseline}
                          />
                        )}
                        {goLiveTime !== null &&
                          goLiveTime >= scales.x[0] &&
                          goLiveTime <= scales.x[1] && (
                            <ReferenceLine x={goLiveTime} stroke={CHART_COLOURS.goLive} />
                          )}
                        <Line
                          {...PLAIN_LINE}
                          dataKey="value"
                          stroke={CHART_COLOURS.value}
                          strokeWidth={1.5}
                        />
                      </LineChart>
                    </ResponsiveContainer>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {rest.length > 0 && (
          <>
            <p>{text.multiplesRest(rest.length)}</p>
            <ol className="multiples__rest" start={MAX_MULTIPLES + 1}>
              {rest.map((row) => (
                <li key={row.organisation.code}>
                  <OrganisationLink code={row.organisation.code} name={row.organisation.name} />{' '}
                  <span className="muted">{describe(row)}</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </figure>
      {series !== null && <MultiplesTable indicator={indicator} shown={shown} series={series} />}
    </>
  );
}

/** The small charts' monthly values, one column per organisation, paged like the series table. */
function MultiplesTable({
  indicator,
  shown,
  series,
}: {
  indicator: Indicator;
  shown: readonly OrganisationChange[];
  series: Map<string, OrganisationSeries[]>;
}) {
  const { t, format } = useLocale();
  const rows = useMemo(() => {
    const byPeriod = new Map<string, PeriodRow>();
    for (const [code, points] of series) {
      for (const point of points) {
        const row = byPeriod.get(point.period_start) ?? {
          period_start: point.period_start,
          cells: new Map(),
        };
        row.cells.set(code, point);
        byPeriod.set(point.period_start, row);
      }
    }
    return [...byPeriod.values()].sort((a, b) => a.period_start.localeCompare(b.period_start));
  }, [series]);
  const columns = useMemo<Columns<PeriodRow>>(
    () => [
      {
        id: 'period',
        header: t.period,
        accessorFn: (r) => r.period_start,
        cell: (info) => format.month(info.getValue<string>()),
      },
      ...shown.map((org): Columns<PeriodRow>[number] => ({
        id: org.organisation.code,
        header: org.organisation.name,
        accessorFn: (r) => r.cells.get(org.organisation.code)?.value ?? null,
        // A hidden cell says so, as in the series table, rather than looking like a gap.
        cell: (info) =>
          info.row.original.cells.get(org.organisation.code)?.hidden
            ? t.suppressed.cell
            : format.measure(info.getValue<number | null>(), indicator.unit),
      })),
    ],
    [t, format, shown, indicator.unit],
  );
  return (
    <>
      <PagedTable
        caption={t.indicatorPage.comparison.multiplesTableCaption}
        columns={columns}
        rows={rows}
        periodOf={(row) => row.period_start}
        numeric={shown.map((org) => org.organisation.code)}
        rowHeader="period"
      />
      {rows.some((row) => [...row.cells.values()].some((cell) => cell.hidden)) && (
        <p className="muted">{t.suppressed.note}</p>
      )}
    </>
  );
}

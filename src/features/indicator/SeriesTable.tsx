import { memo, useMemo } from 'react';
import type { Columns } from '../../components/DataTable';
import type { Unit } from '../../domain/catalogue';
import type { Signal } from '../../domain/spc/chart';
import { useLocale } from '../../i18n/locale';
import { PagedTable } from './PagedTable';
import type { ChartRow } from './SeriesChart';
import { SignalMarker } from './SpcLegend';
import { signalText } from './texts';

/**
 * The chart's numbers as a table: its accessible alternative and the place to read exact values,
 * with each flagged point's signal in words. Paged, the newest months first (see PagedTable).
 */
export const SeriesTable = memo(function SeriesTable({
  rows,
  unit,
  exportName,
}: {
  rows: readonly ChartRow[];
  unit: Unit;
  /** The CSV file's name. */
  exportName: string;
}) {
  const { t, format } = useLocale();
  const columns = useMemo<Columns<ChartRow>>(
    () => [
      {
        id: 'period',
        header: t.period,
        // A quarter or year row says so, on screen and in the CSV: «2018 K4 (kvartal)».
        accessorFn: (p) =>
          p.grain === 'month' ? p.period_start : t.grain.period(p.period, p.grain),
        cell: (info) =>
          info.row.original.grain === 'month'
            ? format.month(info.getValue<string>())
            : info.getValue<string>(),
      },
      {
        id: 'value',
        header: t.value,
        accessorFn: (p) => p.value,
        // A hidden cell says so, rather than looking like a gap in the data.
        cell: (info) =>
          info.getValue<number | null>() === null && info.row.original.suppressed > 0
            ? t.suppressed.cell
            : format.measure(info.getValue<number | null>(), unit),
      },
      {
        id: 'signal',
        header: t.indicatorPage.table.signal,
        accessorFn: (p) => p.signal,
        cell: (info) => {
          const signal = info.getValue<Signal | null>();
          return signal === null ? (
            ''
          ) : (
            <span className={`signal-text signal-text--${signal.type}`}>
              <SignalMarker type={signal.type} /> {signalText(t, signal)}
            </span>
          );
        },
      },
      ...(['numerator', 'denominator', 'reporting', 'flagged'] as const).map(
        (key): Columns<ChartRow>[number] => ({
          id: key,
          header: t[key],
          accessorFn: (p) => p[key],
          cell: (info) => format.number(info.getValue<number | null>(), 0),
        }),
      ),
    ],
    [t, format, unit],
  );
  return (
    <>
      <PagedTable
        caption={t.tableCaption}
        columns={columns}
        rows={rows}
        periodOf={(row) => row.period_start}
        numeric={['value', 'numerator', 'denominator', 'reporting', 'flagged']}
        rowHeader="period"
        exportName={exportName}
      />
      {rows.some((row) => row.suppressed > 0) && <p className="muted">{t.suppressed.note}</p>}
    </>
  );
});

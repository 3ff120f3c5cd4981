import { useMemo } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import type { Unit } from '../../domain/catalogue';
import { useLocale } from '../../i18n/locale';
import type { SeriesPoint } from '../../queries/series';

/** The chart's numbers as a table: its accessible alternative and the place to read exact values. */
export function SeriesTable({ points, unit }: { points: SeriesPoint[]; unit: Unit }) {
  const { t, format } = useLocale();
  const columns = useMemo<Columns<SeriesPoint>>(
    () => [
      { id: 'period', header: t.period, accessorFn: (p) => format.month(p.period_start) },
      { id: 'value', header: t.value, accessorFn: (p) => format.measure(p.value, unit) },
      { id: 'numerator', header: t.numerator, accessorFn: (p) => format.number(p.numerator, 0) },
      {
        id: 'denominator',
        header: t.denominator,
        accessorFn: (p) => format.number(p.denominator, 0),
      },
      { id: 'reporting', header: t.reporting, accessorFn: (p) => format.number(p.reporting, 0) },
      { id: 'flagged', header: t.flagged, accessorFn: (p) => format.number(p.flagged, 0) },
    ],
    [t, format, unit],
  );
  return (
    <DataTable
      caption={t.tableCaption}
      columns={columns}
      data={points}
      numeric={['value', 'numerator', 'denominator', 'reporting', 'flagged']}
      rowHeader="period"
    />
  );
}

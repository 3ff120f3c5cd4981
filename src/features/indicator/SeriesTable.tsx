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
      {
        id: 'period',
        header: t.period,
        accessorFn: (p) => p.period_start,
        cell: (info) => format.month(info.getValue<string>()),
      },
      {
        id: 'value',
        header: t.value,
        accessorFn: (p) => p.value,
        cell: (info) => format.measure(info.getValue<number | null>(), unit),
      },
      ...(['numerator', 'denominator', 'reporting', 'flagged'] as const).map(
        (key): Columns<SeriesPoint>[number] => ({
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
    <DataTable
      caption={t.tableCaption}
      columns={columns}
      data={points}
      numeric={['value', 'numerator', 'denominator', 'reporting', 'flagged']}
      rowHeader="period"
    />
  );
}

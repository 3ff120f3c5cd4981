import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import type { ChangeStatus } from '../../domain/assessment';
import type { Indicator } from '../../domain/catalogue';
import { useLocale } from '../../i18n/locale';
import type { OrganisationChange } from '../../queries/comparison';
import { formatChange, formatRelative } from './texts';

const TONE: Record<ChangeStatus, 'good' | 'bad' | 'plain'> = {
  improved: 'good',
  worsened: 'bad',
  unchanged: 'plain',
  unknown: 'plain',
};

/** A link to the organisation's own page: the name read everywhere an organisation is listed. */
export function OrganisationLink({ code, name }: { code: string; name: string }) {
  return (
    <Link to="/organisation/$orgCode" params={{ orgCode: code }}>
      {name}
    </Link>
  );
}

interface RankedRow {
  rank: number | null;
  row: OrganisationChange;
}

/** The ranking's numbers: the table alternative to the bars, and where the exact values are. */
export function ComparisonTable({
  indicator,
  ranked,
}: {
  indicator: Indicator;
  ranked: readonly OrganisationChange[];
}) {
  const { t, format } = useLocale();
  const text = t.indicatorPage.comparison;
  const data = useMemo(() => {
    let rank = 0;
    return ranked.map((row): RankedRow => ({ rank: row.change === null ? null : ++rank, row }));
  }, [ranked]);
  const columns = useMemo<Columns<RankedRow>>(
    () => [
      {
        id: 'rank',
        header: text.rank,
        accessorFn: (r) => r.rank,
        cell: (info) => format.number(info.getValue<number | null>(), 0),
      },
      {
        id: 'organisation',
        header: text.organisation,
        accessorFn: (r) => r.row.organisation.name,
        cell: (info) => (
          <OrganisationLink
            code={info.row.original.row.organisation.code}
            name={info.getValue<string>()}
          />
        ),
      },
      {
        id: 'goLive',
        header: text.goLive,
        accessorFn: (r) => r.row.organisation.go_live,
        cell: (info) => {
          const date = info.getValue<string | null>();
          return date === null ? text.notLive : format.date(date);
        },
      },
      {
        id: 'baseline',
        header: text.baseline,
        accessorFn: (r) => r.row.baseline.value,
        cell: (info) => format.measure(info.getValue<number | null>(), indicator.unit),
      },
      {
        id: 'current',
        header: text.current,
        accessorFn: (r) => r.row.current.value,
        cell: (info) => format.measure(info.getValue<number | null>(), indicator.unit),
      },
      {
        id: 'change',
        header: text.change,
        accessorFn: (r) => r.row.change?.absolute ?? null,
        cell: (info) => formatChange(format, t, info.getValue<number | null>(), indicator.unit),
      },
      {
        id: 'relative',
        header: text.relative,
        accessorFn: (r) => r.row.change?.relative ?? null,
        cell: (info) => formatRelative(format, info.getValue<number | null>()),
      },
      {
        id: 'status',
        header: text.status,
        accessorFn: (r) => r.row.status,
        cell: (info) => {
          const status = info.getValue<ChangeStatus>();
          return <span className={`signal signal--${TONE[status]}`}>{t.status[status]}</span>;
        },
      },
    ],
    [t, text, format, indicator.unit],
  );
  return (
    <DataTable
      caption={text.tableCaption}
      columns={columns}
      data={data}
      numeric={['rank', 'baseline', 'current', 'change', 'relative']}
      rowHeader="organisation"
    />
  );
}

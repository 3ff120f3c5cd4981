import { Link } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import type { Benefit } from '../../domain/catalogue';
import { useLocale } from '../../i18n/locale';
import type { Messages } from '../../i18n/messages';
import type { OrganisationRow, YearRow } from './register-model';

/** Deviation in words, so a sign or a colour is never all that says ahead or behind. */
export function deviationText(
  texts: Messages['registerPage'],
  amount: (value: number) => string,
  realised: number,
  planned: number | null,
): string {
  if (planned === null) return texts.notPlannedYet;
  const difference = Math.round(realised - planned);
  if (difference === 0) return texts.onPlan;
  return difference > 0
    ? texts.ahead(amount(difference))
    : texts.behind(amount(Math.abs(difference)));
}

interface YearTableProps {
  rows: YearRow[];
  caption: string;
  /** Whether the plan is the scope's own (else its columns are left out). */
  withPlan: boolean;
}

/** The chart's numbers by year: short enough to read, exact in kroner. */
export function YearTable({ rows, caption, withPlan }: YearTableProps) {
  const { t, format } = useLocale();
  const deviation = useCallback(
    (realised: number, planned: number | null) =>
      deviationText(t.registerPage, (v) => format.measure(v, 'nok'), realised, planned),
    [t, format],
  );
  const c = t.registerPage.yearColumns;
  const columns = useMemo<Columns<YearRow>>(() => {
    const nok = (value: number | null) => format.measure(value, 'nok');
    const list: Columns<YearRow> = [
      { id: 'year', header: c.year, accessorFn: (row) => row.year },
      {
        id: 'through',
        header: c.through,
        accessorFn: (row) => row.through,
        cell: (info) => format.month(`${info.getValue<string>()}-01`),
      },
      {
        id: 'realised',
        header: c.realised,
        accessorFn: (row) => row.realised,
        cell: (info) => nok(info.getValue<number>()),
      },
      {
        id: 'cumulative',
        header: c.cumulative,
        accessorFn: (row) => row.cumulative,
        cell: (info) => nok(info.getValue<number>()),
      },
    ];
    if (!withPlan) return list;
    return [
      ...list,
      {
        id: 'planned',
        header: c.planned,
        accessorFn: (row) => row.planned,
        cell: (info) => nok(info.getValue<number | null>()),
      },
      {
        id: 'deviation',
        header: c.deviation,
        accessorFn: (row) => deviation(row.cumulative, row.planned),
      },
    ];
  }, [c, format, deviation, withPlan]);
  return (
    <DataTable
      caption={caption}
      columns={columns}
      data={rows}
      numeric={['realised', 'cumulative', 'planned']}
      rowHeader="year"
    />
  );
}

/** How many organisations the table shows before "show all": a screen, not a scroll. */
const FIRST_ROWS = 15;

interface OrganisationTableProps {
  rows: OrganisationRow[];
  benefit: Benefit;
  caption: string;
}

/** Realised NOK to date per organisation, ranked, each linking to its page. */
export function OrganisationTable({ rows, benefit, caption }: OrganisationTableProps) {
  const { t, format } = useLocale();
  const r = t.registerPage;
  const c = r.organisationColumns;
  const [all, setAll] = useState(false);
  const owners = useMemo(
    () => new Map(benefit.owners.map((o) => [o.org_code, o.owner])),
    [benefit.owners],
  );
  const columns = useMemo<Columns<OrganisationRow>>(
    () => [
      {
        id: 'rank',
        header: c.rank,
        accessorFn: (row) => row.rank,
      },
      {
        id: 'organisation',
        header: c.organisation,
        accessorFn: (row) => row.organisation.code,
        cell: (info) => (
          <Link to="/organisation/$orgCode" params={{ orgCode: info.getValue<string>() }}>
            {info.row.original.organisation.name}
          </Link>
        ),
      },
      {
        id: 'goLive',
        header: c.goLive,
        accessorFn: (row) => row.organisation.go_live,
        cell: (info) => {
          const date = info.getValue<string | null>();
          return date === null ? '–' : format.date(date);
        },
      },
      {
        id: 'owner',
        header: c.owner,
        accessorFn: (row) => owners.get(row.organisation.code) ?? '–',
      },
      {
        id: 'months',
        header: c.months,
        accessorFn: (row) => row.reportedMonths,
        cell: (info) => format.number(info.getValue<number>(), 0),
      },
      {
        id: 'cumulative',
        header: c.cumulative,
        accessorFn: (row) => row.cumulative,
        cell: (info) => format.measure(info.getValue<number>(), 'nok'),
      },
    ],
    [c, format, owners],
  );
  const long = rows.length > FIRST_ROWS;
  return (
    <>
      <DataTable
        caption={caption}
        columns={columns}
        data={all || !long ? rows : rows.slice(0, FIRST_ROWS)}
        exportRows={rows}
        numeric={['rank', 'months', 'cumulative']}
        rowHeader="organisation"
      />
      {long && (
        <p>
          <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? r.showFewer(FIRST_ROWS) : r.showAll(rows.length)}
          </button>
        </p>
      )}
    </>
  );
}

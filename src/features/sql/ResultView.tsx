import { useMemo } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import { useLocale } from '../../i18n/locale';
import type { Cell, ConsoleQuery } from '../../queries/console';
import { CellView } from './cells';
import { ExportButton } from './ExportButton';
import { PAGE_SIZE } from './use-console';

interface ResultProps {
  query: ConsoleQuery;
  total: number;
  offset: number;
  rows: Cell[][];
  paging: boolean;
  onPage(offset: number): void;
}

/** One page of a console result as a table, with Previous/Next and the CSV export. */
export function ResultView({ query, total, offset, rows, paging, onPage }: ResultProps) {
  const { t, format } = useLocale();
  const columns = useMemo<Columns<Cell[]>>(
    () =>
      query.columns.map((column, index) => ({
        id: `c${index}`,
        header: column.name,
        accessorFn: (row) => row[index] ?? null,
        cell: (info) => (
          <CellView value={info.getValue<Cell>()} kind={column.kind} format={format} t={t} />
        ),
      })),
    [query, format, t],
  );
  const numeric = useMemo(
    () => query.columns.flatMap((column, index) => (column.kind === 'number' ? [`c${index}`] : [])),
    [query],
  );
  if (total === 0) return <p>{t.sql.noRows}</p>;
  const [first, last, all] = [offset + 1, offset + rows.length, total].map((n) =>
    format.number(n, 0),
  ) as [string, string, string];
  return (
    <div className="sql-result" aria-busy={paging}>
      <DataTable
        caption={t.sql.resultCaption(first, last, all)}
        columns={columns}
        data={rows}
        numeric={numeric}
        // The console exports the whole result, not this page (ExportButton).
        exportName={false}
      />
      <nav aria-label={t.sql.pager} className="sql-pager">
        <button
          type="button"
          disabled={paging || offset === 0}
          onClick={() => onPage(Math.max(0, offset - PAGE_SIZE))}
        >
          {t.sql.previous}
        </button>
        <span aria-live="polite">{t.sql.pageStatus(first, last, all)}</span>
        <button
          type="button"
          disabled={paging || offset + PAGE_SIZE >= total}
          onClick={() => onPage(offset + PAGE_SIZE)}
        >
          {t.sql.next}
        </button>
      </nav>
      <ExportButton query={query} total={total} />
    </div>
  );
}

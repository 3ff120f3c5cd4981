import type { RowData } from '@tanstack/react-table';
import { useState } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import { fileNameOf } from '../../export/chart-image';
import { useLocale } from '../../i18n/locale';
import { Pager } from './Pager';
import { pageFromEnd } from './paging';

interface PagedTableProps<Row extends RowData> {
  caption: string;
  columns: Columns<Row>;
  /** In date order; the newest page is shown first. */
  rows: readonly Row[];
  /** ISO start of a row's period, for the caption and the pager's "jan. 2024–des. 2025". */
  periodOf(row: Row): string;
  numeric: readonly string[];
  rowHeader: string;
  /** Offers every row (not only the page) as a CSV file of this name. */
  exportName?: string;
}

/**
 * A table of periods shown a page at a time: a long series would otherwise put hundreds of rows
 * in the DOM on every filter change (the largest part of a redraw at a million rows). The
 * caption names the months on the page, so the table's name says what it holds.
 */
export function PagedTable<Row extends RowData>({
  caption,
  columns,
  rows,
  periodOf,
  numeric,
  rowHeader,
  exportName,
}: PagedTableProps<Row>) {
  const { t, format } = useLocale();
  // New rows (another indicator, selection or period) start again at the newest page.
  // The rows are remembered with the page, and new rows reset it at once: an indicator seen
  // before comes back as the same (cached) array and must not reopen on the page left there.
  const [state, setState] = useState({ rows, page: 0 });
  if (state.rows !== rows) setState({ rows, page: 0 });
  const page = pageFromEnd(rows, state.rows === rows ? state.page : 0);
  const first = page.rows[0];
  const last = page.rows.at(-1);
  const range =
    first === undefined || last === undefined
      ? null
      : { first: format.month(periodOf(first)), last: format.month(periodOf(last)) };
  return (
    <div className="paged-table">
      <DataTable
        caption={
          range === null || page.pages === 1
            ? caption
            : t.indicatorPage.table.caption(caption, range.first, range.last)
        }
        columns={columns}
        data={page.rows}
        numeric={numeric}
        rowHeader={rowHeader}
        exportName={exportName ?? fileNameOf(caption)}
        exportRows={rows}
      />
      <Pager
        page={page.page}
        pages={page.pages}
        onPage={(next) => setState({ rows, page: next })}
        status={
          range === null
            ? ''
            : t.indicatorPage.table.status(range.first, range.last, page.rows.length, rows.length)
        }
      />
    </div>
  );
}

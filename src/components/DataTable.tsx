import { type ColumnDef, type RowData, tableFeatures, useTable } from '@tanstack/react-table';
import { fileNameOf } from '../export/chart-image';
import { CSV_DIALECTS, type CsvValue, csvDocument, downloadBlob } from '../export/csv';
import { useLocale } from '../i18n/locale';

export const tableBase = tableFeatures({});
export type Columns<Row extends RowData> = ColumnDef<typeof tableBase, Row>[];

interface DataTableProps<Row extends RowData> {
  caption: string;
  columns: Columns<Row>;
  data: Row[];
  /** Column ids whose cells are numbers: right-aligned with tabular figures. */
  numeric?: readonly string[];
  /** Row header column: read out by screen readers with every cell of the row. */
  rowHeader?: string;
  /**
   * Every table is offered as a CSV file, named after its caption unless named here (without
   * `.csv`); `false` where the page offers its own export. The file holds each column's accessor
   * value — numbers as numbers, dates as ISO — not the formatted text, so Excel can compute
   * with it; an accessor giving other than text, a number or a boolean exports an empty cell.
   */
  exportName?: string | false;
  /** Every row, when `data` is one page of them: the file holds all. */
  exportRows?: readonly Row[];
}

/** A column's accessor value for a row, read as the table reads it. */
function accessorValue<Row extends RowData>(
  def: Columns<Row>[number],
  row: Row,
  index: number,
): unknown {
  if ('accessorFn' in def && typeof def.accessorFn === 'function')
    return def.accessorFn(row, index);
  if ('accessorKey' in def && typeof def.accessorKey === 'string') {
    return (row as Record<string, unknown>)[def.accessorKey];
  }
  return null;
}

const csvValue = (value: unknown): CsvValue =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : null;

/** A plain, accessible table; the state lives with the caller or in DuckDB, never here. */
export function DataTable<Row extends RowData>({
  caption,
  columns,
  data,
  numeric = [],
  rowHeader,
  exportName,
  exportRows,
}: DataTableProps<Row>) {
  const { t, locale } = useLocale();
  const table = useTable({ features: tableBase, columns, data });
  const alignment = (id: string) => (numeric.includes(id) ? 'numeric' : undefined);
  const downloadCsv = () => {
    const leaves = table.getAllLeafColumns();
    const header = leaves.map((column) =>
      typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id,
    );
    const rows = (exportRows ?? data).map((row, index) =>
      leaves.map((column) => csvValue(accessorValue(column.columnDef, row, index))),
    );
    const text = csvDocument(header, rows, CSV_DIALECTS[locale]);
    downloadBlob(
      new Blob([text], { type: 'text/csv;charset=utf-8' }),
      `${exportName ?? fileNameOf(caption)}.csv`,
    );
  };
  const body = (
    // A scrolling region must be reachable by keyboard (WCAG 2.1.1), so it takes focus and a name.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region, see above.
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={alignment(header.column.id)}>
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) =>
                cell.column.id === rowHeader ? (
                  <th key={cell.id} scope="row">
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id} className={alignment(cell.column.id)}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
  if (exportName === false) return body;
  return (
    <div className="data-table-block">
      {body}
      <button type="button" className="table-export" onClick={downloadCsv}>
        {t.export.tableCsv}
        <span className="visually-hidden">: {caption}</span>
      </button>
    </div>
  );
}

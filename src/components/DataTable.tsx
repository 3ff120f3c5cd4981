import { type ColumnDef, type RowData, tableFeatures, useTable } from '@tanstack/react-table';

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
}

/** A plain, accessible table; the state lives with the caller or in DuckDB, never here. */
export function DataTable<Row extends RowData>({
  caption,
  columns,
  data,
  numeric = [],
  rowHeader,
}: DataTableProps<Row>) {
  const table = useTable({ features: tableBase, columns, data });
  const alignment = (id: string) => (numeric.includes(id) ? 'numeric' : undefined);
  return (
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
}

/**
 * The header row of a hand-built table whose headings are plain texts. Each is a column header
 * (scope="col") so a screen reader names the column with every cell under it.
 */
export function ColumnHeads({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

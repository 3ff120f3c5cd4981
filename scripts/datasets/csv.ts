import Papa from 'papaparse';

/** One CSV cell before formatting: empty for null/undefined. */
export type Cell = string | number | null | undefined;

export interface CsvFormat {
  delimiter: ',' | ';';
  eol: '\n' | '\r\n';
}

const CANONICAL_CSV: CsvFormat = { delimiter: ',', eol: '\n' };

/**
 * Quotes a field only where it must: when it holds the delimiter, a quote or a line break.
 * A `"` inside is doubled; leaving it single would end the field early and shift every column.
 */
function csvField(cell: Cell, delimiter: string): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  const needsQuotes =
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Formats a header and rows; the file ends with a line break, as text tools expect. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  format: CsvFormat = CANONICAL_CSV,
): string {
  const line = (cells: readonly Cell[]) =>
    cells.map((cell) => csvField(cell, format.delimiter)).join(format.delimiter);
  return [line(header), ...rows.map(line)].map((text) => text + format.eol).join('');
}

/** Parses a CSV with a header row into string records; throws on malformed input. */
export function parseCsv(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const [firstError] = result.errors;
  if (firstError) {
    throw new Error(`CSV error on row ${firstError.row ?? '?'}: ${firstError.message}`);
  }
  return result.data;
}

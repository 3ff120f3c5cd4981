import Papa from 'papaparse';
import { fail, ok, type Result } from '../domain/result';

export type Delimiter = ',' | ';' | '\t';
export type DecimalMark = ',' | '.';

export interface CsvShape {
  delimiter: Delimiter;
  headers: string[];
  /** The first data rows, for the preview and for guessing the decimal mark and the shape. */
  sample: string[][];
  /**
   * Records above the header row, which DuckDB is told to skip: SSB's title line and the empty
   * line under it, or Excel's `sep=;` line.
   */
  skipRecords: number;
}

export type SniffProblem =
  | { kind: 'empty' }
  | { kind: 'no_delimiter' }
  /** Not text: NUL and other control characters (random bytes, a spreadsheet, a zip). */
  | { kind: 'binary' };

/** How much of the file papaparse looks at: enough for a header and a sample, cheap on 300 MB. */
export const SNIFF_BYTES = 64 * 1024;

/** How many rows above the header may be title rows; further down, a file has no header. */
const MAX_TITLE_ROWS = 20;

/** Sniffs the first SNIFF_BYTES of a UTF-8 file (see `sniffCsv`). */
export function sniffBytes(bytes: Uint8Array): Result<CsvShape, SniffProblem> {
  const head = new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES));
  return sniffCsv(head, bytes.length > SNIFF_BYTES);
}

/** Control characters other than tab, line feed and carriage return: text has (almost) none. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) count += 1;
  }
  return count;
}
const EXCEL_SEPARATOR_LINE = /^sep=([,;\t])\r?\n/i;

/**
 * Finds the delimiter, the header row and the rows above it from a CSV's first bytes. Bulk
 * parsing is left to DuckDB, which is five times faster; papaparse only sniffs. `truncated` says
 * the text is only the head of the file: it is measured in bytes by the caller, since æøå take two
 * bytes but one character.
 *
 * The header is the first row with two or more non-empty cells: rows above it with at most one
 * (SSB's `"Tabell 12345: …"`, Excel's `Tabell;;;` when a sheet with a title is saved as CSV, empty
 * lines) are title rows, skipped but counted, so line numbers stay physical.
 */
export function sniffCsv(head: string, truncated = false): Result<CsvShape, SniffProblem> {
  // The last line of a truncated head is probably cut in half: drop it unless it is all we have.
  const lastBreak = head.lastIndexOf('\n');
  let text = truncated && lastBreak >= 0 ? head.slice(0, lastBreak + 1) : head;
  if (countControls(text) > text.length / 100) return fail({ kind: 'binary' });
  let skipRecords = 0;
  const separator = EXCEL_SEPARATOR_LINE.exec(text);
  if (separator) {
    text = text.slice(separator[0].length);
    skipRecords = 1;
  }
  // papaparse guesses the delimiter from how evenly it splits rows, so empty lines must not count.
  const delimiter =
    separator?.[1] ??
    Papa.parse<string[]>(text, {
      delimitersToGuess: [';', ',', '\t'],
      skipEmptyLines: 'greedy',
      preview: 200,
    }).meta.delimiter;
  // Empty rows are kept this time, so that row i is record i + 1 as DuckDB counts them.
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    preview: 200 + MAX_TITLE_ROWS,
  });
  const rows = parsed.data;
  const filled = (row: string[]) => row.filter((cell) => cell.trim() !== '').length;
  if (rows.every((row) => filled(row) === 0)) return fail({ kind: 'empty' });
  const headerIndex = rows.slice(0, MAX_TITLE_ROWS + 1).findIndex((row) => filled(row) >= 2);
  const headers = rows[headerIndex];
  if (headers === undefined) return fail({ kind: 'no_delimiter' });
  if (countControls(headers.join('')) > 0) return fail({ kind: 'binary' });
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') {
    return fail({ kind: 'no_delimiter' });
  }
  const sample = rows.slice(headerIndex + 1).filter((row) => filled(row) > 0);
  return ok({ delimiter, headers, sample, skipRecords: skipRecords + headerIndex });
}

const COMMA_DECIMAL = /^[-−]?\d{1,3}([\s\u00a0\u202f]?\d{3})*,\d+$/;
const POINT_DECIMAL = /^[-−]?\d+\.\d+$/;

/**
 * Guesses the decimal mark from sample cells of numeric columns. Norwegian exports use a comma;
 * a `;`-delimited file with no decimals at all is still most likely Norwegian, so ties go to the
 * comma when the delimiter is `;`.
 */
export function guessDecimalMark(cells: readonly string[], delimiter: Delimiter): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const raw of cells) {
    const cell = raw.trim();
    if (COMMA_DECIMAL.test(cell)) comma += 1;
    else if (POINT_DECIMAL.test(cell)) point += 1;
  }
  if (comma > point) return ',';
  if (point > comma) return '.';
  return delimiter === ';' ? ',' : '.';
}

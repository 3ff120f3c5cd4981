import Papa from 'papaparse';
import { fail, ok, type Result } from './result';

export type Delimiter = ',' | ';' | '\t';
export type DecimalMark = ',' | '.';

export interface CsvShape {
  delimiter: Delimiter;
  headers: string[];
  /** The first data rows, for the preview and for guessing the decimal mark. */
  sample: string[][];
}

export type SniffProblem = { kind: 'empty' } | { kind: 'no_delimiter' };

/** How much of the file papaparse looks at: enough for a header and a sample, cheap on 300 MB. */
export const SNIFF_BYTES = 64 * 1024;

/** Sniffs the first SNIFF_BYTES of a UTF-8 file (see `sniffCsv`). */
export function sniffBytes(bytes: Uint8Array): Result<CsvShape, SniffProblem> {
  const head = new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES));
  return sniffCsv(head, bytes.length > SNIFF_BYTES);
}

/**
 * Finds the delimiter and header of a CSV from its first bytes. Bulk parsing is left to DuckDB,
 * which is five times faster; papaparse only sniffs. `truncated` says the text is only the head
 * of the file: it is measured in bytes by the caller, since æøå take two bytes but one character.
 */
export function sniffCsv(head: string, truncated = false): Result<CsvShape, SniffProblem> {
  // The last line of a truncated head is probably cut in half: drop it unless it is all we have.
  const lastBreak = head.lastIndexOf('\n');
  const cut = truncated && lastBreak >= 0 ? head.slice(0, lastBreak + 1) : head;
  const parsed = Papa.parse<string[]>(cut, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
    preview: 200,
  });
  const [headers, ...sample] = parsed.data;
  if (headers === undefined || headers.length === 0) return fail({ kind: 'empty' });
  const delimiter = parsed.meta.delimiter;
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') {
    return fail({ kind: 'no_delimiter' });
  }
  if (headers.length < 2) return fail({ kind: 'no_delimiter' });
  return ok({ delimiter, headers, sample });
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

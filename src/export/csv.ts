import type { Locale } from '../i18n/messages';

/**
 * CSV files an analyst opens in Excel: UTF-8 with a byte-order mark (without it Excel reads
 * UTF-8 as Windows-1252 and mangles æøå), `;` and a decimal comma in Norwegian (Excel on a
 * Norwegian PC splits on `;` and reads `1,5` as a number), `,` and a decimal point in English.
 *
 * Formula injection: Excel runs a cell that starts with `=`, `+`, `-` or `@` (and tab or CR, which
 * it skips) as a formula, so `=HYPERLINK("http://x","y")` in the data becomes a live link. Such a
 * text cell gets a leading `'`, which Excel shows as text. Numbers are written from JS numbers
 * and are never prefixed: `-1,5` from a number stays a negative number. Text that merely looks
 * like `-1` is prefixed all the same — it came from the data, where it could be `-1+cmd|…`; an
 * analyst who wants a number casts the column in SQL.
 */

export type CsvValue = string | number | boolean | null;

export interface CsvDialect {
  delimiter: ';' | ',';
  decimalMark: ',' | '.';
}

export const CSV_DIALECTS: Record<Locale, CsvDialect> = {
  nb: { delimiter: ';', decimalMark: ',' },
  en: { delimiter: ',', decimalMark: '.' },
};

/** The UTF-8 byte-order mark, as the first character of the text. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers in the dialect's decimal mark, text guarded and quoted when needed. */
export function csvField(value: CsvValue, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    // String() gives the shortest text that reads back as the same number, with no grouping.
    const text = String(value);
    return dialect.decimalMark === ',' ? text.replace('.', ',') : text;
  }
  const text = typeof value === 'boolean' ? String(value) : guardFormula(value);
  return needsQuotes(text, dialect) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Prefixes text Excel would run as a formula with `'`. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function needsQuotes(text: string, dialect: CsvDialect): boolean {
  return (
    text.includes(dialect.delimiter) ||
    text.includes('"') ||
    text.includes('\r') ||
    text.includes('\n')
  );
}

/** Rows as CSV lines, each ended by CRLF (RFC 4180, and what Excel writes). */
export function csvLines(rows: Iterable<readonly CsvValue[]>, dialect: CsvDialect): string {
  let text = '';
  for (const row of rows) {
    text += `${row.map((value) => csvField(value, dialect)).join(dialect.delimiter)}\r\n`;
  }
  return text;
}

/** A whole file's text: BOM, header and rows. */
export function csvDocument(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  dialect: CsvDialect,
): string {
  return BOM + csvLines([header], dialect) + csvLines(rows, dialect);
}

/** A file from parts made by csvLines (header first); the BOM is added here. */
export function csvBlob(parts: readonly string[]): Blob {
  return new Blob([BOM, ...parts], { type: 'text/csv;charset=utf-8' });
}

/**
 * Saves `blob` as `fileName` through an `<a download>` on an object URL: the file is made in the
 * page, and no request leaves it.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

export interface LineQuery {
  /** The record DuckDB read as the header (1 + the title records it was told to skip). */
  headerRecord: number;
  /** Parsed-row numbers (1-based, in the order DuckDB produced the rows) to locate. */
  rows: readonly number[];
  /** Record numbers (DuckDB's `line` in its rejects table: header = 1) DuckDB could not read. */
  rejected: readonly number[];
}

export interface LocatedLines {
  /** Parsed row → physical line (1-based) on which it starts. */
  rows: Map<number, number>;
  /** Rejected record → physical line on which it starts. */
  rejected: Map<number, number>;
}

/**
 * Finds the physical line (as an editor shows it) on which parsed rows and rejected records
 * start, in one pass that stops after the last one asked for. DuckDB numbers records, not lines,
 * and its parsed rows skip both the records it rejected and empty lines; a quoted field may hold
 * line breaks. The walk counts the way DuckDB's reader does: a quote opens a quoted field only at
 * the start of a field (`x"y` is a literal quote, which once sent every later line astray), `""`
 * inside quotes is an escaped quote, and a line holding nothing is not a row. The bytes are
 * UTF-8, so no byte of a multi-byte character can be taken for a quote, delimiter or line break.
 */
export function locateLines(bytes: Uint8Array, delimiter: string, query: LineQuery): LocatedLines {
  const located: LocatedLines = { rows: new Map(), rejected: new Map() };
  const rowsWanted = new Set(query.rows);
  const rejectedSet = new Set(query.rejected);
  let rowsLeft = rowsWanted.size;
  let rejectedLeft = rejectedSet.size;
  const delim = delimiter.charCodeAt(0);
  const n = bytes.length;
  let i = 0;
  let record = 1;
  let line = 1;
  let row = 0;
  while (i < n && (rowsLeft > 0 || rejectedLeft > 0)) {
    const startLine = line;
    const empty = bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] === LF);
    let fieldStart = true;
    let quoted = false;
    while (i < n) {
      const byte = bytes[i];
      i += 1;
      if (quoted) {
        if (byte === QUOTE) {
          if (bytes[i] === QUOTE) i += 1;
          else quoted = false;
        } else if (byte === LF) line += 1;
      } else if (byte === LF) {
        line += 1;
        break;
      } else if (byte === QUOTE && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else fieldStart = byte === delim;
    }
    if (record > query.headerRecord && !empty) {
      if (rejectedSet.has(record)) {
        located.rejected.set(record, startLine);
        rejectedLeft -= 1;
      } else {
        row += 1;
        if (rowsWanted.has(row)) {
          located.rows.set(row, startLine);
          rowsLeft -= 1;
        }
      }
    }
    record += 1;
  }
  return located;
}

/**
 * Finds the physical line (1-based) on which each given CSV record starts. DuckDB reports
 * record numbers, which differ from the line an analyst sees in an editor as soon as a quoted
 * field holds a line break. `records` are 1-based record numbers, the header being record 1.
 */
export function recordStartLines(
  bytes: Uint8Array,
  records: readonly number[],
  quote = 0x22,
): Map<number, number> {
  const wanted = [...new Set(records)].sort((a, b) => a - b);
  const lines = new Map<number, number>();
  if (wanted.length === 0) return lines;
  let next = 0;
  let record = 1;
  let line = 1;
  let inQuotes = false;
  let atRecordStart = true;
  for (let i = 0; i < bytes.length && next < wanted.length; i += 1) {
    if (atRecordStart) {
      while (next < wanted.length && (wanted[next] ?? 0) <= record) {
        if (wanted[next] === record) lines.set(record, line);
        next += 1;
      }
      atRecordStart = false;
    }
    const byte = bytes[i];
    if (byte === quote) inQuotes = !inQuotes;
    else if (byte === 0x0a) {
      line += 1;
      if (!inQuotes) {
        record += 1;
        atRecordStart = true;
      }
    }
  }
  return lines;
}

/**
 * Maps the n-th row DuckDB parsed (1-based) to its record number in the file. Rows DuckDB
 * rejected (wrong column count) are skipped in its numbering but are still records of the file.
 * Both inputs must be sorted ascending.
 */
export function parsedRowRecords(
  rows: readonly number[],
  rejectedRecords: readonly number[],
  headerRecords = 1,
): Map<number, number> {
  const records = new Map<number, number>();
  let rejectedBefore = 0;
  for (const row of rows) {
    let record = row + headerRecords + rejectedBefore;
    while (
      rejectedBefore < rejectedRecords.length &&
      (rejectedRecords[rejectedBefore] ?? 0) <= record
    ) {
      rejectedBefore += 1;
      record += 1;
    }
    records.set(row, record);
  }
  return records;
}

import Papa from 'papaparse';
import {
  HISTORY_COLUMNS,
  type HistoryProblem,
  historyRowSchema,
  type MunicipalityHistoryRow,
} from '../domain/harmonise';
import { fail, ok, type Result } from '../domain/result';

/** Counts the lines a record spans: quoted cells may hold line breaks. */
const linesSpanned = (cells: readonly string[]) =>
  1 + cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);

/** Parses and checks the history CSV (LF or CRLF, optional BOM); every bad row is reported. */
export function parseMunicipalityHistory(
  csvText: string,
): Result<MunicipalityHistoryRow[], HistoryProblem[]> {
  const parsed = Papa.parse<string[]>(csvText.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
  });
  const problems: HistoryProblem[] = [];
  const [header = [], ...records] = parsed.data;
  const headerCells = header.map((cell) => cell.trim());
  if (headerCells.join(',') !== HISTORY_COLUMNS.join(',')) {
    problems.push({
      line: 1,
      column: null,
      message: `expected the header ${HISTORY_COLUMNS.join(',')}, found ${headerCells.join(',')}`,
    });
    return fail(problems);
  }

  // Papaparse's row index counts records, not lines; map each record to the line it starts on.
  const startLines: number[] = [];
  let line = 1 + linesSpanned(header);
  for (const cells of records) {
    startLines.push(line);
    line += linesSpanned(cells);
  }
  // A record papaparse could not read is reported once, by its error, not again by its cells.
  const unreadable = new Set<number>();
  for (const error of parsed.errors) {
    const index = (error.row ?? 0) - 1;
    unreadable.add(index);
    problems.push({ line: startLines[index] ?? 1, column: null, message: error.message });
  }

  const rows: MunicipalityHistoryRow[] = [];
  records.forEach((rawCells, index) => {
    const cells = rawCells.map((cell) => cell.trim());
    const recordLine = startLines[index] ?? 0;
    if (unreadable.has(index) || cells.every((cell) => cell === '')) return;
    if (cells.length !== HISTORY_COLUMNS.length) {
      problems.push({
        line: recordLine,
        column: null,
        message: `expected ${HISTORY_COLUMNS.length} cells, found ${cells.length}`,
      });
      return;
    }
    const record = Object.fromEntries(HISTORY_COLUMNS.map((column, i) => [column, cells[i]]));
    const result = historyRowSchema.safeParse(record);
    if (result.success) {
      rows.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const column = HISTORY_COLUMNS.find((c) => c === issue.path[0]) ?? null;
      problems.push({ line: recordLine, column, message: issue.message });
    }
  });
  if (problems.length > 0) {
    return fail(problems.sort((a, b) => a.line - b.line));
  }
  return ok(rows);
}

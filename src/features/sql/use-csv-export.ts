import { useState } from 'react';
import { QueryError, withSession } from '../../db/engine';
import { CSV_DIALECTS, type CsvValue, csvBlob, csvLines, downloadBlob } from '../../export/csv';
import { useLocale } from '../../i18n/locale';
import {
  type Cell,
  type ConsoleQuery,
  consoleRowChunks,
  duckdbMessage,
} from '../../queries/console';
import { useData } from '../../session/data';

/** Beyond this a CSV no longer fits comfortably in the page's memory, nor in one Excel sheet. */
export const EXPORT_MAX_ROWS = 1_000_000;
/** Rows per trip to DuckDB's worker while exporting. */
const CHUNK = 50_000;

export type ExportState =
  | { step: 'idle' }
  | { step: 'working'; done: number; total: number }
  | { step: 'finished'; tone: 'ok' | 'error'; message: string };

/** Exports a console result in full, a chunk at a time, as a CSV in the page's language. */
export function useCsvExport() {
  const { t, locale, format } = useLocale();
  const { state: data } = useData();
  const [state, setState] = useState<ExportState>({ step: 'idle' });

  async function exportAll(query: ConsoleQuery, total: number) {
    if (data.status !== 'ready') return;
    if (total > EXPORT_MAX_ROWS) {
      setState({
        step: 'finished',
        tone: 'error',
        message: t.sql.exportTooLarge(format.number(EXPORT_MAX_ROWS, 0)),
      });
      return;
    }
    const dialect = CSV_DIALECTS[locale];
    const parts = [csvLines([query.columns.map((column) => column.name)], dialect)];
    let done = 0;
    setState({ step: 'working', done, total });
    try {
      await withSession(data.db, async (session) => {
        for await (const rows of consoleRowChunks(session, query, CHUNK)) {
          parts.push(
            csvLines(
              rows.map((row) => csvRow(query, row)),
              dialect,
            ),
          );
          done += rows.length;
          setState({ step: 'working', done, total });
        }
      });
      downloadBlob(csvBlob(parts), t.sql.exportFileName);
      setState({ step: 'finished', tone: 'ok', message: t.sql.exported(format.number(done, 0)) });
    } catch (error) {
      if (!(error instanceof QueryError)) console.error(error);
      setState({
        step: 'finished',
        tone: 'error',
        message: `${t.sql.exportFailed} ${duckdbMessage(error)}`,
      });
    }
  }

  return { state, exportAll, reset: () => setState({ step: 'idle' }) };
}

/** Timestamps as `2024-02-29 13:45:00`, which Excel reads as a date and time; the rest as is. */
function csvRow(query: ConsoleQuery, row: Cell[]): CsvValue[] {
  return row.map((value, index) =>
    query.columns[index]?.kind === 'timestamp' && typeof value === 'string'
      ? value.replace('T', ' ')
      : value,
  );
}

import { useEffect } from 'react';
import { useLocale } from '../../i18n/locale';
import type { ConsoleQuery } from '../../queries/console';
import { useCsvExport } from './use-csv-export';

/** Downloads the whole result (not just the page) as CSV, with progress and the outcome. */
export function ExportButton({ query, total }: { query: ConsoleQuery; total: number }) {
  const { t, format } = useLocale();
  const { state, exportAll, reset } = useCsvExport();
  // A new result makes the last export's message stale.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the query changes.
  useEffect(reset, [query]);
  const working = state.step === 'working';
  return (
    <div className="sql-export">
      <button type="button" disabled={working} onClick={() => void exportAll(query, total)}>
        {t.sql.exportCsv}
      </button>
      <p
        role="status"
        className={state.step === 'finished' ? `message message--${state.tone}` : 'muted'}
      >
        {state.step === 'working' &&
          t.sql.exporting(format.number(state.done, 0), format.number(state.total, 0))}
        {state.step === 'finished' && state.message}
      </p>
    </div>
  );
}

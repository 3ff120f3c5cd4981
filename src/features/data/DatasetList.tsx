import { useEffect, useId, useRef } from 'react';
import { useLocale } from '../../i18n/locale';
import { listDatasets } from '../../queries/datasets';
import { useData } from '../../session/data';
import { dbKeys } from '../../session/db-keys';
import { useDbQuery } from '../../session/db-query';
import { ConfirmDialog } from './ConfirmDialog';
import { DatasetTable } from './DatasetTable';
import { StorageNotice } from './StorageNotice';
import { useDeletion } from './use-deletion';

/**
 * The data page's list of loaded datasets, where each one, or all of them, can be deleted —
 * except in a read-only build, which lists what it was published with.
 */
export function DatasetList({ readOnly }: { readOnly: boolean }) {
  const { t, format } = useLocale();
  const { state: data } = useData();
  const datasets = useDbQuery(dbKeys.datasets, listDatasets);
  const deletion = useDeletion();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = deletion.state.step;
  // The deleted row's button is gone: move focus somewhere sensible, the list's heading.
  useEffect(() => {
    if (step === 'finished') headingRef.current?.focus();
  }, [step]);

  // While the list is read again after a change, the last one stands.
  const rows = datasets.data;
  const asked = deletion.target;
  const dialog =
    asked.kind === 'one'
      ? {
          title: t.datasets.confirmDelete(
            asked.dataset.source,
            format.number(asked.dataset.currentRows, 0),
          ),
          body: t.datasets.confirmDeleteHelp,
          confirmLabel: t.datasets.confirmDeleteYes,
        }
      : {
          title: t.datasets.confirmDeleteAll,
          body: t.datasets.confirmDeleteAllHelp,
          confirmLabel: t.datasets.confirmDeleteAllYes,
        };
  const busy = !deletion.ready || step === 'deleting';
  const outcome = deletion.state.step === 'finished' ? deletion.state : null;

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.datasets.heading}
      </h2>
      {/* Where it is not kept, the app shell says so on every page. */}
      {data.status === 'ready' && (data.storage === 'opfs' || readOnly) && (
        <StorageNotice storage={data.storage} />
      )}
      {rows !== null && rows.length > 0 && (
        <DatasetTable
          datasets={rows}
          disabled={busy}
          onDelete={readOnly ? undefined : (dataset) => deletion.ask({ kind: 'one', dataset })}
        />
      )}
      {rows !== null && rows.length === 0 && <p>{t.datasets.none}</p>}
      {datasets.status === 'error' && <p role="alert">{datasets.message}</p>}
      {!readOnly && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => deletion.ask({ kind: 'all' })}>
            {t.datasets.deleteAll}
          </button>
        </div>
      )}
      <div role="status" className={outcome ? `message message--${outcome.tone}` : ''}>
        {step === 'deleting' && t.datasets.deleting}
        {outcome?.message}
      </div>
      <ConfirmDialog
        open={step === 'confirming'}
        {...dialog}
        cancelLabel={t.datasets.cancel}
        onConfirm={() => void deletion.confirm()}
        onCancel={deletion.cancel}
      />
    </section>
  );
}

import { useState } from 'react';
import { downloadBlob } from '../../export/csv';
import { useLocale } from '../../i18n/locale';
import { useData } from '../../session/data';
import { readStoredFile, type StoredFile } from '../../session/stored-data';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Shown instead of the dashboard when data stored in this browser cannot be read: the files stay
 * as they are until the user picks one of three ways on (docs/persistence.md).
 */
export function StoredDataRescue({ message, files }: { message: string; files: StoredFile[] }) {
  const { t, format } = useLocale();
  const { retryStored, startAfresh } = useData();
  const [confirming, setConfirming] = useState(false);
  const texts = t.datasets;
  async function download(name: string) {
    const bytes = await readStoredFile(name);
    downloadBlob(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }), name);
  }
  return (
    <section className="panel" aria-labelledby="stored-unreadable-heading">
      <h1 id="stored-unreadable-heading">{texts.storedUnreadableHeading}</h1>
      <p role="alert">{texts.storedUnreadable}</p>
      <p>
        {texts.storedUnreadableReason} <code>{message}</code>
      </p>
      <div className="table-scroll">
        <table>
          <caption>{texts.storedFilesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.storedFileName}</th>
              <th scope="col">{texts.storedFileSize}</th>
              <th scope="col">{texts.action}</th>
            </tr>
          </thead>
          <tbody>
            {files.map((file) => (
              <tr key={file.name}>
                <th scope="row">{file.name}</th>
                <td className="numeric">{format.number(file.bytes, 0)}</td>
                <td>
                  <button type="button" onClick={() => void download(file.name)}>
                    {texts.downloadStored(file.name)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="actions">
        <button type="button" onClick={retryStored}>
          {texts.retryStored}
        </button>{' '}
        <button type="button" onClick={() => setConfirming(true)}>
          {texts.startAfresh}
        </button>
      </p>
      <ConfirmDialog
        open={confirming}
        title={texts.startAfresh}
        body={texts.confirmStartAfresh}
        confirmLabel={texts.confirmDeleteAllYes}
        cancelLabel={texts.cancel}
        onConfirm={() => {
          setConfirming(false);
          void startAfresh();
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}

import { useLocale } from '../../i18n/locale';
import type { Storage } from '../../session/stored-data';

/** Where the data is kept, and a plain warning when it is not kept at all. */
export function StorageNotice({ storage }: { storage: Storage }) {
  const { t } = useLocale();
  if (storage === 'opfs') return <p className="muted">{t.datasets.storedHere}</p>;
  if (storage === 'read-only') return <p className="notice">{t.datasets.readOnly}</p>;
  return (
    <p className="notice">
      <strong>{storage === 'memory-other-tab' ? t.datasets.otherTab : t.datasets.notStored}</strong>
    </p>
  );
}

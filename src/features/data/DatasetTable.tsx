import { useMemo } from 'react';
import { useLocale } from '../../i18n/locale';
import type { Dataset } from '../../queries/datasets';

const INTL_TAG = { nb: 'nb-NO', en: 'en-GB' } as const;

interface DatasetTableProps {
  datasets: readonly Dataset[];
  disabled: boolean;
  /** Absent in a read-only build: no delete buttons. */
  onDelete?(dataset: Dataset): void;
}

/** One row per loaded dataset, with its counts and a delete button named after the file. */
export function DatasetTable({ datasets, disabled, onDelete }: DatasetTableProps) {
  const { t, locale, format } = useLocale();
  // Load times are shown in the reader's own time zone, with the time: several files a day is usual.
  const loadedAt = useMemo(
    () => new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'medium', timeStyle: 'short' }),
    [locale],
  );
  const count = (n: number) => format.number(n, 0);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t.datasets.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.datasets.file}</th>
            <th scope="col">{t.datasets.loadedAt}</th>
            <th scope="col">{t.datasets.rows}</th>
            <th scope="col">{t.datasets.replaced}</th>
            <th scope="col">{t.datasets.rejected}</th>
            <th scope="col">{t.datasets.issues}</th>
            {onDelete && <th scope="col">{t.datasets.action}</th>}
          </tr>
        </thead>
        <tbody>
          {datasets.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.source}
                {d.synthetic && <span className="muted"> – {t.datasets.synthetic}</span>}
              </th>
              <td>{loadedAt.format(d.loadedAt)}</td>
              <td className="numeric">
                {count(d.rows)}
                {d.currentRows < d.rows && (
                  <span className="muted"> ({t.datasets.rowsInUse(count(d.currentRows))})</span>
                )}
              </td>
              <td className="numeric">{count(d.replaced)}</td>
              <td className="numeric">{count(d.rejected)}</td>
              <td className="numeric">{count(d.issues)}</td>
              {onDelete && (
                <td>
                  <button
                    type="button"
                    aria-label={t.datasets.deleteLabel(d.source)}
                    disabled={disabled}
                    onClick={() => onDelete(d)}
                  >
                    {t.datasets.delete}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

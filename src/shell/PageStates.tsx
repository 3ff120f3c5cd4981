import type { ErrorComponentProps } from '@tanstack/react-router';
import { useLocale } from '../i18n/locale';

/** While a page's code loads (pages other than the overview load on their first visit). */
export function PagePending() {
  const { t } = useLocale();
  return (
    <p role="status" aria-busy="true" className="notice">
      {t.pageLoading}
    </p>
  );
}

/** A page that failed to draw: what happened, and the one thing that usually helps. */
export function PageError({ error }: ErrorComponentProps) {
  const { t } = useLocale();
  console.error(error);
  return (
    <div role="alert" className="notice">
      <p>{t.pageFailed}</p>
      <p className="muted">{String(error)}</p>
    </div>
  );
}

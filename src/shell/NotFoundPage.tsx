import { Link } from '@tanstack/react-router';
import { OverviewPage } from '../features/overview/OverviewPage';
import { useLocale } from '../i18n/locale';

/** An address the app does not know: say so, and show the overview rather than an error page. */
export function NotFoundPage() {
  const { t } = useLocale();
  return (
    <>
      <p role="status" className="notice url-notice">
        {t.url.unknownPage} <Link to="/">{t.url.toOverview}</Link>
      </p>
      <OverviewPage />
    </>
  );
}

import { useLocale } from '../i18n/locale';
import { useRejectedParameters } from '../url-state/hooks';

/** Says which parameters of the link were ignored: a bad link shows the default, never an error. */
export function UrlNotice() {
  const { t } = useLocale();
  const rejected = useRejectedParameters();
  if (rejected.length === 0) return null;
  return (
    <p role="status" className="notice url-notice">
      {t.url.rejected(rejected)}
    </p>
  );
}

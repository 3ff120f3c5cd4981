import { useLocale } from '../i18n/locale';
import { showsSyntheticData } from '../queries/datasets';
import { useDbQuery } from '../session/use-query';

/**
 * On every page while demo rows are loaded, so synthetic numbers are never taken for real
 * ones. Shown until the database says otherwise: the first view is drawn from the demo data.
 */
export function SyntheticNotice() {
  const { t } = useLocale();
  const synthetic = useDbQuery('synthetic data', showsSyntheticData);
  if (synthetic.status === 'done' && !synthetic.data) return null;
  return <p className="synthetic-notice">{t.syntheticNotice}</p>;
}

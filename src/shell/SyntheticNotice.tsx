import { useLocale } from '../i18n/locale';
import { useSyntheticData } from '../session/use-synthetic';

/** On every page while demo rows are loaded, so synthetic numbers are never taken for real. */
export function SyntheticNotice() {
  const { t } = useLocale();
  if (!useSyntheticData()) return null;
  return <p className="synthetic-notice">{t.syntheticNotice}</p>;
}

import { useLocale } from '../../i18n/locale';
import { usePageTitle } from '../../shell/page-title';
import { Scorecard } from './Scorecard';

/** The leaders' first page: every benefit's indicators for the chosen scope. */
export function OverviewPage() {
  const { t } = useLocale();
  usePageTitle(t.scorecard.heading);
  return <Scorecard />;
}

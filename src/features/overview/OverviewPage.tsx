import { useLocale } from '../../i18n/locale';
import { usePageTitle } from '../../shared/page-title';
import { Scorecard } from './Scorecard';
import { UncataloguedSection } from './UncataloguedSection';

/**
 * The leaders' first page: every benefit's indicators for the chosen scope, then any loaded
 * indicators the catalogue does not describe, by code.
 */
export function OverviewPage() {
  const { t } = useLocale();
  usePageTitle(t.scorecard.heading);
  return (
    <>
      <Scorecard />
      <UncataloguedSection />
    </>
  );
}

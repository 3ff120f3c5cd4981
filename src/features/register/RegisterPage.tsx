import { useLocale } from '../../i18n/locale';

/** The benefit map (area → benefit → indicator) with owners, dates and NOK realised vs plan. */
export function RegisterPage() {
  const { t } = useLocale();
  return (
    <section className="panel">
      <h2>{t.nav.register}</h2>
    </section>
  );
}

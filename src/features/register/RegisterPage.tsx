import { useId, useRef } from 'react';
import { useLocale } from '../../i18n/locale';
import { catalogue } from '../../session/reference';
import { usePageTitle } from '../../shared/page-title';
import { ScopeSelect } from '../../shared/ScopeSelect';
import { useAppSearch, useUpdateSearch } from '../../url-state/hooks';
import { BenefitMap } from './BenefitMap';
import { RealisationSection } from './RealisationSection';
import { benefitMap, openBenefit } from './register-model';
import './register.css';

/** The benefit map (area → benefit → indicator) with owners, dates and NOK realised vs plan. */
export function RegisterPage() {
  const { t, locale } = useLocale();
  const headingId = useId();
  const search = useAppSearch();
  const { benefit, unknown } = openBenefit(catalogue, search.benefit);
  // A "show in NOK" link in the map asks for focus on the NOK heading once the benefit opens.
  const focusRequest = useRef(false);
  const name = (item: { name_nb: string; name_en: string }) =>
    locale === 'nb' ? item.name_nb : item.name_en;
  usePageTitle(t.nav.register);
  return (
    <section aria-labelledby={headingId} className="panel register">
      <h2 id={headingId}>{t.nav.register}</h2>
      <p>{t.registerPage.intro}</p>
      {unknown !== null && (
        <p role="status" className="notice">
          {t.registerPage.unknownBenefit(unknown, name(benefit))}
        </p>
      )}
      <div className="controls">
        <BenefitSelect value={benefit.id} />
        <ScopeSelect />
      </div>
      <RealisationSection benefit={benefit} focusRequest={focusRequest} />
      <BenefitMap openId={benefit.id} focusRequest={focusRequest} />
    </section>
  );
}

/** Picks the benefit shown in NOK; every benefit is offered, grouped by area as in the map. */
function BenefitSelect({ value }: { value: string }) {
  const { t, locale } = useLocale();
  const id = useId();
  const update = useUpdateSearch();
  return (
    <>
      <label htmlFor={id}>{t.registerPage.benefitLabel}</label>
      <select id={id} value={value} onChange={(event) => update({ benefit: event.target.value })}>
        {benefitMap(catalogue).map(({ area, benefits }) => (
          <optgroup key={area} label={t.area[area]}>
            {benefits.map(({ benefit }) => (
              <option key={benefit.id} value={benefit.id}>
                {locale === 'nb' ? benefit.name_nb : benefit.name_en}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </>
  );
}

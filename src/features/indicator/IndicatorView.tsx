import { useId, useState } from 'react';
import type { Indicator } from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import { defaultOrganisations } from '../../domain/selection';
import { useLocale } from '../../i18n/locale';
import { fetchReportingOrganisations } from '../../queries/available';
import { fetchIndicatorView } from '../../queries/indicator-view';
import { firstView, precomputed } from '../../session/first-view';
import { catalogue, organisations } from '../../session/reference';
import { useDbQuery } from '../../session/use-query';
import { IndicatorFigure } from './IndicatorFigure';
import { OrganisationPicker } from './OrganisationPicker';

const FIRST_INDICATOR = catalogue.indicators[0];

/** Choose an indicator and organisations; see the series against baseline and target. */
export function IndicatorView() {
  const { t, locale } = useLocale();
  const selectId = useId();
  const [indicatorId, setIndicatorId] = useState(FIRST_INDICATOR?.id ?? '');
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const indicator = catalogue.indicators.find((i) => i.id === indicatorId);

  const reporting = useDbQuery(`reporting ${indicatorId}`, (db) =>
    fetchReportingOrganisations(db, indicatorId),
  );
  // Until DuckDB has answered, the build-time first view says who reports the first indicator.
  const reportingCodes = new Set(
    reporting.status === 'done'
      ? reporting.data
      : indicatorId === firstView.indicatorId
        ? firstView.reporting
        : [],
  );
  const available = organisations.filter((o) => reportingCodes.has(o.code));
  const selected = chosen[indicatorId] ?? defaultOrganisations(available);
  const selectedOrgs = organisations.filter((o) => selected.includes(o.code));

  return (
    <section aria-labelledby={`${selectId}-heading`} className="panel">
      <h2 id={`${selectId}-heading`}>{indicator?.[locale === 'nb' ? 'name_nb' : 'name_en']}</h2>
      <div className="controls">
        <label htmlFor={selectId}>{t.indicatorLabel}</label>
        <select id={selectId} value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)}>
          {catalogue.benefits.map((benefit) => (
            <optgroup key={benefit.id} label={locale === 'nb' ? benefit.name_nb : benefit.name_en}>
              {catalogue.indicators
                .filter((i) => i.benefit_id === benefit.id)
                .map((i) => (
                  <option key={i.id} value={i.id}>
                    {locale === 'nb' ? i.name_nb : i.name_en}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="indicator-layout">
        <OrganisationPicker
          organisations={available}
          selected={selected}
          onChange={(codes) => setChosen((all) => ({ ...all, [indicatorId]: codes }))}
        />
        {indicator !== undefined && <IndicatorResult indicator={indicator} orgs={selectedOrgs} />}
      </div>
    </section>
  );
}

function IndicatorResult({ indicator, orgs }: { indicator: Indicator; orgs: Organisation[] }) {
  const { t } = useLocale();
  const codes = orgs.map((o) => o.code);
  const result = useDbQuery(
    `series ${indicator.id} ${codes.join(',')}`,
    codes.length === 0 ? null : (db) => fetchIndicatorView(db, indicator, orgs, organisations),
  );
  if (codes.length === 0) return <p className="notice">{t.noOrganisations}</p>;
  if (result.status === 'error') return <p role="alert">{result.message}</p>;
  const fallback = precomputed(indicator.id, codes);
  const data =
    result.status === 'done'
      ? result.data
      : result.status === 'loading'
        ? (result.previous ?? fallback)
        : fallback;
  if (data === null) return <p aria-busy="true">…</p>;
  const baselineValue =
    indicator.baseline.method === 'value'
      ? indicator.baseline.value
      : (data.baseline?.value ?? null);
  return (
    <IndicatorFigure
      indicator={indicator}
      orgs={orgs}
      points={data.points}
      baseline={{ value: baselineValue, points: data.baseline?.points ?? null }}
      busy={result.status !== 'done'}
    />
  );
}

import { useId, useState } from 'react';
import { baselineWindows, programmeStart } from '../../domain/baseline';
import type { Indicator } from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import { useLocale } from '../../i18n/locale';
import { fetchReportingOrganisations } from '../../queries/available';
import { fetchBaseline, fetchSeries } from '../../queries/series';
import { catalogue, organisations } from '../../session/reference';
import { useDbQuery } from '../../session/use-query';
import { IndicatorFigure } from './IndicatorFigure';
import { OrganisationPicker } from './OrganisationPicker';

/** The earliest organisation to go live: the longest run of data after go-live. */
function defaultSelection(available: Organisation[]): string[] {
  const live = available.filter((o) => o.go_live !== null);
  const first = [...live].sort((a, b) => (a.go_live ?? '').localeCompare(b.go_live ?? ''))[0];
  return first === undefined ? available.slice(0, 1).map((o) => o.code) : [first.code];
}

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
  const reportingCodes = new Set(reporting.status === 'done' ? reporting.data : []);
  const available = organisations.filter((o) => reportingCodes.has(o.code));
  const selected = chosen[indicatorId] ?? defaultSelection(available);
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
    codes.length === 0
      ? null
      : async (db) => {
          const windows = baselineWindows(indicator.baseline, orgs, programmeStart(organisations));
          const [points, baseline] = await Promise.all([
            fetchSeries(db, indicator, codes),
            windows === null ? Promise.resolve(null) : fetchBaseline(db, indicator, windows),
          ]);
          return { points, baseline };
        },
  );
  if (codes.length === 0) return <p className="notice">{t.noOrganisations}</p>;
  if (result.status === 'error') return <p role="alert">{result.message}</p>;
  const data =
    result.status === 'done' ? result.data : result.status === 'loading' ? result.previous : null;
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
      busy={result.status === 'loading'}
    />
  );
}

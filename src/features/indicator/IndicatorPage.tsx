import { useNavigate, useParams } from '@tanstack/react-router';
import { useId } from 'react';
import type { Indicator } from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import { scopeMembers } from '../../domain/scope';
import { useLocale } from '../../i18n/locale';
import { fetchReportingOrganisations } from '../../queries/available';
import { fetchIndicatorView } from '../../queries/indicator-view';
import { catalogue, organisations } from '../../session/reference';
import { useDbQuery } from '../../session/use-query';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { useAppSearch, useUpdateSearch } from '../../url-state/hooks';
import { type AppSearch, scopeOf } from '../../url-state/search';
import { ScopeSelect } from '../scope/ScopeSelect';
import { scopeLabel } from '../scope/scope-options';
import { IndicatorFigure } from './IndicatorFigure';
import { OrganisationPicker } from './OrganisationPicker';
import { PeriodPicker } from './PeriodPicker';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * One indicator for the scope in the URL (or organisations picked one by one): the series
 * against baseline and target, and the numbers as a table.
 */
export function IndicatorPage() {
  const { indicatorId } = useParams({ from: '/indicator/$indicatorId' });
  const indicator = catalogue.indicators.find((i) => i.id === indicatorId);
  // A link to an indicator that is not in the catalogue: the default view, with a notice.
  if (indicator === undefined) return <NotFoundPage />;
  return <IndicatorSection indicator={indicator} />;
}

function IndicatorSection({ indicator }: { indicator: Indicator }) {
  const { t, locale } = useLocale();
  const selectId = useId();
  const navigate = useNavigate();
  const search = useAppSearch();
  const update = useUpdateSearch();

  const reporting = useDbQuery(`reporting ${indicator.id}`, (db) =>
    fetchReportingOrganisations(db, indicator.id),
  );
  const reportingCodes = new Set(reporting.status === 'done' ? reporting.data : []);
  const available = organisations.filter((o) => reportingCodes.has(o.code));
  const members =
    search.orgs === undefined
      ? scopeMembers(scopeOf(search.scope, today()), organisations, reportingCodes)
      : available.filter((o) => search.orgs?.includes(o.code));
  const selectionLabel =
    search.orgs === undefined ? scopeLabel(search.scope, t) : members.map((o) => o.name).join(', ');

  return (
    <section aria-labelledby={`${selectId}-heading`} className="panel">
      <h2 id={`${selectId}-heading`}>{locale === 'nb' ? indicator.name_nb : indicator.name_en}</h2>
      <div className="controls">
        <label htmlFor={selectId}>{t.indicatorLabel}</label>
        <select
          id={selectId}
          value={indicator.id}
          onChange={(event) =>
            void navigate({
              to: '/indicator/$indicatorId',
              params: { indicatorId: event.target.value },
              search: (previous: AppSearch) => previous,
            })
          }
        >
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
        <ScopeSelect clears={['orgs']} />
        <PeriodPicker />
      </div>
      <div className="indicator-layout">
        <OrganisationPicker
          organisations={available}
          selected={members.map((o) => o.code)}
          onChange={(codes) => update({ orgs: codes.length === 0 ? undefined : codes })}
        />
        {reporting.status === 'error' ? (
          <p role="alert">{reporting.message}</p>
        ) : reporting.status !== 'done' ? (
          <p aria-busy="true">{t.dbStarting}</p>
        ) : (
          <IndicatorResult indicator={indicator} orgs={members} label={selectionLabel} />
        )}
      </div>
    </section>
  );
}

interface ResultProps {
  indicator: Indicator;
  orgs: Organisation[];
  /** What the combination is called: the scope's name, or the picked organisations. */
  label: string;
}

function IndicatorResult({ indicator, orgs, label }: ResultProps) {
  const { t } = useLocale();
  const { from, to } = useAppSearch();
  const codes = orgs.map((o) => o.code);
  const result = useDbQuery(
    `series ${indicator.id} ${codes.join(',')}`,
    codes.length === 0 ? null : (db) => fetchIndicatorView(db, indicator, orgs, organisations),
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
  // The period narrows what is drawn; the baseline keeps its own window, whatever the period.
  const points = data.points.filter(
    (p) =>
      (from === undefined || p.period_start.slice(0, 7) >= from) &&
      (to === undefined || p.period_start.slice(0, 7) <= to),
  );
  return (
    <IndicatorFigure
      indicator={indicator}
      orgs={orgs}
      label={label}
      points={points}
      baseline={{ value: baselineValue, points: data.baseline?.points ?? null }}
      busy={result.status !== 'done'}
    />
  );
}

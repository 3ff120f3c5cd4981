import { Fragment, useId, useState } from 'react';
import type { Scope } from '../../domain/scope';
import { useLocale } from '../../i18n/locale';
import { fetchScorecard, type ScorecardRow } from '../../queries/scorecard';
import { catalogue, organisations } from '../../session/reference';
import { useDbQuery } from '../../session/use-query';
import { Sparkline } from './Sparkline';
import { AssuranceLabel, StatusLabel, VariationLabel } from './SpcLabels';

const TRUSTS = organisations.filter((o) => o.type === 'health_trust');
const today = () => new Date().toISOString().slice(0, 10);

/** The scopes a leader can pick, keyed for the select. */
function scopeOptions(
  t: ReturnType<typeof useLocale>['t'],
): { key: string; label: string; scope: Scope }[] {
  return [
    { key: 'region', label: t.scope.region, scope: { kind: 'region' } },
    ...TRUSTS.map((trust) => ({
      key: `catchment:${trust.code}`,
      label: t.scope.catchment(trust.name),
      scope: { kind: 'catchment', trust: trust.code } as const,
    })),
    { key: 'live', label: t.scope.live, scope: { kind: 'live_group', at: today(), live: true } },
    {
      key: 'not-live',
      label: t.scope.notLive,
      scope: { kind: 'live_group', at: today(), live: false },
    },
  ];
}

/** Area → benefit → indicator, each indicator assessed over the chosen scope. */
export function Scorecard() {
  const { t, locale } = useLocale();
  const selectId = useId();
  const headingId = useId();
  const options = scopeOptions(t);
  const [key, setKey] = useState('region');
  const chosen = options.find((o) => o.key === key) ?? options[0];
  const result = useDbQuery(`scorecard ${key}`, (db) =>
    fetchScorecard(db, catalogue, organisations, chosen?.scope ?? { kind: 'region' }),
  );
  const rows =
    result.status === 'done' ? result.data : result.status === 'loading' ? result.previous : null;
  const name = (item: { name_nb: string; name_en: string }) =>
    locale === 'nb' ? item.name_nb : item.name_en;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t.scorecard.heading}</h2>
      <div className="controls">
        <label htmlFor={selectId}>{t.scope.label}</label>
        <select id={selectId} value={key} onChange={(e) => setKey(e.target.value)}>
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {rows === null ? (
        <p aria-busy="true">{t.dbStarting}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1).
        <section className="table-wide" aria-label={t.scorecard.heading} tabIndex={0}>
          <table className="data-table scorecard" aria-busy={result.status !== 'done'}>
            <caption>{t.scorecard.caption(chosen?.label ?? '')}</caption>
            <thead>
              <tr>
                {t.scorecard.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {catalogue.benefits.map((benefit) => (
                <Fragment key={benefit.id}>
                  <tr className="scorecard__benefit">
                    <th scope="colgroup" colSpan={t.scorecard.columns.length}>
                      {t.area[benefit.area]} – {name(benefit)}
                    </th>
                  </tr>
                  {rows
                    .filter((row) => row.indicator.benefit_id === benefit.id)
                    .map((row) => (
                      <IndicatorRow key={row.indicator.id} row={row} name={name(row.indicator)} />
                    ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

function IndicatorRow({ row, name }: { row: ScorecardRow; name: string }) {
  const { t, format } = useLocale();
  const a = row.assessment;
  const unit = row.indicator.unit;
  if (a === null) {
    return (
      <tr>
        <th scope="row">{name}</th>
        <td colSpan={t.scorecard.columns.length - 1} className="muted">
          {t.scorecard.noData}
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">
        {name} <span className="muted">({t.scorecard.members(row.members)})</span>
      </th>
      <td className="numeric">
        {a.baseline.value === null ? t.baselineNone : format.measure(a.baseline.value, unit)}
      </td>
      <td className="numeric">{format.measure(a.current.value, unit)}</td>
      <td>
        <StatusLabel status={a.status} />
        {a.change !== null && ` (${format.number(a.change.absolute, 1)})`}
      </td>
      <td className="numeric">
        {a.targetMetAtBaseline
          ? t.scorecard.metAtBaseline
          : a.progress === null
            ? '–'
            : `${format.number(a.progress * 100, 0)} %`}
      </td>
      <td>
        <VariationLabel icon={a.spc?.variation ?? null} />
      </td>
      <td>
        <AssuranceLabel icon={a.spc?.assurance ?? null} />
      </td>
      <td>
        <Sparkline points={row.recent} />
      </td>
    </tr>
  );
}

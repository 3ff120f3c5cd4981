import { Link } from '@tanstack/react-router';
import { Fragment, useId } from 'react';
import { ColumnHeads } from '../../components/ColumnHeads';
import { useLocale } from '../../i18n/locale';
import { fetchScorecard, type ScorecardRow } from '../../queries/scorecard';
import { dbKeys } from '../../session/db-keys';
import { useDbQuery } from '../../session/db-query';
import { firstView } from '../../session/first-view';
import { knownOrganisations } from '../../session/national-register-loader';
import { catalogue } from '../../session/reference';
import { AssessmentCells } from '../../shared/AssessmentCells';
import { ScopeSelect } from '../../shared/ScopeSelect';
import { scopeLabel } from '../../shared/scope-options';
import { useAppSearch } from '../../url-state/hooks';
import { scopeOf } from '../../url-state/search';

const today = () => new Date().toISOString().slice(0, 10);

/** The build-time scorecard of the whole region, shown until DuckDB has answered. */
const precomputedRegion: ScorecardRow[] = firstView.scorecard.flatMap(({ indicatorId, ...row }) => {
  const indicator = catalogue.indicators.find((i) => i.id === indicatorId);
  return indicator === undefined ? [] : [{ indicator, ...row }];
});

/** Area → benefit → indicator, each indicator assessed over the chosen scope. */
export function Scorecard() {
  const { t, locale } = useLocale();
  const headingId = useId();
  const { scope } = useAppSearch();
  const day = today();
  const result = useDbQuery(
    dbKeys.observations('scorecard', scope, day),
    (db) => fetchScorecard(db, catalogue, knownOrganisations(), scopeOf(scope, day)),
    { keepPrevious: true },
  );
  const rows = result.data ?? (scope === 'region' ? precomputedRegion : null);
  const name = (item: { name_nb: string; name_en: string }) =>
    locale === 'nb' ? item.name_nb : item.name_en;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t.scorecard.heading}</h2>
      <div className="controls">
        <ScopeSelect />
      </div>
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {rows === null ? (
        <p aria-busy="true">{t.dbStarting}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1).
        <section className="table-wide" aria-label={t.scorecard.heading} tabIndex={0}>
          <table className="data-table scorecard" aria-busy={result.status !== 'done'}>
            <caption>{t.scorecard.caption(scopeLabel(scope, t))}</caption>
            <ColumnHeads columns={t.scorecard.columns} />
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
        <th scope="row">
          <IndicatorLink row={row} name={name} />
        </th>
        <td colSpan={t.scorecard.columns.length - 1} className="muted">
          {t.scorecard.noData}
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">
        <IndicatorLink row={row} name={name} />{' '}
        <span className="muted">({t.scorecard.members(row.members)})</span>
      </th>
      <td className="numeric">
        {a.baseline.value === null ? t.baselineNone : format.measure(a.baseline.value, unit)}
      </td>
      <AssessmentCells row={row} assessment={a} />
    </tr>
  );
}

/** Drills down to the indicator page, keeping the scope (the router carries it). */
function IndicatorLink({ row, name }: { row: ScorecardRow; name: string }) {
  return (
    <Link to="/indicator/$indicatorId" params={{ indicatorId: row.indicator.id }}>
      {name}
    </Link>
  );
}

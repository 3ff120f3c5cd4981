import { memo, useId } from 'react';
import type { Indicator } from '../../domain/catalogue';
import {
  DEFAULT_ROLLOUT_OPTIONS,
  type RolloutComparison,
  type RolloutResult,
} from '../../domain/rollout/types';
import { useLocale } from '../../i18n/locale';
import { compareRollout } from '../../queries/rollout';
import { dbKeys } from '../../session/db-keys';
import { organisations } from '../../session/reference';
import { formatChange } from './texts';
import { SETTLE_MS, SETTLE_OFF_SCREEN_MS, useInView, useSettledQuery } from './use-settled-query';

const TONE = { improvement: 'good', concern: 'bad', inconclusive: 'plain' } as const;

/**
 * "Did the new record cause it?": the difference-in-differences estimate of the go-live effect,
 * in the indicator's unit with its interval, what that means, what it rests on and its caveats.
 * Region-wide whatever the selection: the comparison needs every not-yet-live organisation.
 * Memoised, as it depends on the indicator alone and the page re-renders on every choice.
 */
export const RolloutPanel = memo(function RolloutPanel({ indicator }: { indicator: Indicator }) {
  const { t } = useLocale();
  const text = t.indicatorPage.rollout;
  const headingId = useId();
  const [ref, inView] = useInView<HTMLElement>();
  const { result, stale } = useSettledQuery<RolloutResult>(
    dbKeys.indicator(indicator.id, 'rollout'),
    (db) => compareRollout(db, indicator, organisations),
    inView ? SETTLE_MS : SETTLE_OFF_SCREEN_MS,
  );
  // A result for another indicator is never shown, not even dimmed: it would answer the wrong question.
  const data = !stale && result.status === 'done' ? result.data : null;
  return (
    <section
      ref={ref}
      className="analysis rollout"
      aria-labelledby={headingId}
      aria-busy={data === null}
    >
      <h3 id={headingId}>{text.heading}</h3>
      <p className="muted">{text.intro}</p>
      {result.status === 'error' && !stale ? (
        <p role="alert">{text.failed(result.message)}</p>
      ) : data === null ? (
        <p>{text.loading}</p>
      ) : data.ok ? (
        <Estimate indicator={indicator} comparison={data.data} />
      ) : (
        <dl className="analysis__facts">
          <div>
            <dt>{text.refusedLabel}</dt>
            <dd>{text.refusal[data.error.reason]}</dd>
          </div>
          <div>
            <dt>{text.groupsLabel}</dt>
            <dd>
              {text.refusalCounts(
                data.error.treatedCount,
                data.error.comparisonCount,
                DEFAULT_ROLLOUT_OPTIONS.minComparison,
              )}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
});

function Estimate({
  indicator,
  comparison,
}: {
  indicator: Indicator;
  comparison: RolloutComparison;
}) {
  const { t, format, locale } = useLocale();
  const text = t.indicatorPage.rollout;
  const { estimate, interval, reading, options } = comparison;
  const level = format.number(interval.level * 100, 0);
  const change = (value: number) => formatChange(format, t, value, indicator.unit);
  const bare = (value: number) => formatChange(format, t, value, indicator.unit, false);
  return (
    <>
      <dl className="analysis__facts">
        <div>
          <dt>{text.estimateLabel}</dt>
          <dd className="analysis__estimate">
            {text.estimate(change(estimate), level, bare(interval.lower), bare(interval.upper))}
            <span className="muted">
              {' '}
              ({indicator.direction === 'higher_is_better' ? t.directionHigher : t.directionLower})
            </span>
          </dd>
        </div>
        <div>
          <dt>{text.readingLabel}</dt>
          <dd className={`signal signal--${TONE[reading.reading]}`}>
            {text.reading[reading.reading]}
          </dd>
        </div>
        <div>
          <dt>{text.groupsLabel}</dt>
          <dd>
            {text.groups(comparison.treatedCount, comparison.comparisonCount)}{' '}
            {text.windows(options.beforeMonths, options.skipMonths, options.afterMonths)}
          </dd>
        </div>
      </dl>
      <p className="muted">{text.intervalNote(level)}</p>
      <h4>{text.caveats}</h4>
      <ul className="analysis__caveats">
        {comparison.caveats.map((caveat) => (
          <li key={caveat.code}>{caveat[locale]}</li>
        ))}
      </ul>
    </>
  );
}

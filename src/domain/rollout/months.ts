/**
 * Month arithmetic of the rollout comparison: months as plain integers, month 0 of a go-live and
 * the before/after windows of a treated organisation.
 */

import { DEFAULT_ROLLOUT_OPTIONS, type RolloutOptions, type RolloutWindows } from './types';

/** Months since year 0 for a `YYYY-MM…` date: months become plain integers. */
export const monthIndex = (iso: string): number =>
  Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** The ISO month start of a month index. */
export function monthStartOf(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/**
 * Month 0 of a go-live: its own month if it falls on day 1–15, else the next — the rule the demo
 * data follows (datasets/README.md), so a 27 April go-live first counts in May.
 */
export function firstLiveMonth(goLive: string): number {
  return monthIndex(goLive) + (Number(goLive.slice(8, 10)) > 15 ? 1 : 0);
}

/**
 * The before and after windows of a go-live. Before = the `beforeMonths` whole months before the
 * go-live month, exactly as `baselineWindows` (the go-live month itself is disturbed). After =
 * months `skip` … `skip + afterMonths − 1` counted from month 0, past the first disruption.
 */
export function rolloutWindows(
  goLive: string,
  options: Pick<RolloutOptions, 'beforeMonths' | 'skipMonths' | 'afterMonths'> = {},
): RolloutWindows {
  const before = options.beforeMonths ?? DEFAULT_ROLLOUT_OPTIONS.beforeMonths;
  const skip = options.skipMonths ?? DEFAULT_ROLLOUT_OPTIONS.skipMonths;
  const after = options.afterMonths ?? DEFAULT_ROLLOUT_OPTIONS.afterMonths;
  const goLiveMonth = monthIndex(goLive);
  const month0 = firstLiveMonth(goLive);
  return {
    month0: monthStartOf(month0),
    before: { from: monthStartOf(goLiveMonth - before), to: monthStartOf(goLiveMonth) },
    after: { from: monthStartOf(month0 + skip), to: monthStartOf(month0 + skip + after) },
  };
}

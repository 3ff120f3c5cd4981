/**
 * Pooling of organisation-month rows: the pooling rule of an indicator, one organisation's cell
 * in a window, and the pooled value and change of a group of cells.
 */

import type { Indicator } from '../catalogue';
import type { RolloutRow } from './types';

/**
 * One organisation's contribution to a window, as a ratio part: the pooled value of a group is
 * Σnum / Σden (× the rate multiplier). Rate: (Σnumerator, Σdenominator), so a group is pooled as
 * Σn/Σd over organisations and months. Weighted mean: (Σvalue·denominator, Σdenominator). Sum and
 * unweighted mean: (the organisation's mean per month, 1), so the group is the mean per month per
 * organisation and a missing month does not count as zero.
 */
export interface WindowCell {
  num: number;
  den: number;
  /** Months with a usable number. */
  months: number;
}

/** How an indicator's cells are pooled: fixed once per analysis, so both windows agree. */
export type PoolingRule = 'ratio' | 'weighted_mean' | 'org_mean';

/**
 * The pooling rule of an indicator over some rows. A mean is weighted by its denominator only if
 * every row with a value has one; deciding per window could switch rules between before and after.
 */
export function poolingRule(indicator: Indicator, rows: readonly RolloutRow[]): PoolingRule {
  switch (indicator.aggregation) {
    case 'rate':
      return 'ratio';
    case 'sum':
      return 'org_mean';
    case 'mean':
      return rows.every((r) => r.value === null || r.denominator !== null)
        ? 'weighted_mean'
        : 'org_mean';
  }
}

/** Whether a row carries what the pooling rule needs (suppressed and empty cells do not). */
function usable(rule: PoolingRule, row: RolloutRow): boolean {
  switch (rule) {
    case 'ratio':
      return row.numerator !== null && row.denominator !== null;
    case 'weighted_mean':
      return row.value !== null && row.denominator !== null;
    case 'org_mean':
      return row.value !== null;
  }
}

/** An organisation's cell over the months [from, to) of its rows (keyed by month index). */
export function windowCell(
  rule: PoolingRule,
  byMonth: ReadonlyMap<number, RolloutRow>,
  from: number,
  to: number,
): WindowCell {
  let num = 0;
  let den = 0;
  let months = 0;
  for (let m = from; m < to; m++) {
    const row = byMonth.get(m);
    if (row === undefined || !usable(rule, row)) continue;
    months++;
    if (rule === 'ratio') {
      num += row.numerator ?? 0;
      den += row.denominator ?? 0;
    } else if (rule === 'weighted_mean') {
      num += (row.value ?? 0) * (row.denominator ?? 0);
      den += row.denominator ?? 0;
    } else {
      num += row.value ?? 0;
    }
  }
  if (rule === 'org_mean')
    return { num: months > 0 ? num / months : 0, den: months > 0 ? 1 : 0, months };
  return { num, den, months };
}

/** Σnum / Σden over cells with multiplicities, or null when the denominator is 0. */
export function pooledValue(
  cells: readonly { cell: WindowCell; times: number }[],
  multiplier: number,
): number | null {
  let num = 0;
  let den = 0;
  for (const { cell, times } of cells) {
    num += cell.num * times;
    den += cell.den * times;
  }
  return den > 0 ? (num / den) * multiplier : null;
}

/** after − before of a group pooled over its organisations, or null if a window has no data. */
export function pooledChange(
  before: readonly WindowCell[],
  after: readonly WindowCell[],
  multiplier: number,
): number | null {
  const b = pooledValue(
    before.map((cell) => ({ cell, times: 1 })),
    multiplier,
  );
  const a = pooledValue(
    after.map((cell) => ({ cell, times: 1 })),
    multiplier,
  );
  return a === null || b === null ? null : a - b;
}

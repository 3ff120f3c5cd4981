/**
 * The treated unit and the combined (weighted mean) estimate over treated units and comparison
 * organisations drawn with given multiplicities — shared by the point estimate (every
 * multiplicity 1) and each bootstrap replicate.
 */

import type { Organisation } from '../organisations';
import { pooledValue, type WindowCell } from './pooling';
import type { RolloutWindows } from './types';

/** A treated organisation ready for estimation (and resampling). */
export interface TreatedUnit {
  org: Organisation;
  goLive: string;
  windows: RolloutWindows;
  before: WindowCell;
  after: WindowCell;
  weight: number;
  /** Its comparison organisations, as indices into the pool, with their cells in its windows. */
  comparison: { pool: number; before: WindowCell; after: WindowCell }[];
}

/** The combined estimate for given multiplicities of treated units and pool organisations. */
export function combinedEstimate(
  units: readonly TreatedUnit[],
  unitTimes: readonly number[],
  poolTimes: readonly number[],
  multiplier: number,
): { estimate: number; treatedChange: number; comparisonChange: number } | null {
  let weightSum = 0;
  let treatedSum = 0;
  let comparisonSum = 0;
  units.forEach((unit, i) => {
    const times = unitTimes[i] ?? 0;
    if (times === 0) return;
    const change = groupChange(unit, poolTimes, multiplier);
    if (change === null) return;
    const treated = treatedChangeOf(unit, multiplier);
    const w = unit.weight * times;
    weightSum += w;
    treatedSum += w * treated;
    comparisonSum += w * change;
  });
  if (weightSum === 0) return null;
  const treatedChange = treatedSum / weightSum;
  const comparisonChange = comparisonSum / weightSum;
  return { estimate: treatedChange - comparisonChange, treatedChange, comparisonChange };
}

/** A treated unit's own change; its cells always have data (coverage was checked). */
function treatedChangeOf(unit: TreatedUnit, multiplier: number): number {
  return (
    (pooledValue([{ cell: unit.after, times: 1 }], multiplier) ?? 0) -
    (pooledValue([{ cell: unit.before, times: 1 }], multiplier) ?? 0)
  );
}

/** The pooled change of a unit's comparison group under pool multiplicities. */
function groupChange(
  unit: TreatedUnit,
  poolTimes: readonly number[],
  multiplier: number,
): number | null {
  const drawn = unit.comparison.filter((c) => (poolTimes[c.pool] ?? 0) > 0);
  const before = pooledValue(
    drawn.map((c) => ({ cell: c.before, times: poolTimes[c.pool] ?? 0 })),
    multiplier,
  );
  const after = pooledValue(
    drawn.map((c) => ({ cell: c.after, times: poolTimes[c.pool] ?? 0 })),
    multiplier,
  );
  return before === null || after === null ? null : after - before;
}

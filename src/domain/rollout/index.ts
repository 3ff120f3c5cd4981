/**
 * "Did the new record cause it?" A difference-in-differences comparison that uses the staged
 * rollout: organisations not yet live serve as the comparison group for those already live.
 *
 * For each treated organisation i (live, with complete windows):
 *   Δtreated_i    = value(i, after_i) − value(i, before_i)
 *   Δcomparison_i = pooled(C_i, after_i) − pooled(C_i, before_i)
 *   effect_i      = Δtreated_i − Δcomparison_i
 * where C_i are the organisations of the same type still not live when i's after window ends,
 * over i's own calendar months. The estimate is the weighted mean of effect_i. Uncertainty comes
 * from a seeded cluster bootstrap over organisations. Pure: no I/O, no clock, no Math.random.
 *
 * This index re-exports exactly what the single-file module `domain/rollout.ts` exported, so
 * importers of `domain/rollout` are unchanged. The modules, one job each: types (shapes and
 * defaults), months (month indices and windows), pooling (cells and pooled values), combined (the
 * weighted estimate over treated units), bootstrap (the interval), reading (reading and caveats),
 * design (treated units and comparison groups), estimate (estimateRolloutEffect).
 */

// biome-ignore lint/performance/noBarrelFile: the one entry point of the split module, so importers of `domain/rollout` stay unchanged; named re-exports only.
export { quantileSorted } from './bootstrap';
export { estimateRolloutEffect } from './estimate';
export { firstLiveMonth, monthIndex, monthStartOf, rolloutWindows } from './months';
export {
  type PoolingRule,
  pooledChange,
  pooledValue,
  poolingRule,
  type WindowCell,
  windowCell,
} from './pooling';
export { readEstimate, rolloutCaveats } from './reading';
export {
  type BootstrapInterval,
  DEFAULT_ROLLOUT_OPTIONS,
  type Exclusion,
  type ExclusionReason,
  type MonthWindow,
  type ReadingResult,
  type ResolvedOptions,
  type RolloutCaveat,
  type RolloutCaveatCode,
  type RolloutComparison,
  type RolloutOptions,
  type RolloutReading,
  type RolloutRefusal,
  type RolloutResult,
  type RolloutRow,
  type RolloutWindows,
  type TreatedEffect,
} from './types';

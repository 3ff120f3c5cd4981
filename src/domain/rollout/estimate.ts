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
 * This module is the entry point: estimateRolloutEffect resolves the options, builds the design,
 * and assembles the comparison — estimate, bootstrap interval, reading, per-organisation
 * breakdown and caveats — or a refusal. The folder's other modules, one job each: types (shapes
 * and defaults), months (month indices and windows), pooling (cells and pooled values),
 * combined (the weighted estimate over treated units), bootstrap (the interval), reading
 * (reading and caveats), design (treated units and comparison groups).
 */

import { type Indicator, rateMultiplier } from '../catalogue';
import type { Organisation } from '../organisations';
import { fail, ok } from '../result';
import { bootstrapInterval } from './bootstrap';
import { combinedEstimate, type TreatedUnit } from './combined';
import { buildDesign, indexRows, type Setup } from './design';
import { pooledValue, poolingRule, type WindowCell } from './pooling';
import { readEstimate, rolloutCaveats } from './reading';
import {
  DEFAULT_ROLLOUT_OPTIONS,
  type ResolvedOptions,
  type RolloutOptions,
  type RolloutRefusal,
  type RolloutResult,
  type RolloutRow,
  type TreatedEffect,
} from './types';

/** Fills in defaults and rejects options that are programming errors, not data problems. */
function resolveOptions(options: RolloutOptions): ResolvedOptions {
  const resolved: ResolvedOptions = { ...DEFAULT_ROLLOUT_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(resolved, { [key]: value });
  }
  const positiveInts = [resolved.beforeMonths, resolved.afterMonths, resolved.replicates];
  if (!positiveInts.every((n) => Number.isInteger(n) && n >= 1)) {
    throw new RangeError('rollout: window lengths and replicates must be integers ≥ 1');
  }
  if (!Number.isInteger(resolved.skipMonths) || resolved.skipMonths < 0) {
    throw new RangeError('rollout: skipMonths must be an integer ≥ 0');
  }
  if (!(resolved.level > 0 && resolved.level < 1)) {
    throw new RangeError('rollout: level must lie strictly between 0 and 1');
  }
  if (!(resolved.minCoverage >= 0 && resolved.minCoverage <= 1)) {
    throw new RangeError('rollout: minCoverage must lie between 0 and 1');
  }
  return resolved;
}

/** The most common parent among organisations, for the "groups differ" caveat. */
function largestParent(
  orgs: readonly Organisation[],
  all: readonly Organisation[],
): { name: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const org of orgs) {
    if (org.parent !== null) counts.set(org.parent, (counts.get(org.parent) ?? 0) + 1);
  }
  const [code, count] =
    [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (code === undefined || count === undefined) return null;
  return { name: all.find((o) => o.code === code)?.name ?? code, count };
}

/** Comparison organisations counted by parent, largest group first. */
function countByParent(pool: readonly Organisation[]) {
  const counts = new Map<string | null, number>();
  for (const org of pool) counts.set(org.parent, (counts.get(org.parent) ?? 0) + 1);
  return [...counts]
    .map(([parent, count]) => ({ parent, count }))
    .sort((a, b) => b.count - a.count || String(a.parent).localeCompare(String(b.parent)));
}

/**
 * The difference-in-differences estimate of the go-live effect on one indicator, with its
 * bootstrap interval, reading and caveats; or a refusal when the design cannot support one.
 * Comparison organisations are of the same type as the treated one (municipalities are compared
 * with municipalities, trusts with trusts) and not live before its after window ends.
 */
export function estimateRolloutEffect(
  rows: readonly RolloutRow[],
  organisations: readonly Organisation[],
  indicator: Indicator,
  options: RolloutOptions = {},
): RolloutResult {
  const opts = resolveOptions(options);
  const byOrg = indexRows(rows, opts.asOf);
  const setup: Setup = {
    opts,
    rule: poolingRule(indicator, rows),
    multiplier: indicator.aggregation === 'rate' ? rateMultiplier(indicator.unit) : 1,
    byOrg,
    reporting: organisations.filter((o) => byOrg.has(o.code)),
  };
  const { units, pool, excluded, complete, largestGroup } = buildDesign(setup);
  const refuse = (reason: RolloutRefusal): RolloutResult =>
    fail({ reason, treatedCount: complete, comparisonCount: largestGroup, excluded });
  if (complete === 0) return refuse('no_treated');
  if (units.length === 0) return refuse('too_few_comparison');

  const whole = combinedEstimate(
    units,
    units.map(() => 1),
    pool.map(() => 1),
    setup.multiplier,
  );
  // Unreachable with the checks above (every unit has data and comparisons), kept for the types.
  if (whole === null) return refuse('no_treated');
  const interval = bootstrapInterval(units, pool.length, setup.multiplier, opts);
  const groupSizes = units.map((u) => u.comparison.length);
  const fewest = Math.min(...groupSizes);
  // Those in every comparison (in practice the never-live) shape all the estimates.
  const core = pool.filter((_, j) => units.every((u) => u.comparison.some((c) => c.pool === j)));
  return ok({
    indicatorId: indicator.id,
    ...whole,
    interval,
    reading: readEstimate(indicator.direction, whole.estimate, interval),
    weighting: setup.rule === 'org_mean' ? 'equal' : 'before_denominator',
    treatedCount: units.length,
    comparisonCount: pool.length,
    comparisonPerTreated: { min: fewest, max: Math.max(...groupSizes) },
    comparisonByParent: countByParent(pool),
    treated: units.map((unit) => describeUnit(unit, pool, setup.multiplier)),
    excluded,
    caveats: rolloutCaveats(units.length, pool.length, fewest, {
      total: core.length,
      largest: largestParent(core, organisations),
    }),
    options: opts,
  });
}

/** The per-organisation breakdown shown next to the combined estimate. */
function describeUnit(
  unit: TreatedUnit,
  pool: readonly Organisation[],
  multiplier: number,
): TreatedEffect {
  const value = (cells: WindowCell[]) =>
    pooledValue(
      cells.map((cell) => ({ cell, times: 1 })),
      multiplier,
    ) ?? Number.NaN;
  const treatedBefore = value([unit.before]);
  const treatedAfter = value([unit.after]);
  const comparisonBefore = value(unit.comparison.map((c) => c.before));
  const comparisonAfter = value(unit.comparison.map((c) => c.after));
  const treatedChange = treatedAfter - treatedBefore;
  const comparisonChange = comparisonAfter - comparisonBefore;
  return {
    orgCode: unit.org.code,
    goLive: unit.goLive,
    windows: unit.windows,
    treatedBefore,
    treatedAfter,
    treatedChange,
    comparisonBefore,
    comparisonAfter,
    comparisonChange,
    effect: treatedChange - comparisonChange,
    weight: unit.weight,
    comparisonCodes: unit.comparison.map((c) => pool[c.pool]?.code ?? ''),
  };
}

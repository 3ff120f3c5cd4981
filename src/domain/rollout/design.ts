/**
 * The design of the rollout comparison: rows indexed by organisation and month, the treated
 * organisations with complete windows, each one's comparison group (same type, not yet live),
 * and why live organisations are left out.
 */

import type { Organisation } from '../organisations';
import type { TreatedUnit } from './combined';
import { monthIndex, rolloutWindows } from './months';
import { type PoolingRule, type WindowCell, windowCell } from './pooling';
import type { Exclusion, ResolvedOptions, RolloutRow, RolloutWindows } from './types';

/** Rows by organisation and month index, keeping only months that start before `asOf`. */
export function indexRows(
  rows: readonly RolloutRow[],
  asOf: string | null,
): Map<string, Map<number, RolloutRow>> {
  const byOrg = new Map<string, Map<number, RolloutRow>>();
  for (const row of rows) {
    if (asOf !== null && row.periodStart >= asOf) continue;
    let months = byOrg.get(row.orgCode);
    if (months === undefined) {
      months = new Map();
      byOrg.set(row.orgCode, months);
    }
    months.set(monthIndex(row.periodStart), row);
  }
  return byOrg;
}

/** An organisation's cells in a pair of windows, or null if it misses too many months. */
function cellsIn(
  rule: PoolingRule,
  byMonth: ReadonlyMap<number, RolloutRow> | undefined,
  windows: RolloutWindows,
  minCoverage: number,
): { before: WindowCell; after: WindowCell } | null {
  if (byMonth === undefined) return null;
  const [bFrom, bTo] = [monthIndex(windows.before.from), monthIndex(windows.before.to)];
  const [aFrom, aTo] = [monthIndex(windows.after.from), monthIndex(windows.after.to)];
  const before = windowCell(rule, byMonth, bFrom, bTo);
  const after = windowCell(rule, byMonth, aFrom, aTo);
  const enough = (cell: WindowCell, length: number) =>
    cell.months > 0 && cell.den > 0 && cell.months >= Math.ceil(minCoverage * length);
  return enough(before, bTo - bFrom) && enough(after, aTo - aFrom) ? { before, after } : null;
}

/** What the estimation works on once rows are indexed and options resolved. */
export interface Setup {
  opts: ResolvedOptions;
  rule: PoolingRule;
  multiplier: number;
  byOrg: Map<string, Map<number, RolloutRow>>;
  /** Organisations that report the indicator. */
  reporting: Organisation[];
}

/** Treated units with their comparison groups, the pool they draw from, and who was left out. */
interface Design {
  units: TreatedUnit[];
  pool: Organisation[];
  excluded: Exclusion[];
  /** Live organisations with complete windows, before the comparison check. */
  complete: number;
  largestGroup: number;
}

/** Live organisations whose after window has ended by the analysis date (end = exclusive month). */
function treatedCandidates(setup: Setup, end: number, excluded: Exclusion[]) {
  const { opts, reporting } = setup;
  return reporting.flatMap((org) => {
    const goLive = org.go_live;
    if (goLive === null || (opts.asOf !== null && goLive >= opts.asOf)) return [];
    const windows = rolloutWindows(goLive, opts);
    if (monthIndex(windows.after.to) <= end) return [{ org, goLive, windows }];
    excluded.push({ orgCode: org.code, reason: 'after_window_incomplete' });
    return [];
  });
}

/**
 * Organisations of the treated one's type that are not yet live when its after window ends (go-live
 * on or after the window's end, or never), and that report enough of both windows.
 */
function comparisonFor(setup: Setup, org: Organisation, windows: RolloutWindows) {
  return setup.reporting.flatMap((other) => {
    if (other.type !== org.type) return [];
    if (other.go_live !== null && other.go_live < windows.after.to) return [];
    const cells = cellsIn(setup.rule, setup.byOrg.get(other.code), windows, setup.opts.minCoverage);
    return cells === null ? [] : [{ other, ...cells }];
  });
}

/** Builds the treated units and the comparison pool; records why organisations are left out. */
export function buildDesign(setup: Setup): Design {
  const months = [...setup.byOrg.values()].flatMap((m) => [...m.keys()]);
  const end = months.length === 0 ? 0 : Math.max(...months) + 1;
  const design: Design = { units: [], pool: [], excluded: [], complete: 0, largestGroup: 0 };
  const poolIndex = new Map<string, number>();
  const indexOf = (other: Organisation) => {
    let index = poolIndex.get(other.code);
    if (index === undefined) {
      index = design.pool.push(other) - 1;
      poolIndex.set(other.code, index);
    }
    return index;
  };
  for (const { org, goLive, windows } of treatedCandidates(setup, end, design.excluded)) {
    const own = cellsIn(setup.rule, setup.byOrg.get(org.code), windows, setup.opts.minCoverage);
    if (own === null) {
      design.excluded.push({ orgCode: org.code, reason: 'too_few_months' });
      continue;
    }
    design.complete++;
    const comparison = comparisonFor(setup, org, windows);
    design.largestGroup = Math.max(design.largestGroup, comparison.length);
    if (comparison.length < setup.opts.minComparison) {
      design.excluded.push({ orgCode: org.code, reason: 'too_few_comparison' });
      continue;
    }
    design.units.push({
      org,
      goLive,
      windows,
      ...own,
      // Rates and weighted means: by volume before go-live, so a city counts as much as it weighs.
      weight: setup.rule === 'org_mean' ? 1 : own.before.den,
      comparison: comparison.map(({ other, before, after }) => ({
        pool: indexOf(other),
        before,
        after,
      })),
    });
  }
  return design;
}

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
 */

import { type Direction, type Indicator, rateMultiplier } from './catalogue';
import type { Organisation } from './organisations';
import { mulberry32 } from './random';

/** One organisation-month of the indicator, as `fetchRolloutInput` returns it. */
export interface RolloutRow {
  orgCode: string;
  /** First day of the month, `YYYY-MM-DD`. */
  periodStart: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** A half-open window of months [from, to) as ISO dates of month starts (as `BaselineWindow`). */
export interface MonthWindow {
  from: string;
  to: string;
}

/** The windows of one treated organisation. */
export interface RolloutWindows {
  /** First month counted as live: the go-live month if go-live is on day 1–15, else the next. */
  month0: string;
  before: MonthWindow;
  after: MonthWindow;
}

export interface RolloutOptions {
  /** Months in the before window, ending just before the go-live month. Default 12. */
  beforeMonths?: number;
  /** Months after month 0 left out as disruption; the after window starts at month `skip`. Default 3. */
  skipMonths?: number;
  /** Months in the after window. Default 12 (months 3–14). */
  afterMonths?: number;
  /** Only months starting before this date are used; default: every month in the data. */
  asOf?: string | null;
  /** Share of a window's months an organisation must report to take part. Default 0.75. */
  minCoverage?: number;
  /** A treated organisation needs at least this many comparison organisations. Default 3. */
  minComparison?: number;
  /** Bootstrap replicates. Default 1000. */
  replicates?: number;
  /** Seed of the bootstrap's PRNG (mulberry32). Default 20220507 (Trondheim's go-live). */
  seed?: number;
  /** Coverage of the percentile interval. Default 0.95. */
  level?: number;
}

export const DEFAULT_ROLLOUT_OPTIONS = {
  beforeMonths: 12,
  skipMonths: 3,
  afterMonths: 12,
  asOf: null,
  minCoverage: 0.75,
  minComparison: 3,
  replicates: 1000,
  seed: 20220507,
  level: 0.95,
} as const satisfies Required<RolloutOptions>;

/** Options with every default filled in, as returned with the result. */
export type ResolvedOptions = Required<RolloutOptions>;

/** Why a live organisation is left out of the estimate. */
export type ExclusionReason =
  /** Its after window ends after the analysis date or the last month of data. */
  | 'after_window_incomplete'
  /** It reports fewer than `minCoverage` of the months of a window. */
  | 'too_few_months'
  /** Fewer than `minComparison` organisations were still not live when its after window ended. */
  | 'too_few_comparison';

export interface Exclusion {
  orgCode: string;
  reason: ExclusionReason;
}

/** The part of the estimate that comes from one treated organisation. */
export interface TreatedEffect {
  orgCode: string;
  goLive: string;
  windows: RolloutWindows;
  treatedBefore: number;
  treatedAfter: number;
  treatedChange: number;
  comparisonBefore: number;
  comparisonAfter: number;
  comparisonChange: number;
  /** treatedChange − comparisonChange, in the indicator's unit. */
  effect: number;
  /** Its weight in the combined estimate (Σdenominator in the before window, or 1). */
  weight: number;
  comparisonCodes: string[];
}

/** improvement / concern: the interval excludes 0 on the better / worse side. */
export type RolloutReading = 'improvement' | 'concern' | 'inconclusive';

export interface ReadingResult {
  reading: RolloutReading;
  /** The point estimate lies on the better side of 0 for the indicator's direction. */
  estimateIsImprovement: boolean;
  excludesZero: boolean;
}

export interface BootstrapInterval {
  lower: number;
  upper: number;
  level: number;
  replicates: number;
  /** Replicates that produced an estimate (a resample can leave a treated unit without comparison). */
  replicatesUsed: number;
  seed: number;
}

export type RolloutCaveatCode =
  | 'parallel_trends'
  | 'few_comparison'
  | 'comparison_differs'
  | 'concurrent_changes';

/** A caveat as a code for the UI, with ready bokmål and English texts (counts filled in). */
export interface RolloutCaveat {
  code: RolloutCaveatCode;
  nb: string;
  en: string;
}

export interface RolloutComparison {
  indicatorId: string;
  /** Weighted mean of the treated organisations' effects, in the indicator's unit. */
  estimate: number;
  /** Weighted mean of the treated and of the comparison changes (estimate = their difference). */
  treatedChange: number;
  comparisonChange: number;
  interval: BootstrapInterval;
  reading: ReadingResult;
  /** `before_denominator` for rates and weighted means, `equal` for sums and unweighted means. */
  weighting: 'before_denominator' | 'equal';
  treatedCount: number;
  /** Distinct organisations in at least one treated organisation's comparison group. */
  comparisonCount: number;
  /** The smallest and largest comparison group of a treated organisation. */
  comparisonPerTreated: { min: number; max: number };
  /** Comparison organisations by parent (health trust), largest first. */
  comparisonByParent: { parent: string | null; count: number }[];
  treated: TreatedEffect[];
  excluded: Exclusion[];
  caveats: RolloutCaveat[];
  options: ResolvedOptions;
}

export type RolloutRefusal = 'no_treated' | 'too_few_comparison';

export type RolloutResult =
  | { ok: true; comparison: RolloutComparison }
  | {
      ok: false;
      reason: RolloutRefusal;
      /** Treated organisations with complete windows (before the comparison check). */
      treatedCount: number;
      /** The largest comparison group any of them had. */
      comparisonCount: number;
      excluded: Exclusion[];
    };

// --- months -------------------------------------------------------------------------------

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

// --- pooling ------------------------------------------------------------------------------

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

// --- the estimate -------------------------------------------------------------------------

/** A treated organisation ready for estimation (and resampling). */
interface TreatedUnit {
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
function combinedEstimate(
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

// --- bootstrap ----------------------------------------------------------------------------

/** How many times each of n items is drawn in n draws with replacement. */
function resampleCounts(n: number, rng: () => number): number[] {
  const times = new Array<number>(n).fill(0);
  for (let k = 0; k < n; k++) {
    const i = Math.min(n - 1, Math.floor(rng() * n));
    times[i] = (times[i] ?? 0) + 1;
  }
  return times;
}

/** The p-quantile of sorted numbers with linear interpolation (R's type 7). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/**
 * Cluster bootstrap over organisations, stratified: each replicate draws the treated units with
 * replacement from the treated, and the comparison organisations with replacement from the pool,
 * then recomputes the whole estimate. Organisations are the clusters, so each keeps all its
 * months (their autocorrelation stays in). 95 % percentile interval by default.
 */
function bootstrapInterval(
  units: readonly TreatedUnit[],
  poolSize: number,
  multiplier: number,
  options: ResolvedOptions,
): BootstrapInterval {
  const rng = mulberry32(options.seed);
  const estimates: number[] = [];
  for (let r = 0; r < options.replicates; r++) {
    const unitTimes = resampleCounts(units.length, rng);
    const poolTimes = resampleCounts(poolSize, rng);
    const result = combinedEstimate(units, unitTimes, poolTimes, multiplier);
    if (result !== null) estimates.push(result.estimate);
  }
  estimates.sort((a, b) => a - b);
  const tail = (1 - options.level) / 2;
  return {
    lower: quantileSorted(estimates, tail),
    upper: quantileSorted(estimates, 1 - tail),
    level: options.level,
    replicates: options.replicates,
    replicatesUsed: estimates.length,
    seed: options.seed,
  };
}

// --- reading and caveats ------------------------------------------------------------------

/**
 * What the estimate means for the indicator: an improvement or a concern only when the interval
 * lies wholly on one side of 0; otherwise inconclusive, whatever the point estimate says.
 */
export function readEstimate(
  direction: Direction,
  estimate: number,
  interval: Pick<BootstrapInterval, 'lower' | 'upper'>,
): ReadingResult {
  const better = direction === 'higher_is_better' ? 1 : -1;
  const excludesZero = interval.lower > 0 || interval.upper < 0;
  const intervalSign = interval.lower > 0 ? 1 : interval.upper < 0 ? -1 : 0;
  return {
    reading: !excludesZero ? 'inconclusive' : intervalSign === better ? 'improvement' : 'concern',
    estimateIsImprovement: Math.sign(estimate) === better,
    excludesZero,
  };
}

/** The plain-language caveats every comparison carries, with this comparison's counts. */
export function rolloutCaveats(
  treatedCount: number,
  comparisonCount: number,
  fewest: number,
  core: { total: number; largest: { name: string; count: number } | null },
): RolloutCaveat[] {
  const caveats: RolloutCaveat[] = [
    {
      code: 'parallel_trends',
      nb: 'Sammenligningen forutsetter at de to gruppene ville ha utviklet seg parallelt uten ny journal. Det kan sannsynliggjøres, men ikke bevises.',
      en: 'The comparison assumes that the two groups would have moved in parallel without the new record. That can be made plausible, never proven.',
    },
    {
      code: 'few_comparison',
      nb: `Anslaget bygger på ${treatedCount} organisasjoner i drift og ${comparisonCount} som ennå ikke var i drift (ned til ${fewest} for de seneste oppstartene). Jo færre organisasjoner, desto mer kan én uvanlig organisasjon flytte resultatet.`,
      en: `The estimate rests on ${treatedCount} live organisations and ${comparisonCount} not yet live (as few as ${fewest} for the latest go-lives). The fewer the organisations, the more one unusual organisation can move the result.`,
    },
  ];
  const largest = core.largest;
  caveats.push({
    code: 'comparison_differs',
    nb:
      largest === null
        ? 'Organisasjonene som ennå ikke er i drift, er ikke et tilfeldig utvalg og kan skille seg fra dem som er i drift.'
        : `Organisasjonene som ennå ikke er i drift, er ikke et tilfeldig utvalg: ${largest.count} av de ${core.total} som inngår i alle sammenligningene, hører til ${largest.name}.`,
    en:
      largest === null
        ? 'The organisations not yet live are not a random sample and may differ from the live ones.'
        : `The organisations not yet live are not a random sample: ${largest.count} of the ${core.total} in every comparison belong to ${largest.name}.`,
  });
  caveats.push({
    code: 'concurrent_changes',
    nb: 'Andre endringer i samme periode (reformer, bemanning, andre IT-systemer) kan forklare noe av forskjellen.',
    en: 'Other changes in the same period (reforms, staffing, other IT systems) may explain part of the difference.',
  });
  return caveats;
}

// --- putting it together ------------------------------------------------------------------

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

/** Rows by organisation and month index, keeping only months that start before `asOf`. */
function indexRows(
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

/** What the estimation works on once rows are indexed and options resolved. */
interface Setup {
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
function buildDesign(setup: Setup): Design {
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
  const refuse = (reason: RolloutRefusal): RolloutResult => ({
    ok: false,
    reason,
    treatedCount: complete,
    comparisonCount: largestGroup,
    excluded,
  });
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
  return {
    ok: true,
    comparison: {
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
    },
  };
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

import { z } from 'zod';
import { fail, ok, type Result } from './result';

/**
 * Municipality code harmonisation (docs/analytics.md, «Combining numbers»): observations filed under a code that no longer
 * exists are moved to today's code(s), so 2019 and 2024 can be compared for one Molde.
 * Everything here is pure; the SQL that applies a code map to staged rows is
 * `src/queries/harmonise.ts`.
 */

/** The columns of `datasets/reference/municipalities-history.csv`, in order. */
export const HISTORY_COLUMNS = [
  'municip_code',
  'municip_name',
  'county_code',
  'county_name',
  'year_start',
  'year_end',
  'municip_code_end',
  'weighting',
] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

/** Shares whose sum differs from 1 by more than this are reported, not silently used. */
export const WEIGHT_TOLERANCE = 1e-9;

const blankToNull = (value: unknown) =>
  value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;

const municipalityCode = z.string().regex(/^\d{4}$/, 'a municipality code is four digits');
const year = z
  .string()
  .regex(/^\d{4}$/, 'a year is four digits')
  .transform(Number);
const weight = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'a weighting is a decimal number such as 0.35')
  .transform(Number)
  .pipe(z.number().gt(0, 'a weighting is above 0').lte(1, 'a weighting is at most 1'));

/** One row of the history file: a code's validity interval and, if it ended, its successor. */
export const historyRowSchema = z
  .object({
    municip_code: municipalityCode,
    municip_name: z.string().min(1),
    county_code: z.string().regex(/^\d{2}$/, 'a county code is two digits'),
    county_name: z.string().min(1),
    year_start: year,
    /** Last year the code was valid (inclusive); null = valid today. */
    year_end: z.preprocess(blankToNull, year.nullable()),
    /** The code it became; one row per successor where a unit was split. */
    municip_code_end: z.preprocess(blankToNull, municipalityCode.nullable()),
    /** Share of the old unit that went to this successor; null = all of it. */
    weighting: z.preprocess(blankToNull, weight.nullable()),
  })
  .superRefine((row, ctx) => {
    if (row.year_end !== null && row.year_end < row.year_start) {
      ctx.addIssue({ code: 'custom', path: ['year_end'], message: 'ends before it starts' });
    }
    // Without this, an ended code would have nowhere to go, or a live code would be moved away.
    if ((row.year_end === null) !== (row.municip_code_end === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['municip_code_end'],
        message: 'a code that ended needs the code it became, and only such a code has one',
      });
    }
    if (row.weighting !== null && row.municip_code_end === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['weighting'],
        message: 'a weighting needs a successor',
      });
    }
  });
export type MunicipalityHistoryRow = z.infer<typeof historyRowSchema>;

/** A problem in the history file, located by physical line (header = 1). */
export interface HistoryProblem {
  line: number;
  column: HistoryColumn | null;
  message: string;
}

/** One of today's codes that (a share of) an old code's observations go to. */
export interface CodeTarget {
  code: string;
  weight: number;
}

/**
 * Old code → today's codes with the share each gets. Only old codes are keys: today's codes and
 * codes the history does not know (health trusts, 1811 Bindal) pass through unchanged.
 */
export type CodeMap = ReadonlyMap<string, readonly CodeTarget[]>;

/** Why an old code was left out of a code map (so an upload carrying it is rejected instead). */
export type CodeMapIssue =
  /** The shares of the final targets do not add up to 1, so counts would not be conserved. */
  | { kind: 'weights_do_not_sum_to_one'; code: string; sum: number }
  /** The successors lead back to the code itself. */
  | { kind: 'cycle'; code: string; path: string[] }
  /** The chain ends at a code that has no successor but is not one of today's codes. */
  | { kind: 'dead_end'; code: string; at: string }
  /** A target is itself mapped further, so one pass would not reach today's codes. */
  | { kind: 'target_not_final'; code: string; target: string };

export interface CodeMapBuild {
  map: CodeMap;
  /** Old codes left out of `map`, with the reason; empty for the shipped file. */
  issues: CodeMapIssue[];
}

/**
 * The successors of each old code, from its latest ended interval. A reused code would have
 * several intervals; uploads start in 2019, so the latest use is the one meant.
 */
function successorsByCode(
  history: readonly MunicipalityHistoryRow[],
  currentCodes: ReadonlySet<string>,
): Map<string, CodeTarget[]> {
  const latest = new Map<string, MunicipalityHistoryRow[]>();
  for (const row of history) {
    if (row.year_end === null || currentCodes.has(row.municip_code)) continue;
    const kept = latest.get(row.municip_code)?.[0];
    const newer =
      kept === undefined ||
      (kept.year_end ?? 0) < row.year_end ||
      (kept.year_end === row.year_end && kept.year_start < row.year_start);
    const same = kept?.year_end === row.year_end && kept?.year_start === row.year_start;
    if (newer) latest.set(row.municip_code, [row]);
    else if (same) latest.get(row.municip_code)?.push(row);
  }
  const successors = new Map<string, CodeTarget[]>();
  for (const [code, rows] of latest) {
    // A lone successor without a weighting takes all; a split without weightings sums above 1
    // and is reported by the sum check.
    successors.set(
      code,
      rows.flatMap((r) =>
        r.municip_code_end === null ? [] : [{ code: r.municip_code_end, weight: r.weighting ?? 1 }],
      ),
    );
  }
  return successors;
}

/** A code's targets among today's codes with their shares, or why its chain does not get there. */
type Walk = Result<ReadonlyMap<string, number>, CodeMapIssue>;

/** Follows a code's successors to today's codes, multiplying shares along the chain. */
function walk(
  code: string,
  successors: ReadonlyMap<string, readonly CodeTarget[]>,
  currentCodes: ReadonlySet<string>,
  memo: Map<string, Walk>,
  path: readonly string[],
): Walk {
  if (currentCodes.has(code)) return ok(new Map([[code, 1]]));
  const known = memo.get(code);
  if (known !== undefined) return known;
  if (path.includes(code)) {
    return fail({ kind: 'cycle', code, path: [...path, code] });
  }
  const next = successors.get(code);
  if (next === undefined) return fail({ kind: 'dead_end', code, at: code });
  const targets = new Map<string, number>();
  for (const successor of next) {
    const sub = walk(successor.code, successors, currentCodes, memo, [...path, code]);
    if (!sub.ok) {
      const failed: Walk = fail({ ...sub.error, code });
      memo.set(code, failed);
      return failed;
    }
    for (const [target, share] of sub.data) {
      targets.set(target, (targets.get(target) ?? 0) + successor.weight * share);
    }
  }
  const result: Walk = ok(targets);
  memo.set(code, result);
  return result;
}

/** Sums the shares of one old code's targets. */
const weightSum = (targets: readonly CodeTarget[]) => targets.reduce((s, t) => s + t.weight, 0);

/** Targets sorted by code, so maps and reports are deterministic. */
const sortedTargets = (targets: ReadonlyMap<string, number>): CodeTarget[] =>
  [...targets]
    .map(([code, weight]) => ({ code, weight }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/**
 * Maps every old code in the history to its final targets among `currentCodes` (today's
 * organisations). Chains are followed (1504 → 1507 → 1508 + 1580) and shares multiplied; codes
 * whose shares do not sum to 1, or whose chain does not end in today's codes, are left out and
 * reported.
 */
export function buildCodeMap(
  history: readonly MunicipalityHistoryRow[],
  currentCodes: ReadonlySet<string>,
): CodeMapBuild {
  const successors = successorsByCode(history, currentCodes);
  const memo = new Map<string, Walk>();
  const map = new Map<string, CodeTarget[]>();
  const issues: CodeMapIssue[] = [];
  for (const code of [...successors.keys()].sort()) {
    const result = walk(code, successors, currentCodes, memo, []);
    if (!result.ok) {
      issues.push(result.error);
      continue;
    }
    const targets = sortedTargets(result.data);
    const sum = weightSum(targets);
    if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
      issues.push({ kind: 'weights_do_not_sum_to_one', code, sum });
      continue;
    }
    map.set(code, targets);
  }
  return { map, issues };
}

/**
 * Problems that make a code map unsafe to apply in one pass: shares that do not sum to 1 or are
 * not positive, and targets that are themselves mapped. For maps not made by `buildCodeMap`.
 */
export function checkCodeMap(map: CodeMap): CodeMapIssue[] {
  const issues: CodeMapIssue[] = [];
  for (const [code, targets] of map) {
    const sum = weightSum(targets);
    const positive = targets.every((t) => Number.isFinite(t.weight) && t.weight > 0);
    if (!positive || Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
      issues.push({ kind: 'weights_do_not_sum_to_one', code, sum });
    }
    for (const target of targets) {
      if (map.has(target.code))
        issues.push({ kind: 'target_not_final', code, target: target.code });
    }
  }
  return issues;
}

/** Where a code's observations go: its mapping, or itself whole if it is not an old code. */
export function targetsOf(code: string, map: CodeMap): readonly CodeTarget[] {
  return map.get(code) ?? [{ code, weight: 1 }];
}

/** One line of the harmonisation report shown to the analyst. */
export interface MappingDescription {
  oldCode: string;
  oldName: string;
  targets: { code: string; name: string | null; weight: number }[];
}

/** The name each code had in its latest interval (names change, e.g. Sámi forms added). */
function latestNames(history: readonly MunicipalityHistoryRow[]): Map<string, string> {
  const byCode = new Map<string, MunicipalityHistoryRow>();
  for (const row of history) {
    const kept = byCode.get(row.municip_code);
    if (kept === undefined || kept.year_start <= row.year_start) byCode.set(row.municip_code, row);
  }
  return new Map([...byCode].map(([code, row]) => [code, row.municip_name]));
}

/** The code map as a table for a report: old code and name, new code(s), name(s) and share(s). */
export function describeMapping(
  history: readonly MunicipalityHistoryRow[],
  map: CodeMap,
): MappingDescription[] {
  const names = latestNames(history);
  return [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([oldCode, targets]) => ({
      oldCode,
      oldName: names.get(oldCode) ?? oldCode,
      targets: targets.map((t) => ({
        code: t.code,
        name: names.get(t.code) ?? null,
        weight: t.weight,
      })),
    }));
}

/** Counts observed for one organisation under some key (e.g. indicator × period). */
export interface CountRow {
  code: string;
  key: string;
  numerator: number;
  denominator: number;
}

/**
 * Pure counterpart of `harmoniseStaged` for numerators and denominators: each row is spread over
 * its code's targets by weight, then rows with the same code and key are summed.
 */
export function harmoniseCounts(rows: readonly CountRow[], map: CodeMap): CountRow[] {
  const combined = new Map<string, CountRow>();
  for (const row of rows) {
    for (const target of targetsOf(row.code, map)) {
      // JSON keeps the pair unambiguous whatever characters codes and keys contain.
      const id = JSON.stringify([target.code, row.key]);
      const kept = combined.get(id) ?? {
        code: target.code,
        key: row.key,
        numerator: 0,
        denominator: 0,
      };
      kept.numerator += row.numerator * target.weight;
      kept.denominator += row.denominator * target.weight;
      combined.set(id, kept);
    }
  }
  return [...combined.values()];
}

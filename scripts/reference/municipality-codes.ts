import { toCsv } from '../datasets/csv';
import type { CodeLifetime } from './code-history';
import type { CurrentTarget } from './code-mapping';

/** Every code in use since 2017 → today's code(s), with the share of its data each one gets. */
export const MUNICIPALITY_CODES_FILE = 'municipality-codes.csv';

const HEADER = [
  'code',
  'name',
  'valid_from',
  'valid_to',
  'current_code',
  'current_name',
  'weight',
  'weight_source',
  'path',
];

/** Six decimals: a share of a million inhabitants is then exact to one person. */
const WEIGHT_DECIMALS = 6;
const WEIGHT_UNITS = 10 ** WEIGHT_DECIMALS;

export const WEIGHT_SOURCES = {
  current: 'current code',
  whole: 'whole code (SSB KLASS)',
  split: 'population-2024 (FHI)',
  undoneMerge: 'merge undone by a later split (same name)',
} as const;

export function municipalityCodesCsv(
  lifetimes: readonly CodeLifetime[],
  mapping: ReadonlyMap<string, readonly CurrentTarget[]>,
  currentNames: ReadonlyMap<string, string>,
): string {
  const rows = lifetimes.flatMap((life) => {
    const targets = mapping.get(life.code) ?? [];
    if (targets.length === 0) throw new Error(`${life.code} maps to no current code`);
    const weights = roundShares(targets.map((target) => target.weight));
    return targets.map((target, index) => [
      life.code,
      life.name,
      life.validFrom,
      life.validTo,
      target.code,
      currentNames.get(target.code),
      weights[index],
      life.validTo === null
        ? WEIGHT_SOURCES.current
        : target.undoneMerge
          ? WEIGHT_SOURCES.undoneMerge
          : target.bySplit
            ? WEIGHT_SOURCES.split
            : WEIGHT_SOURCES.whole,
      target.paths.map((path) => path.join(' > ')).join(' | '),
    ]);
  });
  return toCsv(HEADER, rows);
}

/**
 * Rounds shares to WEIGHT_DECIMALS so that the written decimals add up to exactly 1: the units
 * lost to rounding go to the largest remainders. A whole share is written `1`.
 */
function roundShares(shares: readonly number[]): string[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (Math.abs(total - 1) > 1e-9) throw new Error(`shares sum to ${total}, not 1`);
  const exact = shares.map((share) => share * WEIGHT_UNITS);
  const units = exact.map(Math.floor);
  const byRemainder = exact.map((value, index) => ({
    index,
    remainder: value - Math.floor(value),
  }));
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let missing = WEIGHT_UNITS - units.reduce((sum, unit) => sum + unit, 0);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    units[index] = (units[index] ?? 0) + 1;
    missing -= 1;
  }
  return units.map((unit) =>
    unit === WEIGHT_UNITS ? '1' : (unit / WEIGHT_UNITS).toFixed(WEIGHT_DECIMALS),
  );
}

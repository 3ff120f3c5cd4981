import type { CodeLifetime } from './code-history';

/** One of today's codes that (a share of) an old code's counts go to. */
export interface CurrentTarget {
  code: string;
  weight: number;
  /** True if a split lies on the way, so the weight is a population share. */
  bySplit: boolean;
  /** Each chain of codes from the old code to this one (several only if a split rejoins). */
  paths: string[][];
  /** Set when a later split undid the merge this code went into (see undoneMerge). */
  undoneMerge?: true;
}

/**
 * Where each code's data belongs today: chains of renumberings and merges are followed to today's
 * code, and a split shares the old code out among its successors. No source gives the share of
 * a split, so each successor's share is its 2024 population (through any later renumbering) over
 * the successors' total: an assumption, stated in docs/national-register.md.
 */
export function mapToCurrentCodes(
  lifetimes: readonly CodeLifetime[],
  population: ReadonlyMap<string, number>,
): Map<string, CurrentTarget[]> {
  const byCode = new Map(lifetimes.map((life) => [life.code, life]));
  const resolved = new Map<string, CurrentTarget[]>();
  const visiting = new Set<string>();

  const resolve = (code: string): CurrentTarget[] => {
    const done = resolved.get(code);
    if (done) return done;
    const life = byCode.get(code);
    if (!life) throw new Error(`code ${code} is a successor but has no life in the change table`);
    if (visiting.has(code)) throw new Error(`code ${code} leads back to itself`);
    visiting.add(code);
    const targets = life.validTo === null ? [self(code)] : shareOut(life);
    visiting.delete(code);
    resolved.set(code, targets);
    return targets;
  };

  const shareOut = (life: CodeLifetime): CurrentTarget[] => {
    const undone = undoneMerge(life, byCode);
    if (undone !== null) {
      return resolve(undone.successor).map((target) => ({
        ...target,
        undoneMerge: true,
        paths: target.paths.map((path) => [life.code, undone.split, ...path]),
      }));
    }
    const successors = life.successors.map((code) => {
      const next = byCode.get(code);
      // The successor must be in use on the day the old code ended.
      if (next && (next.validTo ?? '9999') <= (life.validTo ?? '')) {
        throw new Error(`${life.code} went to ${code}, which had ended by then`);
      }
      return { code, targets: resolve(code) };
    });
    const isSplit = successors.length > 1;
    const sizes = successors.map(({ targets }) =>
      isSplit
        ? targets.reduce((sum, target) => sum + target.weight * populationOf(target.code), 0)
        : 1,
    );
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const merged = new Map<string, CurrentTarget>();
    successors.forEach(({ targets }, index) => {
      const share = (sizes[index] ?? 0) / total;
      for (const target of targets) {
        const entry = merged.get(target.code) ?? {
          code: target.code,
          weight: 0,
          bySplit: false,
          paths: [],
        };
        entry.weight += share * target.weight;
        entry.bySplit ||= isSplit || target.bySplit;
        entry.paths.push(...target.paths.map((path) => [life.code, ...path]));
        merged.set(target.code, entry);
      }
    });
    return [...merged.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  };

  const populationOf = (code: string): number => {
    const inhabitants = population.get(code);
    if (inhabitants === undefined)
      throw new Error(`no 2024 population for ${code} to weight a split`);
    return inhabitants;
  };

  for (const life of lifetimes) resolve(life.code);
  return resolved;
}

/**
 * A split that undoes an earlier merge: 1534 Haram was merged into 1507 Ålesund in 2020 and came
 * back as 1580 Haram, with its old borders, when 1507 split in 2024. Sharing the old codes out by
 * population would send 86 % of old Haram's counts to today's Ålesund. So a code merged into a
 * code that later split goes wholly to the successor bearing its own name (1534 → 1580, 1504 →
 * 1508), and the other merged codes to the successor that carries the split code's name (1523
 * Ørskog → 1508 Ålesund). Only when a successor bears a merged code's name other than the split
 * code's own — a real re-establishment — is this applied; docs/national-register.md says so.
 * Returns the split code and the successor to follow, or null to share out as usual.
 */
function undoneMerge(
  life: CodeLifetime,
  byCode: ReadonlyMap<string, CodeLifetime>,
): { split: string; successor: string } | null {
  const [mergedInto, ...others] = life.successors;
  const split = mergedInto === undefined || others.length > 0 ? undefined : byCode.get(mergedInto);
  if (split === undefined || split.successors.length < 2) return null;
  const nameOf = (code: string) => byCode.get(code)?.name.trim().toLowerCase();
  const mergedNames = new Set(
    [...byCode.values()]
      .filter((other) => other.successors.length === 1 && other.successors[0] === split.code)
      .map((other) => other.name.trim().toLowerCase()),
  );
  const splitName = split.name.trim().toLowerCase();
  const reEstablished = split.successors.some((code) => {
    const name = nameOf(code);
    return name !== splitName && name !== undefined && mergedNames.has(name);
  });
  if (!reEstablished) return null;
  const own = split.successors.find((code) => nameOf(code) === life.name.trim().toLowerCase());
  const successor = own ?? split.successors.find((code) => nameOf(code) === splitName);
  return successor === undefined ? null : { split: split.code, successor };
}

function self(code: string): CurrentTarget {
  return { code, weight: 1, bySplit: false, paths: [[code]] };
}

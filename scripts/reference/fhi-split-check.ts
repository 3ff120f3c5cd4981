import type { CurrentTarget } from './code-mapping';
import type { FhiSplit } from './read-fhi-splits';

/**
 * Checks the splits read from SSB's change table against FHI's own table of splits: every old
 * code FHI lists must share out to exactly the current codes FHI names for it. FHI gives no
 * shares, so only the successors are compared.
 */
export function checkAgainstFhiSplits(
  mapping: ReadonlyMap<string, readonly CurrentTarget[]>,
  splits: readonly FhiSplit[],
): void {
  const fhiSuccessors = new Map<string, Set<string>>();
  for (const split of splits) {
    const codes = fhiSuccessors.get(split.previousCode) ?? new Set<string>();
    codes.add(split.code);
    fhiSuccessors.set(split.previousCode, codes);
  }
  for (const [previous, codes] of fhiSuccessors) {
    const ours = (mapping.get(previous) ?? []).map((target) => target.code).sort();
    const theirs = [...codes].sort();
    if (ours.join() !== theirs.join()) {
      throw new Error(
        `FHI splits ${previous} into ${theirs.join(', ')}; the change table gives ${ours.join(', ') || 'nothing'}`,
      );
    }
  }
}

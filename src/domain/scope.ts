import type { Organisation } from './organisations';

/**
 * What a leader looks at: the whole region, one health trust's catchment (the trust and the
 * municipalities it serves), one organisation, or the organisations live (or not yet live) on a
 * date — the staged rollout's natural comparison.
 */
export type Scope =
  | { kind: 'region' }
  | { kind: 'catchment'; trust: string }
  | { kind: 'organisation'; code: string }
  | { kind: 'live_group'; at: string; live: boolean };

/** Whether an organisation had gone live on the ISO date `at`. */
export function isLiveAt(org: Organisation, at: string): boolean {
  return org.go_live !== null && org.go_live <= at;
}

/**
 * Organisations to combine, less any whose own members (by `parent`) are among them: that
 * organisation's cell is taken as their total (as suppression takes it, src/queries/suppress.ts),
 * and adding both would count it twice.
 */
export function withoutTotals(orgs: readonly Organisation[]): Organisation[] {
  const parents = new Set(orgs.flatMap((o) => (o.parent === null ? [] : [o.parent])));
  return orgs.filter((o) => !parents.has(o.code));
}

/**
 * The organisations of a scope among those that report the indicator. The RHF is never a member:
 * it reports nothing of its own, and adding it to a sum would count the region twice. Nor is a
 * trust whose own municipalities report the same indicator (see withoutTotals).
 */
export function scopeMembers(
  scope: Scope,
  organisations: readonly Organisation[],
  reporting: ReadonlySet<string>,
  /** Keep trusts beside their municipalities: for a superset asked before `reporting` is known. */
  keepTotals = false,
): Organisation[] {
  // Asked for by name, an organisation is shown on its own, total or not.
  if (scope.kind === 'organisation') {
    return organisations.filter((o) => o.code === scope.code && reporting.has(o.code));
  }
  const reported = organisations.filter((o) => reporting.has(o.code) && o.type !== 'rhf');
  const candidates = keepTotals ? reported : withoutTotals(reported);
  switch (scope.kind) {
    case 'region':
      return candidates;
    case 'catchment':
      return candidates.filter((o) => o.code === scope.trust || o.parent === scope.trust);
    case 'live_group':
      return candidates.filter((o) => isLiveAt(o, scope.at) === scope.live);
  }
}

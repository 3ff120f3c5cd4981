import type { Organisation } from './organisations';

/**
 * What a leader looks at: the programme's region, one health trust's catchment (the trust and
 * the organisations it serves, any trust of the country), one organisation, the programme's
 * organisations live (or not yet live) on a date — the staged rollout's natural comparison — or,
 * from the national register, the whole country, an RHF, a county or one of the programme's
 * municipal regions (docs/national-register.md, «Scopes»).
 */
export type Scope =
  | { kind: 'region' }
  | { kind: 'catchment'; trust: string }
  | { kind: 'organisation'; code: string }
  | { kind: 'live_group'; at: string; live: boolean }
  | { kind: 'nation' }
  | { kind: 'rhf'; code: string }
  | { kind: 'county'; code: string }
  | { kind: 'municipal_region'; region: string };

/** Whether an organisation had gone live on the ISO date `at`. */
export function isLiveAt(org: Organisation, at: string): boolean {
  return org.go_live !== null && org.go_live <= at;
}

/**
 * The codes above an organisation: its parent's chain (municipality → trust → RHF → nation,
 * hospital → trust → …) and, for a municipality, its county's (county → nation).
 */
export function ancestors(
  org: Organisation,
  byCode: ReadonlyMap<string, Organisation>,
): Set<string> {
  const found = new Set<string>();
  const pending = [org.parent, org.type === 'municipality' ? org.county : null];
  while (pending.length > 0) {
    const code = pending.pop();
    if (code === null || code === undefined || found.has(code)) continue;
    found.add(code);
    const above = byCode.get(code);
    if (above !== undefined) pending.push(above.parent);
  }
  return found;
}

export const indexed = (orgs: readonly Organisation[]) => new Map(orgs.map((o) => [o.code, o]));

/**
 * In the programme: listed in it, or a hospital or unit of one of its trusts (the register lists
 * those, by org number, under the programme's trust codes).
 */
export function inProgramme(org: Organisation, byCode: ReadonlyMap<string, Organisation>): boolean {
  if (org.programme) return true;
  return (
    org.type === 'hospital' && org.parent !== null && byCode.get(org.parent)?.programme === true
  );
}

/**
 * Organisations to combine, less any that is above another of them (a trust above its
 * municipalities, a county above its municipalities, the nation above all): that organisation's
 * cell is taken as their total (as suppression takes it, src/queries/suppress.ts), and adding
 * both would count it twice. `all` is where the chain above each is looked up.
 */
export function withoutTotals(
  orgs: readonly Organisation[],
  all: readonly Organisation[] = orgs,
): Organisation[] {
  const byCode = indexed(all);
  const above = new Set(orgs.flatMap((o) => [...ancestors(o, byCode)]));
  return orgs.filter((o) => !above.has(o.code));
}

/**
 * The organisations of a scope among those that report the indicator. `organisations` is the
 * programme's list or the national register (the programme's organisations first, then the
 * rest); the programme's scopes take only its organisations. In the region the RHF is never a
 * member: it reports nothing of its own, and adding it to a sum would count the region twice.
 * Nor is an organisation whose own members report the same indicator (see withoutTotals).
 */
export function scopeMembers(
  scope: Scope,
  organisations: readonly Organisation[],
  reporting: ReadonlySet<string>,
  /** Keep totals beside their parts: for a superset asked before `reporting` is known. */
  keepTotals = false,
): Organisation[] {
  // Asked for by name, an organisation is shown on its own, total or not.
  if (scope.kind === 'organisation') {
    return organisations.filter((o) => o.code === scope.code && reporting.has(o.code));
  }
  const byCode = indexed(organisations);
  const inScope = memberTest(scope, byCode);
  const members = organisations.filter((o) => reporting.has(o.code) && inScope(o));
  return keepTotals ? members : withoutTotals(members, organisations);
}

function memberTest(
  scope: Exclude<Scope, { kind: 'organisation' }>,
  byCode: ReadonlyMap<string, Organisation>,
): (org: Organisation) => boolean {
  const under = (code: string) => (o: Organisation) =>
    o.code === code || ancestors(o, byCode).has(code);
  switch (scope.kind) {
    case 'region':
      return (o) => inProgramme(o, byCode) && o.type !== 'rhf';
    case 'live_group':
      return (o) => o.programme && o.type !== 'rhf' && isLiveAt(o, scope.at) === scope.live;
    case 'catchment':
      return under(scope.trust);
    case 'nation':
      return () => true;
    case 'rhf':
      return under(scope.code);
    case 'county':
      return under(scope.code);
    case 'municipal_region':
      return (o) => o.municipal_region === scope.region;
  }
}

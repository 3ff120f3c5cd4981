import type { Organisation } from './organisations';

/**
 * The organisations shown when a leader first opens an indicator: the one that went live first
 * among those reporting it (the longest run of data after go-live), else the first reporting one.
 */
export function defaultOrganisations(available: readonly Organisation[]): string[] {
  const live = available.filter((o) => o.go_live !== null);
  const first = [...live].sort((a, b) => (a.go_live ?? '').localeCompare(b.go_live ?? ''))[0];
  return first === undefined ? available.slice(0, 1).map((o) => o.code) : [first.code];
}

import type { Messages } from '../i18n/messages';
import { organisations } from '../session/reference';
import type { ScopeKey } from '../url-state/search';

const TRUSTS = organisations.filter((o) => o.type === 'health_trust');

/** A scope's name in the active language. */
export function scopeLabel(key: ScopeKey, t: Messages): string {
  if (key === 'region') return t.scope.region;
  if (key === 'live') return t.scope.live;
  if (key === 'not-live') return t.scope.notLive;
  const [kind, code] = key.split(':');
  const name = organisations.find((o) => o.code === code)?.name ?? code ?? '';
  return kind === 'catchment' ? t.scope.catchment(name) : name;
}

export interface ScopeGroup {
  /** A trust's code for its organisations; null for the combined scopes. */
  trust: string | null;
  keys: ScopeKey[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

/**
 * The scopes offered in the select: the region, each trust's catchment and the two live groups
 * first, then every organisation on its own, grouped by the trust whose catchment it is in.
 */
export const SCOPE_GROUPS: readonly ScopeGroup[] = [
  {
    trust: null,
    keys: [
      'region',
      ...TRUSTS.map((trust) => `catchment:${trust.code}` as const),
      'live',
      'not-live',
    ],
  },
  ...TRUSTS.map((trust) => ({
    trust: trust.code,
    keys: [trust, ...organisations.filter((o) => o.parent === trust.code).sort(byName)].map(
      (o) => `org:${o.code}` as const,
    ),
  })),
];

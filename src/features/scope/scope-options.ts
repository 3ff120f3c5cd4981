import type { Messages } from '../../i18n/messages';
import { organisations } from '../../session/reference';
import type { ScopeKey } from '../../url-state/search';

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

/** The scopes offered in the select: the region, each trust's catchment, the two live groups. */
export function scopeKeys(current: ScopeKey): ScopeKey[] {
  const keys: ScopeKey[] = [
    'region',
    ...TRUSTS.map((trust) => `catchment:${trust.code}` as const),
    'live',
    'not-live',
  ];
  // A link may name one organisation: offer it too, so the select shows what the page shows.
  return keys.includes(current) ? keys : [...keys, current];
}

import type { NationalRegister } from '../domain/register';
import type { Messages } from '../i18n/messages';
import { knownOrganisations } from '../session/national-register-loader';
import { municipalRegions, organisations } from '../session/reference';
import type { ScopeKey } from '../url-state/search';

const TRUSTS = organisations.filter((o) => o.type === 'health_trust');

const nameOf = (code: string) => knownOrganisations().find((o) => o.code === code)?.name ?? code;

/** A scope's name in the active language. */
export function scopeLabel(key: ScopeKey, t: Messages): string {
  if (key === 'region') return t.scope.region;
  if (key === 'live') return t.scope.live;
  if (key === 'not-live') return t.scope.notLive;
  if (key === 'nation') return t.scope.nation;
  const [kind, code = ''] = key.split(':');
  switch (kind) {
    case 'catchment':
      return t.scope.catchment(nameOf(code));
    case 'mregion':
      return t.scope.municipalRegion(municipalRegions.find((r) => r.id === code)?.name ?? code);
    default:
      return nameOf(code);
  }
}

export interface ScopeGroup {
  /** Stable key of the group. */
  id: string;
  label: (t: Messages) => string;
  keys: ScopeKey[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

/**
 * The programme's scopes: the region, each trust's catchment and the two live groups first, then
 * the twelve municipal regions, then every organisation on its own, grouped by the trust whose
 * catchment it is in.
 */
export const SCOPE_GROUPS: readonly ScopeGroup[] = [
  {
    id: 'combined',
    label: (t) => t.scope.groups,
    keys: [
      'region',
      ...TRUSTS.map((trust) => `catchment:${trust.code}` as const),
      'live',
      'not-live',
    ],
  },
  {
    id: 'municipal-regions',
    label: (t) => t.scope.municipalRegions,
    keys: municipalRegions.map((region) => `mregion:${region.id}` as const),
  },
  ...TRUSTS.map((trust) => ({
    id: trust.code,
    label: (t: Messages) => t.scope.organisationsOf(trust.name),
    keys: [trust, ...organisations.filter((o) => o.parent === trust.code).sort(byName)].map(
      (o) => `org:${o.code}` as const,
    ),
  })),
];

/**
 * The country's scopes, once the register is in: the whole country and each RHF, each county
 * (today's, then those that ended in 2024), and the catchment of every other health trust.
 */
export function nationalScopeGroups(register: NationalRegister): ScopeGroup[] {
  const of = (type: string) => register.organisations.filter((o) => o.type === type);
  const counties = of('county');
  return [
    {
      id: 'national',
      label: (t) => t.scope.national,
      keys: ['nation', ...of('rhf').map((rhf) => `rhf:${rhf.code}` as const)],
    },
    {
      id: 'counties',
      label: (t) => t.scope.counties,
      keys: counties.map((county) => `county:${county.code}` as const),
    },
    {
      id: 'catchments',
      label: (t) => t.scope.catchments,
      keys: of('health_trust')
        .filter((trust) => !trust.programme)
        .sort(byName)
        .map((trust) => `catchment:${trust.code}` as const),
    },
  ];
}

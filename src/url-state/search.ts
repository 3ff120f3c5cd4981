import { z } from 'zod';
import type { Organisation } from '../domain/organisations';
import type { Scope } from '../domain/scope';

/**
 * The view state every page shares, kept in the URL's query (inside the hash, so any static host
 * serves it). Each parameter is parsed on its own: a bad one falls back to its default and is
 * reported, the others still apply. Defaults are left out of the URL.
 */

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const orgCode = z.string().regex(/^[A-Za-z0-9-]{1,32}$/);

export type ScopeKey =
  | 'region'
  | 'live'
  | 'not-live'
  | 'nation'
  | `catchment:${string}`
  | `org:${string}`
  | `rhf:${string}`
  | `county:${string}`
  | `mregion:${string}`;

/**
 * `region`, `catchment:STO-HF`, `org:5001`, `live`, `not-live`; from the national register
 * `nation`, `rhf:991324968`, `county:50`, `catchment:993467049`; the programme's municipal
 * regions `mregion:namdalen`.
 */
export const scopeKeySchema = z.custom<ScopeKey>(
  (value) =>
    typeof value === 'string' &&
    /^(region|live|not-live|nation|(catchment|org|rhf|county|mregion):[A-Za-z0-9-]{1,40})$/.test(
      value,
    ),
);

/** How the indicator page compares organisations. */
export const COMPARE_MODES = ['rank', 'multiples'] as const;

const fields = {
  lang: z.enum(['nb', 'en']),
  scope: scopeKeySchema,
  /** Organisations picked one by one on the indicator page; overrides the scope there. */
  orgs: z.preprocess(
    // A list arrives as `a,b` from the URL and as an array from the app's own navigation.
    (list) => (typeof list === 'string' ? list.split(',') : list),
    z.array(orgCode).min(1).max(200),
  ),
  from: yearMonth,
  to: yearMonth,
  /** XmR process limits on the indicator chart. */
  limits: z.enum(['on', 'off']),
  compare: z.enum(COMPARE_MODES),
  /** The benefit opened on the register page. */
  benefit: z.string().regex(/^[a-z0-9_]{1,64}$/),
};

type Fields = typeof fields;
type Parsed = { [K in keyof Fields]: z.output<Fields[K]> };

export const DEFAULT_SEARCH = {
  lang: 'nb',
  scope: 'region',
  limits: 'on',
  compare: 'rank',
} as const satisfies Partial<Parsed>;

type Defaulted = keyof typeof DEFAULT_SEARCH;

/** The defaults a build may change (its language, see src/build-config/schema.ts). */
export type SearchDefaults = { [K in Defaulted]: Parsed[K] };

/** The parsed view state: defaulted parameters always present, the others when given. */
export type AppSearch = { [K in Defaulted]: Parsed[K] } & {
  [K in Exclude<keyof Parsed, Defaulted>]?: Parsed[K];
};

/** What follows the reader from page to page (the rest belongs to one page). */
export const SHARED_KEYS = ['lang', 'scope', 'from', 'to'] as const satisfies (keyof Fields)[];

/** The order parameters are written in, so one view has one URL. */
export const SEARCH_KEYS = Object.keys(fields) as (keyof Fields)[];

export interface SearchReading {
  search: AppSearch;
  /** Parameters that were ignored: unknown, malformed or naming something that does not exist. */
  rejected: string[];
}

/**
 * Reads raw query parameters (strings, as the URL gives them) into view state. `organisations`
 * is the reference list: a scope naming an organisation that is not in it is rejected.
 */
export function readSearch(
  raw: Readonly<Record<string, unknown>>,
  organisations: readonly Organisation[],
  defaults: SearchDefaults = DEFAULT_SEARCH,
): SearchReading {
  const search: Record<string, unknown> = { ...defaults };
  const rejected: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: `constructor` or `__proto__` in a link must not reach Object's own.
    const field = Object.hasOwn(fields, key) ? (fields as Record<string, z.ZodType>)[key] : null;
    const parsed = field?.safeParse(value);
    if (parsed?.success) search[key] = parsed.data;
    else rejected.push(key);
  }
  // Every parameter without a good value is there, as undefined: the router lays this reading
  // over the raw query ({ ...raw, ...read }), so a key left out would let `from=2025-13` through.
  for (const key of SEARCH_KEYS) if (!Object.hasOwn(search, key)) search[key] = undefined;
  const result = search as AppSearch;
  if (!scopeExists(result.scope, organisations)) {
    result.scope = defaults.scope;
    rejected.push('scope');
  }
  if (result.from !== undefined && result.to !== undefined && result.from > result.to) {
    result.from = undefined;
    result.to = undefined;
    rejected.push('from', 'to');
  }
  return { search: result, rejected: [...new Set(rejected)].sort() };
}

/**
 * Whether a scope names something. The programme's organisations are known here; the national
 * register is not loaded when a link is read, so its codes are held to their form (an org number
 * has 9 digits, a county 2) and a code of that form that names nothing shows an empty scope.
 */
function scopeExists(key: ScopeKey, organisations: readonly Organisation[]): boolean {
  const [kind, code = ''] = key.split(':');
  const listed = (type: Organisation['type']) =>
    organisations.some((o) => o.code === code && o.type === type);
  switch (kind) {
    case 'catchment':
      return listed('health_trust') || ORG_NR.test(code);
    case 'rhf':
      return listed('rhf') || ORG_NR.test(code);
    case 'county':
      return /^[0-9]{2}$/.test(code);
    case 'mregion':
      return organisations.some((o) => o.municipal_region === code);
    case 'org':
      return organisations.some((o) => o.code === code);
    default:
      return true;
  }
}

const ORG_NR = /^[0-9]{9}$/;

/** The scope a key names; `today` (ISO date) decides who is live. */
export function scopeOf(key: ScopeKey, today: string): Scope {
  if (key === 'region') return { kind: 'region' };
  if (key === 'nation') return { kind: 'nation' };
  if (key === 'live' || key === 'not-live') {
    return { kind: 'live_group', at: today, live: key === 'live' };
  }
  const [kind, code = ''] = key.split(':');
  switch (kind) {
    case 'catchment':
      return { kind: 'catchment', trust: code };
    case 'rhf':
      return { kind: 'rhf', code };
    case 'county':
      return { kind: 'county', code };
    case 'mregion':
      return { kind: 'municipal_region', region: code };
    default:
      return { kind: 'organisation', code };
  }
}

/** `?a=1&b=x` → `{ a: '1', b: 'x' }`. Every value stays a string; the schema decides its type. */
export function parseQuery(query: string): Record<string, string> {
  // No prototype: a parameter named `__proto__` is then just a key, reported as unknown.
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of new URLSearchParams(query.replace(/^\?/, ''))) {
    // A repeated parameter keeps its first value, as a link's reader would see it.
    if (!Object.hasOwn(out, key)) out[key] = value;
  }
  return out;
}

/**
 * View state → `?…`, in SEARCH_KEYS order, lists joined by commas, and `,` and `:` left
 * readable (both are allowed in a query). Unknown keys are dropped.
 */
export function stringifyQuery(search: Readonly<Record<string, unknown>>): string {
  const params = new URLSearchParams();
  for (const key of SEARCH_KEYS) {
    const value = search[key];
    if (value === undefined || value === null) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
  return query === '' ? '' : `?${query}`;
}

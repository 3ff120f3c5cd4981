import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/domain/organisations';
import {
  DEFAULT_SEARCH,
  parseQuery,
  readSearch,
  scopeOf,
  stringifyQuery,
} from '../../src/url-state/search';

const org = (code: string, type: Organisation['type']): Organisation => ({
  code,
  name: code,
  type,
  parent: null,
  county: null,
  go_live: null,
  go_live_assumed: false,
  org_nr: null,
  programme: true,
  municipal_region: null,
});
const ORGS = [org('HNT-HF', 'health_trust'), org('5001', 'municipality')];
const read = (query: string) => readSearch(parseQuery(query), ORGS);

describe('reading the URL query', () => {
  it('gives the defaults for an empty query, and rejects nothing', () => {
    expect(read('')).toEqual({ search: DEFAULT_SEARCH, rejected: [] });
  });

  it('reads every parameter of a configured view', () => {
    const { search, rejected } = read(
      '?lang=en&scope=catchment:HNT-HF&orgs=5001,HNT-HF&from=2021-01&to=2025-12&limits=off&compare=multiples&benefit=færre_innleggelser',
    );
    expect(rejected).toEqual(['benefit']);
    expect(search).toEqual({
      lang: 'en',
      scope: 'catchment:HNT-HF',
      orgs: ['5001', 'HNT-HF'],
      from: '2021-01',
      to: '2025-12',
      limits: 'off',
      compare: 'multiples',
    });
  });

  it.each([
    ['lang=de', 'lang'],
    ['scope=<script>alert(1)</script>', 'scope'],
    ['scope=catchment:NOPE-HF', 'scope'],
    // A municipality has no catchment: only health trusts do.
    ['scope=catchment:5001', 'scope'],
    ['scope=org:9999', 'scope'],
    // The register's codes are held to their form: 9-digit org numbers, 2-digit counties.
    ['scope=rhf:12345', 'scope'],
    ['scope=county:5', 'scope'],
    ['scope=county:500', 'scope'],
    ['scope=catchment:98765432', 'scope'],
    ['scope=mregion:atlantis', 'scope'],
    ['orgs=../../x', 'orgs'],
    ['orgs=', 'orgs'],
    [`orgs=${Array.from({ length: 201 }, (_, i) => i).join(',')}`, 'orgs'],
    ['from=2025-13', 'from'],
    ['to=2025-1', 'to'],
    ['limits=1', 'limits'],
    ['compare=rank;DROP TABLE x', 'compare'],
    ['constructor=x', 'constructor'],
    ['__proto__=x', '__proto__'],
  ])('rejects %s and falls back to the default', (query, key) => {
    const { search, rejected } = read(`?${query}`);
    expect(rejected).toEqual([key]);
    expect(search).toEqual(DEFAULT_SEARCH);
  });

  it('keeps the good parameters when one is bad', () => {
    const { search, rejected } = read('?lang=en&scope=bogus&from=2022-03');
    expect(rejected).toEqual(['scope']);
    expect(search).toEqual({ ...DEFAULT_SEARCH, lang: 'en', from: '2022-03' });
  });

  it('rejects a period that ends before it starts', () => {
    const { search, rejected } = read('?from=2024-01&to=2023-12');
    expect(rejected).toEqual(['from', 'to']);
    expect(search.from).toBeUndefined();
    expect(search.to).toBeUndefined();
  });

  it('accepts a list as the app navigates with it, as an array', () => {
    expect(readSearch({ orgs: ['5001'] }, ORGS).search.orgs).toEqual(['5001']);
  });

  it('takes the first of a repeated parameter', () => {
    expect(read('?lang=en&lang=nb').search.lang).toBe('en');
  });
});

describe('writing the URL query', () => {
  it('writes nothing for nothing', () => {
    expect(stringifyQuery({})).toBe('');
  });

  it('writes parameters in one order, lists with commas, and keeps `:` readable', () => {
    expect(
      stringifyQuery({ to: '2025-12', scope: 'catchment:HNT-HF', orgs: ['5001', 'HNT-HF'] }),
    ).toBe('?scope=catchment:HNT-HF&orgs=5001,HNT-HF&to=2025-12');
  });

  it('escapes what would break the query, and drops unknown keys', () => {
    const query = stringifyQuery({ scope: 'a&b=c #d', evil: 'x' });
    expect(query).toBe('?scope=a%26b%3Dc+%23d');
    expect(parseQuery(query)).toEqual({ scope: 'a&b=c #d' });
  });

  it('round-trips every configured view', () => {
    const search = {
      lang: 'en',
      scope: 'org:5001',
      orgs: ['5001'],
      from: '2021-01',
      to: '2025-12',
      limits: 'off',
      compare: 'multiples',
      benefit: 'b1',
    } as const;
    expect(readSearch(parseQuery(stringifyQuery(search)), ORGS)).toEqual({ search, rejected: [] });
  });
});

describe('scopes', () => {
  it('turns each key into the scope the engine takes', () => {
    const today = '2026-11-25';
    expect(scopeOf('region', today)).toEqual({ kind: 'region' });
    expect(scopeOf('catchment:HNT-HF', today)).toEqual({ kind: 'catchment', trust: 'HNT-HF' });
    expect(scopeOf('org:5001', today)).toEqual({ kind: 'organisation', code: '5001' });
    expect(scopeOf('live', today)).toEqual({ kind: 'live_group', at: today, live: true });
    expect(scopeOf('not-live', today)).toEqual({ kind: 'live_group', at: today, live: false });
    expect(scopeOf('nation', today)).toEqual({ kind: 'nation' });
    expect(scopeOf('rhf:991324968', today)).toEqual({ kind: 'rhf', code: '991324968' });
    expect(scopeOf('county:50', today)).toEqual({ kind: 'county', code: '50' });
    expect(scopeOf('mregion:namdalen', today)).toEqual({
      kind: 'municipal_region',
      region: 'namdalen',
    });
  });

  it('accepts the national scopes and a municipal region its organisations name', () => {
    const inRegion = { ...org('5047', 'municipality'), municipal_region: 'namdalen' };
    for (const scope of ['nation', 'rhf:991324968', 'county:50', 'catchment:993467049']) {
      expect(read(`?scope=${scope}`)).toEqual({
        search: expect.objectContaining({ scope }),
        rejected: [],
      });
    }
    const reading = readSearch(parseQuery('?scope=mregion:namdalen'), [...ORGS, inRegion]);
    expect(reading.rejected).toEqual([]);
    expect(reading.search.scope).toBe('mregion:namdalen');
  });
});

describe('what the router does with a reading', () => {
  // TanStack Router lays the reading over the raw query ({ ...raw, ...reading }): a rejected
  // parameter must be there as undefined, or its raw value would come back.
  it.each([
    ['from=2025-13', 'from'],
    ['orgs=../../x', 'orgs'],
    ['limits=maybe', 'limits'],
  ])('leaves no trace of %s once laid over the raw query', (query, key) => {
    const raw = parseQuery(`?${query}`);
    const merged = { ...raw, ...read(`?${query}`).search } as Record<string, unknown>;
    expect(merged[key]).toEqual((DEFAULT_SEARCH as Record<string, unknown>)[key]);
  });
});

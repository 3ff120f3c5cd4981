import { describe, expect, it } from 'vitest';
import { readOrganisations } from '../../scripts/datasets-on-disk';
import { type Scope, scopeMembers, withoutTotals } from '../../src/domain/scope';

const organisations = readOrganisations();
const municipalities = new Set(
  organisations.filter((o) => o.type === 'municipality').map((o) => o.code),
);
const codes = (scope: Scope) =>
  scopeMembers(scope, organisations, municipalities).map((o) => o.code);
const codes2 = (scope: Scope, reporting: ReadonlySet<string>) =>
  scopeMembers(scope, organisations, reporting).map((o) => o.code);

describe('scopeMembers', () => {
  it('takes the whole region, never the RHF itself', () => {
    expect(codes({ kind: 'region' })).toHaveLength(municipalities.size);
    const all = new Set(organisations.map((o) => o.code));
    expect(scopeMembers({ kind: 'region' }, organisations, all).some((o) => o.type === 'rhf')).toBe(
      false,
    );
  });

  it('splits the region into the three catchments without overlap or gap', () => {
    const trusts = ['STO-HF', 'HMR-HF', 'HNT-HF'];
    const parts = trusts.map((trust) => codes({ kind: 'catchment', trust }));
    expect(parts.flat().sort()).toEqual(codes({ kind: 'region' }).sort());
    expect(parts[0]).toContain('5001');
    expect(parts[1]).toContain('1506');
  });

  it('groups by go-live on a date: Trondheim live in June 2022, Molde not yet', () => {
    const live = codes({ kind: 'live_group', at: '2022-06-01', live: true });
    const notYet = codes({ kind: 'live_group', at: '2022-06-01', live: false });
    expect(live).toEqual(['5001']);
    expect(notYet).toContain('1506');
    expect(live.length + notYet.length).toBe(municipalities.size);
  });

  it('never adds a trust to its own reporting municipalities: its cell is their total', () => {
    const withTrust = new Set([...municipalities, 'STO-HF', 'HMR-HF']);
    const catchment = scopeMembers(
      { kind: 'catchment', trust: 'STO-HF' },
      organisations,
      withTrust,
    );
    expect(catchment.map((o) => o.code)).not.toContain('STO-HF');
    expect(catchment.map((o) => o.code)).toContain('5001');
    // Where no municipality of its catchment reports, the trust is the one to count.
    const trustsOnly = new Set(['STO-HF', 'HMR-HF', 'HNT-HF']);
    expect(codes2({ kind: 'region' }, trustsOnly)).toEqual(['STO-HF', 'HMR-HF', 'HNT-HF']);
    // Asked for by name, the trust is shown on its own, even beside its municipalities.
    expect(codes2({ kind: 'organisation', code: 'STO-HF' }, withTrust)).toEqual(['STO-HF']);
  });

  it('drops a picked trust whose picked municipalities are there too, keeps one alone', () => {
    const pick = (...codes: string[]) =>
      withoutTotals(organisations.filter((o) => codes.includes(o.code))).map((o) => o.code);
    expect(pick('STO-HF', '5001', '5014')).toEqual(['5001', '5014']);
    expect(pick('STO-HF', '1506')).toEqual(['STO-HF', '1506']);
  });

  it('narrows to one organisation, and only if it reports', () => {
    expect(codes({ kind: 'organisation', code: '5001' })).toEqual(['5001']);
    expect(codes({ kind: 'organisation', code: 'STO-HF' })).toEqual([]);
  });
});

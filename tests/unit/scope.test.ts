import { describe, expect, it } from 'vitest';
import {
  readMunicipalRegions,
  readNationalRegister,
  readOrganisations,
} from '../../scripts/datasets-on-disk';
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

describe('scopeMembers over the national register', () => {
  const register = readNationalRegister();
  const all = register.organisations;
  const of = (scope: Scope, reporting: readonly string[]) =>
    scopeMembers(scope, all, new Set(reporting)).map((o) => o.code);
  const everyMunicipality = all.filter((o) => o.type === 'municipality').map((o) => o.code);

  it('keeps the region to the programme, whatever else reports', () => {
    expect(of({ kind: 'region' }, everyMunicipality)).toEqual(codes({ kind: 'region' }));
  });

  it('takes every municipality of the country for the nation, and no county or national row beside them', () => {
    const members = of({ kind: 'nation' }, [...everyMunicipality, '0', '50', '03']);
    expect(members).toHaveLength(357);
    expect(members).not.toContain('0');
    expect(members).not.toContain('50');
    // Reported alone, the national row is the nation.
    expect(of({ kind: 'nation' }, ['0'])).toEqual(['0']);
    // A county row stands for its county where its municipalities do not report.
    expect(of({ kind: 'nation' }, ['50', '5001'])).toEqual(['5001']);
    expect(of({ kind: 'nation' }, ['50', '1506']).sort()).toEqual(['1506', '50']);
  });

  it('a county is its municipalities, or its own row where they do not report', () => {
    const trondelag = of({ kind: 'county', code: '50' }, everyMunicipality);
    expect(trondelag).toContain('5001');
    expect(trondelag).toContain('5060');
    expect(trondelag.every((code) => code.startsWith('50'))).toBe(true);
    expect(of({ kind: 'county', code: '50' }, ['50', '1506'])).toEqual(['50']);
  });

  it('an RHF is everything under its trusts: hospitals and catchment municipalities', () => {
    // Two of St. Olavs' units and one of Helse Møre og Romsdal, one Oslo trust's unit.
    const hospitals = ['913461223', '915621457', '912777294', '974589095'];
    expect(of({ kind: 'rhf', code: 'HMN-RHF' }, hospitals).sort()).toEqual(
      ['912777294', '913461223', '915621457'].sort(),
    );
    expect(of({ kind: 'catchment', trust: 'STO-HF' }, hospitals).sort()).toEqual(
      ['913461223', '915621457'].sort(),
    );
    // A trust's own row is dropped where its hospitals report: it is their total.
    expect(of({ kind: 'catchment', trust: 'STO-HF' }, ['STO-HF', '913461223'])).toEqual([
      '913461223',
    ]);
    const helseNord = of({ kind: 'rhf', code: '883658752' }, everyMunicipality);
    expect(helseNord).toContain('1804');
    expect(helseNord).not.toContain('5001');
  });

  it('a municipal region is its listed municipalities', () => {
    expect(of({ kind: 'municipal_region', region: 'fjellregionen' }, everyMunicipality)).toEqual([
      '5025',
      '5026',
    ]);
    const regions = readMunicipalRegions();
    expect(regions).toHaveLength(12);
    expect(regions.flatMap((r) => r.members)).toHaveLength(66);
  });
});

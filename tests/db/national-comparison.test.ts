import { beforeAll, describe, expect, it } from 'vitest';
import { openReferenceDb, readNationalRegister } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { comparisonGroups } from '../../src/domain/national-comparison';
import { prepareImport } from '../../src/queries/import/prepare';
import { fetchYearly } from '../../src/queries/yearly';
import { indicatorById } from './demo-rows';

const register = readNationalRegister();
const indicator = indicatorById('reinnleggelse_30d_67');

const months = (org: string, year: number, count: number, numerator: number, denominator: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `${org};reinnleggelse_30d_67;${year}-${String(i + 1).padStart(2, '0')};${numerator};${denominator}`,
  );

/**
 * St. Olavs reports monthly (12 × 10 / 100 in 2024), Helse Møre og Romsdal 11 months only,
 * Helse Bergen (Helse Vest) and Oslo universitetssykehus (Helse Sør-Øst) yearly, the nation and
 * Trøndelag too. Worked by hand below.
 */
const FILE = [
  'org;indikator;periode;teller;nevner',
  ...months('STO-HF', 2024, 12, 10, 100),
  ...months('HMR-HF', 2024, 11, 20, 100),
  '983974724;reinnleggelse_30d_67;2024;60;400',
  '993467049;reinnleggelse_30d_67;2024;90;600',
  '993467049;reinnleggelse_30d_67;2023;80;500',
  'Hele landet;reinnleggelse_30d_67;2024;2000;15000',
  'Trøndelag;reinnleggelse_30d_67;2024;300;2500',
].join('\n');

const REPORTING = new Set(['STO-HF', 'HMR-HF', '983974724', '993467049', '0', '50']);

let db: Db;
beforeAll(async () => {
  db = await openReferenceDb();
  const prepared = await prepareImport(db, {
    name: 'national.csv',
    bytes: new TextEncoder().encode(FILE),
  });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
  expect(prepared.data.report.rejectedRows).toBe(0);
  await prepared.data.commit();
});

describe('the programme against the rest of the country', () => {
  const groups = comparisonGroups(register.organisations, REPORTING);
  const codesOf = (kind: string, code?: string) =>
    groups
      .find((g) => g.kind === kind && (code === undefined || (g.kind === 'rhf' && g.code === code)))
      ?.members.map((o) => o.code)
      .sort();

  it('sorts each organisation to one side; the nation and the programme’s counties to neither', () => {
    expect(codesOf('programme')).toEqual(['HMR-HF', 'STO-HF']);
    expect(codesOf('rest_of_country')).toEqual(['983974724', '993467049']);
    expect(codesOf('rhf', '983658725')).toEqual(['983974724']);
    expect(codesOf('rhf', '991324968')).toEqual(['993467049']);
    // In the register's order (org number). Helse Nord reports nothing here, and the programme's
    // own RHF is the programme.
    expect(groups.map((g) => (g.kind === 'rhf' ? g.name : g.kind))).toEqual([
      'programme',
      'rest_of_country',
      'Helse Vest RHF',
      'Helse Sør-Øst RHF',
    ]);
  });

  it('a hospital of a programme trust is on the programme’s side', () => {
    const withUnit = comparisonGroups(register.organisations, new Set(['913461223', '974589095']));
    expect(withUnit[0]?.members.map((o) => o.code)).toEqual(['913461223']);
    expect(withUnit[1]?.members.map((o) => o.code)).toEqual(['974589095']);
  });

  it('compares years: twelve shown months make a year, eleven do not', async () => {
    const programme = await fetchYearly(db, indicator, codesOf('programme') ?? []);
    // Only St. Olavs' 2024 counts: 120 / 1 200 = 10 %; Møre og Romsdal's 11 months are no year.
    expect(programme).toEqual([
      { year: 2024, value: 10, numerator: 120, denominator: 1200, organisations: 1 },
    ]);
    const rest = await fetchYearly(db, indicator, codesOf('rest_of_country') ?? []);
    expect(rest).toEqual([
      { year: 2023, value: 16, numerator: 80, denominator: 500, organisations: 1 },
      // (60 + 90) / (400 + 600) = 15 %
      { year: 2024, value: 15, numerator: 150, denominator: 1000, organisations: 2 },
    ]);
  });
});

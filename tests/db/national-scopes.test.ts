import { beforeAll, describe, expect, it } from 'vitest';
import {
  openReferenceDb,
  readNationalRegister,
  readRepoFile,
} from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { type Scope, scopeMembers } from '../../src/domain/scope';
import { prepareImport } from '../../src/queries/import/prepare';
import { fetchSeries } from '../../src/queries/series';
import { indicatorById } from './demo-rows';

const register = readNationalRegister();
const indicator = indicatorById('reinnleggelse_30d_67');

/**
 * A registry file by hospital org number, with the national row beside it, as SKDE and NPR
 * publish them (tests/fixtures/hospitals-by-orgnr.csv): St. Olavs' units 913461223 (10 / 100) and
 * 915621457 (30 / 200), Helse Møre og Romsdal's 912777294 (5 / 50), Oslo universitetssykehus'
 * 974589095 (40 / 400) and Hele landet (1 000 / 10 000). Worked by hand below: readmissions are a
 * rate, Σnumerator / Σdenominator × 100.
 */
const FILE = readRepoFile('tests/fixtures/hospitals-by-orgnr.csv');

let db: Db;
beforeAll(async () => {
  db = await openReferenceDb();
  const prepared = await prepareImport(db, {
    name: 'hospitals.csv',
    bytes: new Uint8Array(FILE),
  });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
  expect(prepared.data.report).toMatchObject({ validRows: 5, rejectedRows: 0 });
  await prepared.data.commit();
});

async function rate(scope: Scope): Promise<{ members: string[]; value: number | null }> {
  const reporting = new Set(['913461223', '915621457', '912777294', '974589095', '0']);
  const members = scopeMembers(scope, register.organisations, reporting).map((o) => o.code);
  const points = await fetchSeries(db, indicator, members);
  return { members: members.sort(), value: points[0]?.value ?? null };
}

describe('hospitals roll up to their trust, their RHF and the nation', () => {
  it('St. Olavs: its two units, (10 + 30) / (100 + 200) = 13.33 %', async () => {
    const { members, value } = await rate({ kind: 'catchment', trust: 'STO-HF' });
    expect(members).toEqual(['913461223', '915621457']);
    expect(value).toBeCloseTo((40 / 300) * 100, 10);
  });

  it('Helse Midt-Norge: its trusts’ three units, 45 / 350 = 12.86 %', async () => {
    const { members, value } = await rate({ kind: 'rhf', code: 'HMN-RHF' });
    expect(members).toEqual(['912777294', '913461223', '915621457']);
    expect(value).toBeCloseTo((45 / 350) * 100, 10);
  });

  it('the nation: the four units, never the national row beside them, 85 / 750', async () => {
    const { members, value } = await rate({ kind: 'nation' });
    expect(members).not.toContain('0');
    expect(value).toBeCloseTo((85 / 750) * 100, 10);
  });

  it('the national row on its own is 10 %', async () => {
    const { members, value } = await rate({ kind: 'organisation', code: '0' });
    expect(members).toEqual(['0']);
    expect(value).toBeCloseTo(10, 10);
  });
});

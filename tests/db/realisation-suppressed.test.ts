import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openReferenceDb, readRepoFile } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { sql } from '../../src/db/sql';
import { realiseMonth } from '../../src/domain/realisation';
import { prepareImport } from '../../src/queries/import/prepare';
import {
  fetchBenefitRealisation,
  fetchOrgBaselines,
  fetchRealisedCells,
} from '../../src/queries/realisation';
import { catalogue, indicatorById, organisationByCode, organisations } from './demo-rows';

/**
 * tests/fixtures/small-cells-priced.csv: avoidable admissions 67+ (a rate per 1,000, min n = 5,
 * NOK 50,000 per admission avoided). PLO messages, the indicator of small-cells.csv, has no
 * price, so it realises nothing either way. Oppdal (5021) and Frøya (5014) go live in 2023-10;
 * their twelve baseline months have 6 admissions each.
 * - 5021: 2023-10 has 5 (at the minimum, shown), 2023-11 has 3 and 2023-12 has 4 (both
 *   hidden), 2024-01 has 5, all on 1,300 inhabitants.
 * - 5014: 2023-11 has 2 (hidden), 2023-12 has 8, on 1,000.
 */
const indicator = indicatorById('acsc_innleggelser_67');
const oppdal = organisationByCode('5021');
const froya = organisationByCode('5014');
const members = [oppdal, froya];

const storedSchema = z.object({
  key: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  status: z.string().nullable(),
});

describe('realised NOK after small-number suppression', () => {
  let db: Db;

  beforeAll(async () => {
    expect(indicator.nok_per_unit).toBe(50_000);
    expect(indicator.min_n).toBe(5);
    db = await openReferenceDb();
    const prepared = await prepareImport(db, {
      name: 'small-cells-priced.csv',
      bytes: readRepoFile('tests/fixtures/small-cells-priced.csv'),
    });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    expect(prepared.data.report.rejectedRows).toBe(0);
    await prepared.data.commit();
  });

  it('loads the small cells as suppressed rows: no count and no denominator', async () => {
    const rows = await db.query(
      'hidden cells',
      sql`SELECT org_code || ' ' || period AS key, numerator, denominator, status
        FROM observations WHERE numerator IS NULL ORDER BY key`,
      storedSchema,
    );
    expect(rows).toEqual([
      { key: '5014 2023-11', numerator: null, denominator: null, status: ':' },
      { key: '5021 2023-11', numerator: null, denominator: null, status: ':' },
      { key: '5021 2023-12', numerator: null, denominator: null, status: ':' },
    ]);
  });

  it('has no realised cell for a hidden count, and NOK only from the shown ones', async () => {
    const cells = await fetchRealisedCells(db, indicator, members, organisations);
    const byKey = new Map(cells.map((c) => [`${c.org_code} ${c.period}`, c]));
    expect([...byKey.keys()].sort()).toEqual(['5014 2023-12', '5021 2023-10', '5021 2024-01']);
    for (const hidden of ['5014 2023-11', '5021 2023-11', '5021 2023-12']) {
      expect(byKey.has(hidden), hidden).toBe(false);
    }
    // One admission avoided on the baseline's 6 per 1,300 (or 1,000): NOK 50,000; two more: −100,000.
    expect(byKey.get('5021 2023-10')?.nok).toBeCloseTo(50_000, 6);
    expect(byKey.get('5021 2024-01')?.nok).toBeCloseTo(50_000, 6);
    expect(byKey.get('5014 2023-12')?.nok).toBeCloseTo(-100_000, 6);
  });

  it('would have counted the hidden count had it been loaded: suppression is what removes it', async () => {
    const baselines = await fetchOrgBaselines(db, indicator, members, organisations);
    const baseline = baselines.get('5021') ?? null;
    expect(baseline).toBeCloseTo((6 / 1300) * 1000, 10);
    const raw = { period: '2023-11', numerator: 3, denominator: 1300, value: 2.31 };
    expect(realiseMonth(indicator, '5021', baseline, oppdal.go_live, raw)?.nok).toBeCloseTo(
      150_000,
      6,
    );
  });

  it('adds a month where every count is hidden to the total as NOK 0, from nobody', async () => {
    const benefit = catalogue.benefits.find((b) => b.id === indicator.benefit_id);
    if (benefit === undefined) throw new Error(indicator.benefit_id);
    const realisation = await fetchBenefitRealisation(
      db,
      catalogue,
      benefit,
      organisations,
      organisations,
    );
    expect(realisation.total.map((m) => [m.period, Math.round(m.nok), m.organisations])).toEqual([
      ['2023-10', 50_000, 1],
      ['2023-11', 0, 0],
      ['2023-12', -100_000, 1],
      ['2024-01', 50_000, 1],
    ]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { groupByArea, isReported } from '../../src/features/organisation/organisation-model';
import { fetchScorecard } from '../../src/queries/scorecard';
import { catalogue, demoRows, organisations } from './demo-rows';

/** The indicators the demo CSV has rows for, for one organisation. */
const csvIndicators = (code: string) =>
  new Set(demoRows.filter((r) => r.org_code === code).map((r) => r.indicator_id));

/** The organisation page's data: one organisation's scorecard, grouped by area. */
describe('organisation page on the shipped demo data', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDemoDb();
  });

  const page = async (code: string) => {
    const rows = await fetchScorecard(db, catalogue, organisations, { kind: 'organisation', code });
    return groupByArea(catalogue, rows);
  };

  it.each(['5001', 'STO-HF', '1511'])(
    '%s: reports exactly the indicators the CSV has rows for',
    async (code) => {
      const groups = await page(code);
      const reported = groups.flatMap((g) => g.benefits.flatMap((b) => b.rows));
      const unreported = groups.flatMap((g) => g.unreported);
      expect(reported.map((r) => r.indicator.id).sort()).toEqual([...csvIndicators(code)].sort());
      expect(reported.length).toBeGreaterThan(0);
      expect(reported.length + unreported.length).toBe(catalogue.indicators.length);
      // One organisation alone: never a combination.
      expect(reported.every((r) => r.members === 1)).toBe(true);
    },
  );

  it('gives Trondheim (live since May 2022) a baseline and a current value', async () => {
    const groups = await page('5001');
    const portal = groups
      .flatMap((g) => g.benefits.flatMap((b) => b.rows))
      .find((r) => r.indicator.id === 'pasientportal_andel');
    expect(portal?.assessment?.baseline.value).not.toBeNull();
    expect(portal?.assessment?.current.value).not.toBeNull();
    expect(portal?.recent.length).toBeGreaterThan(1);
  });

  it('has nothing for the RHF, which reports nothing of its own', async () => {
    const rows = await fetchScorecard(db, catalogue, organisations, {
      kind: 'organisation',
      code: 'HMN-RHF',
    });
    expect(rows.some(isReported)).toBe(false);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { fetchReportingIndex, fetchReportingOrganisations } from '../../src/queries/available';
import { catalogue, demoRows } from './demo-rows';

describe('who reports which indicator, on the shipped demo data', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDemoDb();
  });

  it('gives every indicator the organisations it gives one indicator at a time', async () => {
    const index = await fetchReportingIndex(db);
    const ids = new Set(demoRows.map((row) => row.indicator_id));
    expect([...index.keys()].sort()).toEqual([...ids].sort());
    for (const indicator of catalogue.indicators) {
      const alone = await fetchReportingOrganisations(db, indicator.id);
      expect([...(index.get(indicator.id) ?? [])].sort(), indicator.id).toEqual(alone.sort());
      // And the demo rows' own organisations: a hidden cell still counts as reporting.
      const fromRows = new Set(
        demoRows.filter((r) => r.indicator_id === indicator.id).map((r) => r.org_code),
      );
      expect(alone.sort(), indicator.id).toEqual([...fromRows].sort());
    }
  });
});

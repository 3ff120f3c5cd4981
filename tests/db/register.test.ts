import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { isLiveAt } from '../../src/domain/scope';
import { isPriced, organisationRows, yearRows } from '../../src/features/register/register-model';
import { fetchRegisterRealisation } from '../../src/features/register/register-query';
import { fetchBenefitRealisation } from '../../src/queries/realisation';
import { catalogue, organisations } from './demo-rows';

const TODAY = '2026-01-15';
const priced = catalogue.benefits.filter((b) => isPriced(catalogue, b));
const trusts = organisations.filter((o) => o.type === 'health_trust');
const lastCumulative = (months: { cumulative: number }[]) => months.at(-1)?.cumulative ?? 0;

describe('the register page on the shipped demo data', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDemoDb();
  });

  it('realises over the region what the engine realises over every organisation', async () => {
    for (const benefit of priced) {
      const { members, realisation } = await fetchRegisterRealisation(
        db,
        catalogue,
        benefit,
        { kind: 'region' },
        organisations,
      );
      expect(members.some((o) => o.type === 'rhf')).toBe(false);
      const direct = await fetchBenefitRealisation(
        db,
        catalogue,
        benefit,
        organisations,
        organisations,
      );
      expect(lastCumulative(realisation.total), benefit.id).toBeCloseTo(
        lastCumulative(direct.total),
        2,
      );
    }
  });

  it('splits the region into the trusts’ catchments without losing or doubling a krone', async () => {
    for (const benefit of priced) {
      const region = await fetchRegisterRealisation(
        db,
        catalogue,
        benefit,
        { kind: 'region' },
        organisations,
      );
      let sum = 0;
      for (const trust of trusts) {
        const part = await fetchRegisterRealisation(
          db,
          catalogue,
          benefit,
          { kind: 'catchment', trust: trust.code },
          organisations,
        );
        expect(
          part.members.every((o) => o.code === trust.code || o.parent === trust.code),
          `${benefit.id} ${trust.code}`,
        ).toBe(true);
        sum += lastCumulative(part.realisation.total);
      }
      expect(sum, benefit.id).toBeCloseTo(lastCumulative(region.realisation.total), 2);
    }
  });

  it('finds nothing to realise among the organisations not yet live', async () => {
    for (const benefit of priced) {
      const { members, realisation } = await fetchRegisterRealisation(
        db,
        catalogue,
        benefit,
        { kind: 'live_group', at: TODAY, live: false },
        organisations,
      );
      expect(members.every((o) => !isLiveAt(o, TODAY))).toBe(true);
      expect(realisation.total).toEqual([]);
    }
  });

  it('shows tables that add up to the total the chart stands at', async () => {
    for (const benefit of priced) {
      const { realisation } = await fetchRegisterRealisation(
        db,
        catalogue,
        benefit,
        { kind: 'region' },
        organisations,
      );
      const last = realisation.total.at(-1);
      if (last === undefined) throw new Error(`${benefit.id}: nothing realised for the region`);
      const years = yearRows(realisation.total);
      expect(years.at(-1)?.cumulative, benefit.id).toBeCloseTo(last.cumulative, 2);
      expect(
        years.reduce((s, y) => s + y.realised, 0),
        benefit.id,
      ).toBeCloseTo(last.cumulative, 2);
      const rows = organisationRows(realisation, organisations, last.period);
      expect(
        rows.reduce((s, r) => s + r.cumulative, 0),
        benefit.id,
      ).toBeCloseTo(last.cumulative, 2);
      // Every organisation ranked, from most realised.
      expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
      const amounts = rows.map((r) => r.cumulative);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    }
  });
});

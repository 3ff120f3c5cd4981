import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openReferenceDb, readOrganisations } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { sql } from '../../src/db/sql';
import { fetchIndicatorView } from '../../src/queries/indicator-view';
import { fetchSeries } from '../../src/queries/series';
import { suppressSmallNumbers } from '../../src/queries/suppress';
import { indicatorById } from './demo-rows';
import { type Cell, expectHidden, loadFixtureCells } from './fixture-cells';

/**
 * Issue #12, tests/fixtures/small-cells-derived.csv (2018, before the demo data of this
 * indicator begins, so the browser test can load it beside them): readmissions within 30 days, 67+ (a rate,
 * threshold 5), in Helse Nord-Trøndelag (5006 Stjørdal, 5007 Levanger, 5020 Malvik):
 * 1. 2018-Q4: HNT-HF's quarter (2 688) beside its members' months, 5020's October 3 of 28;
 * 2. 2018-07: the region's month (12 628) beside two trusts, HNT-HF with no row, 5020 3 of 27;
 * 3. 2018-08: 5020 gives 0,0917 % of 3 271 and no numerator (3), HNT-HF's total 716 beside it;
 * 4. 2018-09: 5020 gives 0,49 % of 3 269 and no numerator (16, shown), beside 431 / 2 931 and
 *    900 / 6 123; and 5006's 2018-Q4 quarter (1 205) beside its own months.
 */
const INDICATOR = indicatorById('reinnleggelse_30d_67');
const organisation = (code: string) => {
  const found = readOrganisations().find((o) => o.code === code);
  if (found === undefined) throw new Error(code);
  return found;
};

describe('issue #12: small counts that could still be derived', () => {
  let db: Db;
  let cells: Map<string, Cell>;

  beforeAll(async () => {
    db = await openReferenceDb();
    cells = await loadFixtureCells(db, 'small-cells-derived.csv');
  });

  const hidden = (key: string) => expectHidden(cells, key);
  const shown = (key: string) => {
    const cell = cells.get(key);
    expect(cell?.value ?? cell?.numerator, key).not.toBeNull();
  };

  it('1. a trust’s quarter beside a hidden month of one member is hidden', () => {
    hidden('5020 2018-10');
    hidden('HNT-HF 2018-Q4');
    // Nothing hidden inside them: Stjørdal's own quarter and the other months stay.
    shown('5006 2018-Q4');
    for (const key of ['5006 2018-10', '5007 2018-10', '5020 2018-11', '5020 2018-12']) {
      shown(key);
    }
  });

  it('2. a region’s total is hidden when a municipality is, though its trust has no row', () => {
    hidden('5020 2018-07');
    hidden('HMN-RHF 2018-07');
    shown('STO-HF 2018-07');
    shown('HMR-HF 2018-07');
    shown('5006 2018-07');
  });

  it('3. a rate with a denominator and no numerator is judged on value × denominator', () => {
    hidden('5020 2018-08');
    expect(cells.get('5020 2018-08')?.denominator).toBeNull();
    hidden('HNT-HF 2018-08');
    // 0,49 % of 3 269 is 16: shown.
    expect(cells.get('5020 2018-09')?.value).toBeCloseTo(0.49, 10);
  });

  it('4. the counts beside a combined value are the counts of exactly that value', async () => {
    const series = await fetchSeries(db, INDICATOR, ['5006', '5007', '5020']);
    const september = series.find((p) => p.period === '2018-09');
    expect(september).toMatchObject({ numerator: 1331, denominator: 2931 + 6123 });
    expect(september?.value).toBeCloseTo((1331 / 9054) * 100, 10);
    // 5020 is hidden in August: neither its denominator nor anything of it is in the sum.
    const august = series.find((p) => p.period === '2018-08');
    expect(august).toMatchObject({ numerator: 415 + 298, denominator: 2790 + 2105 });
    for (const point of series) {
      if (point.numerator !== null && point.denominator !== null && point.value !== null) {
        expect(point.value, point.period).toBeCloseTo(
          (point.numerator / point.denominator) * 100,
          8,
        );
      }
    }
  });

  it('4. a quarter row is a point of its own, not added to the month it starts with', async () => {
    const view = await fetchIndicatorView(
      db,
      INDICATOR,
      ['HNT-HF', '5006', '5007', '5020'].map(organisation),
      readOrganisations(),
    );
    expect(view.points.every((p) => p.grain === 'month')).toBe(true);
    const october = view.points.find((p) => p.period === '2018-10');
    expect(october).toMatchObject({
      numerator: 400 + 300,
      denominator: 2700 + 2100,
      suppressed: 1,
    });
    // The quarter: Stjørdal's 1 205, HNT-HF's hidden.
    expect(view.coarser).toEqual([
      expect.objectContaining({
        period: '2018-Q4',
        grain: 'quarter',
        numerator: 1205,
        denominator: 8140,
        suppressed: 1,
      }),
    ]);
  });

  it('changes nothing when run again', async () => {
    expect(await suppressSmallNumbers(db)).toEqual({ primary: 0, secondary: 0 });
  });

  it('leaves none of the hidden numbers in the database', async () => {
    const numbers = await db.query(
      'every number',
      sql`SELECT value AS n FROM observations WHERE value IS NOT NULL
        UNION ALL SELECT numerator FROM observations WHERE numerator IS NOT NULL`,
      z.object({ n: z.number() }),
    );
    const all = numbers.map((row) => row.n);
    for (const secret of [2688, 12628, 716, 0.0917, 3]) {
      expect(all, String(secret)).not.toContain(secret);
    }
  });
});

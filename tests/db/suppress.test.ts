import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openReferenceDb } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { sql } from '../../src/db/sql';
import { fetchSeries } from '../../src/queries/series';
import { suppressSmallNumbers } from '../../src/queries/suppress';
import { indicatorById } from './demo-rows';
import { type Cell, expectHidden, loadFixtureCells } from './fixture-cells';

/**
 * tests/fixtures/small-cells.csv, PLO messages (a rate, min n = 5):
 * - 5014 (Frøya) 2026-01 has 3 of 7 — below 5, hidden. Its trust's total (STO-HF 2350) minus
 *   Trondheim (2347) would give the 3 back, so the trust's cell goes too, and then the region's
 *   (HMN-RHF), whose total minus the other trusts would give the trust's.
 * - 5001 (Trondheim) 2026-02 is `:` in the source: the trust's total that month goes.
 * - 5021 (Oppdal) 2025-03 has 4 of 12: hidden, and with it the year 2025 (24 = 11 + 9 + 4).
 */

describe('small-number suppression', () => {
  let db: Db;
  let cells: Map<string, Cell>;

  beforeAll(async () => {
    db = await openReferenceDb();
    cells = await loadFixtureCells(db, 'small-cells.csv');
  });

  const hidden = (key: string) => expectHidden(cells, key);

  it('hides a count below the indicator’s minimum, keeping the row and no number of it', () => {
    hidden('5014 2026-01');
    // Its denominator (7) goes too: of a mean it is the count (docs/suppression.md).
    expect(cells.get('5014 2026-01')?.denominator).toBeNull();
    hidden('5021 2025-03');
  });

  it('shows counts at or above the minimum', () => {
    expect(cells.get('5001 2026-01')?.numerator).toBe(2347);
    expect(cells.get('5021 2026-01')?.numerator).toBe(10);
    expect(cells.get('5021 2025-02')?.numerator).toBe(9);
  });

  it('hides a total that would give a hidden member back, up every level', () => {
    hidden('STO-HF 2026-01');
    hidden('HMN-RHF 2026-01');
    // Suppressed in the source: its trust's total goes the same way.
    hidden('5001 2026-02');
    hidden('STO-HF 2026-02');
  });

  it('hides a year that would give a hidden month back', () => {
    hidden('5021 2025');
  });

  it('leaves no hidden number anywhere in the database', async () => {
    const numbers = await db.query(
      'every number',
      sql`SELECT value AS n FROM observations WHERE value IS NOT NULL
        UNION ALL SELECT numerator FROM observations WHERE numerator IS NOT NULL`,
      z.object({ n: z.number() }),
    );
    const all = numbers.map((row) => row.n);
    for (const secret of [3, 42.86, 2350, 95.06, 2360, 95.02, 4, 33.33, 24, 80.56, 2290, 94.2]) {
      expect(all, String(secret)).not.toContain(secret);
    }
  });

  it('combines only the visible cells: the catchment’s rate is Trondheim’s and Oppdal’s', async () => {
    const indicator = indicatorById('plo_meldinger_frist');
    const series = await fetchSeries(db, indicator, ['5001', '5014', '5021']);
    const january = series.find((p) => p.period === '2026-01');
    expect(january?.numerator).toBe(2347 + 10);
    expect(january?.value).toBeCloseTo(((2347 + 10) / (2467 + 12)) * 100, 10);
    expect(january?.flagged).toBe(1);
  });

  it('changes nothing when run again', async () => {
    expect(await suppressSmallNumbers(db)).toEqual({ primary: 0, secondary: 0 });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { openReferenceDb } from '../../scripts/datasets-on-disk';
import { type Cell, expectHidden, loadFixtureCells } from './fixture-cells';

/**
 * A county row beside its municipalities (tests/fixtures/small-cells-county.csv, readmissions
 * 2017, threshold 5): Trøndelag 160 / 1 300 beside 5001 (90), 5006 (3, too small) and 5007 (40).
 * Shown, the county would give 5006's count back: 160 − 90 − 40 − (the rest) narrows it. A
 * municipality lies under its county as well as under its catchment trust
 * (docs/suppression.md, «Counties»), so hiding 5006 hides Trøndelag's cell too; Vestfold's row,
 * above no hidden cell, stays.
 */
describe('suppression through a municipality’s county', () => {
  let cells: Map<string, Cell>;
  beforeAll(async () => {
    cells = await loadFixtureCells(await openReferenceDb(), 'small-cells-county.csv');
  });

  it('hides the county of a hidden municipality, and nothing else', () => {
    expectHidden(cells, '5006 2017');
    expectHidden(cells, '50 2017');
    for (const key of ['5001 2017', '5007 2017', '3905 2017', '39 2017']) {
      expect(cells.get(key)?.numerator, key).not.toBeNull();
    }
  });
});

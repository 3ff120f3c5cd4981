import { expect } from 'vitest';
import { z } from 'zod';
import { readRepoFile } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { sql } from '../../src/db/sql';
import { prepareImport } from '../../src/queries/import/prepare';

/** One observation as the suppression tests look at it. */
export const cellSchema = z.object({
  org_code: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  status: z.string().nullable(),
});
export type Cell = z.infer<typeof cellSchema>;

/**
 * Uploads `tests/fixtures/<name>` through the checked import (every row must be valid) and
 * returns every observation, keyed «org period» («5014 2026-01»).
 */
export async function loadFixtureCells(db: Db, name: string): Promise<Map<string, Cell>> {
  const prepared = await prepareImport(db, { name, bytes: readRepoFile(`tests/fixtures/${name}`) });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
  expect(prepared.data.report.rejectedRows).toBe(0);
  await prepared.data.commit();
  const rows = await db.query(
    'cells',
    sql`SELECT org_code, period, value, numerator, denominator, status FROM observations`,
    cellSchema,
  );
  return new Map(rows.map((row) => [`${row.org_code} ${row.period}`, row]));
}

/** Asserts the cell is there and hidden: no value, no count, the status `:`. */
export function expectHidden(cells: Map<string, Cell>, key: string): void {
  const cell = cells.get(key);
  expect(cell, key).toBeDefined();
  expect({ key, value: cell?.value, numerator: cell?.numerator, status: cell?.status }).toEqual({
    key,
    value: null,
    numerator: null,
    status: ':',
  });
}

import { z } from 'zod';
import { type Db, inTransactionOn, withSession } from '../db/engine';
import { fragment, literal, type SqlQuery, sql } from '../db/sql';
import { suppressSmallNumbers } from './suppress';

/**
 * The columns of a baked dataset (scripts/bake.ts): observations exactly as they were loaded at
 * build time, after the import's checks and small-number suppression. The page reads them with
 * fixed types and no checks of its own — the build did those, and fails when any row is bad.
 */
export const BAKED_COLUMNS = [
  'org_code',
  'indicator_id',
  'period',
  'period_start',
  'grain',
  'value',
  'numerator',
  'denominator',
  'status',
] as const;

export const BAKED_TYPES: Readonly<Record<(typeof BAKED_COLUMNS)[number], string>> = {
  org_code: 'VARCHAR',
  indicator_id: 'VARCHAR',
  period: 'VARCHAR',
  period_start: 'DATE',
  grain: 'VARCHAR',
  value: 'DOUBLE',
  numerator: 'DOUBLE',
  denominator: 'DOUBLE',
  status: 'VARCHAR',
};

/** A `read_csv(columns = …)` struct for the given column names and DuckDB types. */
export function csvColumns(types: Readonly<Record<string, string>>): SqlQuery {
  const entries = Object.entries(types).map(([name, type]) => `'${name}': '${type}'`);
  return { text: `{${entries.join(', ')}}`, params: [] };
}
const idSchema = z.object({ id: z.number() });
let loads = 0;

export interface BakedDataset {
  /** The name the dataset had in the build configuration. */
  source: string;
  synthetic: boolean;
}

/**
 * Stores baked rows read from `rows` (a table or table function with BAKED_COLUMNS) as one
 * dataset: its dataset row, the rows clustered by indicator, its count, and suppression, which
 * runs again as it does after every load: one rule, whatever the source. Call it inside a
 * transaction on a connection of its own (the benchmark feeds it Arrow rows the same way).
 */
export async function storeBakedRows(
  session: Db,
  dataset: BakedDataset,
  rows: SqlQuery,
): Promise<number> {
  const [row] = await session.query(
    'record baked dataset',
    sql`INSERT INTO datasets (source, loaded_at, row_count, replaced_count, rejected_count,
        issue_count, synthetic)
      VALUES (${dataset.source}, epoch_ms(${Date.now()}::BIGINT), 0, 0, 0, 0,
        ${dataset.synthetic})
      RETURNING id`,
    idSchema,
  );
  const id = row?.id ?? -1;
  await session.run(
    'insert baked rows',
    sql`INSERT INTO observations
      SELECT org_code, indicator_id, period, period_start, grain, value, numerator,
        denominator, status, ${dataset.source}, ${id}
      FROM ${fragment(rows)}
      ORDER BY indicator_id`,
  );
  const [count] = await session.query(
    'count baked rows',
    sql`SELECT count(*) AS id FROM observations WHERE dataset_id = ${id}`,
    idSchema,
  );
  await session.run(
    'count baked dataset',
    sql`UPDATE datasets SET row_count = ${count?.id ?? 0} WHERE id = ${id}`,
  );
  await suppressSmallNumbers(session);
  return count?.id ?? 0;
}

/** Loads one baked CSV as a dataset, in one transaction on a connection of its own. */
export async function loadBakedDataset(
  db: Db,
  bytes: Uint8Array,
  dataset: BakedDataset,
): Promise<number> {
  // A counter, not crypto.randomUUID(): that exists only on https, and intranets serve http.
  const fileName = `baked-${++loads}.csv`;
  await db.registerFile(fileName, bytes);
  try {
    return await withSession(db, (session) =>
      inTransactionOn(session, 'load baked dataset', () =>
        storeBakedRows(
          session,
          dataset,
          sql`read_csv(${literal(fileName)}, header = true, delim = ',', quote = '"',
            nullstr = '', columns = ${fragment(csvColumns(BAKED_TYPES))})`,
        ),
      ),
    );
  } finally {
    await db.dropFile(fileName);
  }
}

import { z } from 'zod';
import { type Db, inTransactionOn, withSession } from '../db/engine';
import { sql } from '../db/sql';
import type { Catalogue } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';
import { loadReference } from './reference';
import { createSchema } from './schema';
import { suppressSmallNumbers } from './suppress';

const datasetSchema = z.object({
  id: z.number(),
  source: z.string(),
  /** Milliseconds since the epoch. */
  loadedAt: z.number(),
  /** Rows loaded by the import. */
  rows: z.number(),
  /** Of those, rows still loaded: a later import of the same keys replaces them. */
  currentRows: z.number(),
  /** Rows already loaded that this import replaced. */
  replaced: z.number(),
  rejected: z.number(),
  issues: z.number(),
  synthetic: z.boolean(),
});
export type Dataset = z.infer<typeof datasetSchema>;

/** Every loaded dataset, newest first. */
export async function listDatasets(db: Db): Promise<Dataset[]> {
  return db.query(
    'list datasets',
    sql`SELECT d.id, d.source, epoch_ms(d.loaded_at) AS "loadedAt", d.row_count AS rows,
        coalesce(o.n, 0) AS "currentRows", d.replaced_count AS replaced,
        d.rejected_count AS rejected, d.issue_count AS issues, d.synthetic
      FROM datasets d
        LEFT JOIN (SELECT dataset_id, count(*) AS n FROM observations GROUP BY dataset_id) o
          ON o.dataset_id = d.id
      ORDER BY d.loaded_at DESC, d.id DESC`,
    datasetSchema,
  );
}

const countSchema = z.object({ n: z.number() });

/** Whether any loaded observation comes from a synthetic (demo) dataset: views must say so. */
export async function showsSyntheticData(db: Db): Promise<boolean> {
  const [row] = await db.query(
    'synthetic rows loaded',
    sql`SELECT count(*) AS n FROM (SELECT 1 FROM observations o
        JOIN datasets d ON d.id = o.dataset_id WHERE d.synthetic LIMIT 1)`,
    countSchema,
  );
  return (row?.n ?? 0) > 0;
}

async function hasNoDatasets(db: Db): Promise<boolean> {
  const [row] = await db.query(
    'count datasets',
    sql`SELECT count(*) AS n FROM datasets`,
    countSchema,
  );
  return (row?.n ?? 0) === 0;
}

/**
 * Readies a database that may hold an earlier visit's data. The reference tables are replaced,
 * since a new build may ship new organisations or indicators; in one transaction, so a failure
 * keeps the old ones. Observations are kept: rows whose organisation or indicator a build drops
 * stay loaded (not shown), and show again if it returns. They are suppressed anew by the
 * build's thresholds (a lowered threshold cannot bring a hidden number back: it is gone).
 * Returns whether the database holds no dataset yet, a new one or one whose every dataset was
 * deleted.
 */
export async function prepareDatabase(
  db: Db,
  organisations: readonly Organisation[],
  catalogue: Catalogue,
  /** Every spelling of the organisations (the national register's); default their codes and names. */
  aliases?: ReadonlyMap<string, string>,
): Promise<{ empty: boolean }> {
  await createSchema(db);
  await withSession(db, (session) =>
    inTransactionOn(session, 'reload reference', async () => {
      await loadReference(session, organisations, catalogue, aliases);
      // A new build may raise a threshold or add a parent: stored data is held to it at once.
      await suppressSmallNumbers(session);
    }),
  );
  return { empty: await hasNoDatasets(db) };
}

const indicatorSchema = z.object({ indicator_id: z.string() });

/**
 * Deletes one dataset's observations and its row in one transaction, on a connection of its own
 * so queries the UI sends meanwhile never see half of it. Rows it replaced when it was loaded do
 * not come back: they were deleted then. Returns how many observations went, and of which
 * indicators (the views asking about others need not ask again).
 */
export async function deleteDataset(
  db: Db,
  id: number,
): Promise<{ removed: number; indicators: string[] }> {
  return withSession(db, (session) =>
    inTransactionOn(session, 'delete dataset', async () => {
      const [removed] = await session.query(
        'count dataset rows',
        sql`SELECT count(*) AS n FROM observations WHERE dataset_id = ${id}`,
        countSchema,
      );
      const indicators = await session.query(
        'dataset indicators',
        sql`SELECT DISTINCT indicator_id FROM observations WHERE dataset_id = ${id}
          ORDER BY indicator_id`,
        indicatorSchema,
      );
      await session.run(
        'delete dataset rows',
        sql`DELETE FROM observations WHERE dataset_id = ${id}`,
      );
      await session.run('delete dataset', sql`DELETE FROM datasets WHERE id = ${id}`);
      return { removed: removed?.n ?? 0, indicators: indicators.map((row) => row.indicator_id) };
    }),
  );
}

/** Deletes every observation and dataset in one transaction; the reference tables stay. */
export async function deleteAllDatasets(db: Db): Promise<void> {
  await withSession(db, (session) =>
    inTransactionOn(session, 'delete all datasets', async () => {
      await session.run('delete all observations', sql`DELETE FROM observations`);
      await session.run('delete all datasets', sql`DELETE FROM datasets`);
    }),
  );
}

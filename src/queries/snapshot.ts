import { z } from 'zod';
import { type Db, inTransactionOn, withSession } from '../db/engine';
import { fragment, literal, sql } from '../db/sql';
import { BAKED_TYPES, csvColumns } from './baked';

/**
 * The stored copy of what an analyst has loaded (docs/persistence.md): every observation as a
 * CSV in the baked form plus its `dataset_id`, and every dataset row. The page keeps its
 * database in memory and writes this copy after each change, so what is stored is always a
 * whole, consistent state, read back with fixed types.
 *
 * An observation's `source` is its dataset's (both loads write it so), so it is stored once, in
 * the dataset row, and joined back on restore: written per row it was a third of the file and of
 * the time it takes to write (docs/persistence.md, «What storing costs»).
 */

const OBSERVATION_TYPES = { ...BAKED_TYPES, dataset_id: 'INTEGER' };

const storedDatasetSchema = z.object({
  id: z.number().int(),
  source: z.string(),
  /** Milliseconds since the epoch. */
  loaded_at: z.number(),
  row_count: z.number().int(),
  replaced_count: z.number().int(),
  rejected_count: z.number().int(),
  issue_count: z.number().int(),
  synthetic: z.boolean(),
});
export const storedDatasetsSchema = z.array(storedDatasetSchema);
export type StoredDataset = z.infer<typeof storedDatasetSchema>;

export interface Snapshot {
  datasets: StoredDataset[];
  /** The observations as CSV (header, `,`, empty for NULL). */
  observations: Uint8Array;
  /** How many observations the CSV holds: a restore that reads another number fails. */
  rowCount: number;
}

const countSchema = z.object({ n: z.number() });

let exports = 0;

/**
 * Writes the loaded state out. One read-only transaction on a connection of its own, so the
 * datasets and observations are of the same moment even while another import commits.
 */
export async function exportSnapshot(db: Db): Promise<Snapshot> {
  const fileName = `snapshot-${++exports}.csv`;
  return withSession(db, (session) =>
    inTransactionOn(session, 'export snapshot', async () => {
      const datasets = await session.query(
        'export datasets',
        sql`SELECT id, source, epoch_ms(loaded_at) AS loaded_at, row_count, replaced_count,
            rejected_count, issue_count, synthetic
          FROM datasets ORDER BY id`,
        storedDatasetSchema,
      );
      const columns = Object.keys(OBSERVATION_TYPES).join(', ');
      // Written into one of duckdb-wasm's in-memory files (it warns "Buffering missing file"),
      // straight, not through a temporary file it would then rename. In the table's own order,
      // which each load clustered by indicator: sorting again made a save at 1 M rows take half
      // as long again (docs/persistence.md).
      await session.run(
        'export observations',
        sql`COPY (SELECT ${fragment({ text: columns, params: [] })} FROM observations)
          TO ${literal(fileName)} (FORMAT csv, HEADER, DELIMITER ',', USE_TMP_FILE false)`,
      );
      const [counted] = await session.query(
        'count exported observations',
        sql`SELECT count(*) AS n FROM observations`,
        countSchema,
      );
      try {
        const observations = await session.copyFileToBuffer(fileName);
        return { datasets, observations, rowCount: counted?.n ?? 0 };
      } finally {
        await session.dropFile(fileName);
      }
    }),
  );
}

let restores = 0;

/**
 * Loads a stored snapshot into an empty database, in one transaction: everything or nothing,
 * and nothing if the file does not hold the rows it was written with.
 * Dataset ids are kept (observations refer to them), and the id sequence is moved past them so
 * the next import gets a new one.
 */
export async function restoreSnapshot(db: Db, snapshot: Snapshot): Promise<void> {
  const fileName = `restore-${++restores}.csv`;
  await db.registerFile(fileName, snapshot.observations);
  try {
    await withSession(db, (session) =>
      inTransactionOn(session, 'restore snapshot', async () => {
        for (const d of snapshot.datasets) {
          await session.run(
            'restore dataset',
            sql`INSERT INTO datasets (id, source, loaded_at, row_count, replaced_count,
                rejected_count, issue_count, synthetic)
              VALUES (${d.id}, ${d.source}, epoch_ms(${d.loaded_at}::BIGINT), ${d.row_count},
                ${d.replaced_count}, ${d.rejected_count}, ${d.issue_count}, ${d.synthetic})`,
          );
        }
        // An observation whose dataset is not in the manifest drops out of the join, and the
        // count below refuses the snapshot.
        await session.run(
          'restore observations',
          sql`INSERT INTO observations BY NAME
            SELECT o.*, d.source
            FROM read_csv(${literal(fileName)}, header = true, delim = ',',
              quote = '"', nullstr = '', columns = ${fragment(csvColumns(OBSERVATION_TYPES))}) o
            JOIN datasets d ON d.id = o.dataset_id`,
        );
        const [restored] = await session.query(
          'count restored observations',
          sql`SELECT count(*) AS n FROM observations`,
          countSchema,
        );
        if (restored?.n !== snapshot.rowCount) {
          throw new Error(
            `the stored observations hold ${restored?.n} rows, not the ${snapshot.rowCount} stored`,
          );
        }
        const highest = Math.max(0, ...snapshot.datasets.map((d) => d.id));
        await session.run(
          'move dataset ids past the restored ones',
          sql`SELECT max(nextval('dataset_ids')) FROM range(${highest}::BIGINT)`,
        );
      }),
    );
  } finally {
    await db.dropFile(fileName);
  }
}

import type { Db } from '../db/engine';
import { exportSnapshot, restoreSnapshot } from '../queries/snapshot';
import { LEGACY_DB_FILE, setAside } from './stored-data';

/**
 * Copies the data of a database file stored by an earlier version of the page into `db`
 * (docs/persistence.md, "Databases stored before"). Those versions kept the database itself in
 * OPFS, and duckdb-wasm never emptied its write-ahead log after a checkpoint, so the log may hold
 * changes the file already has: replayed, they fail or repeat. The file is read as of its last
 * checkpoint, which those versions took after every change, with the log set aside (kept until
 * the copy is stored). Throws if the file cannot be read; it is then left as it is.
 */
export async function rescueLegacyDatabase(db: Db): Promise<void> {
  await setAside(`${LEGACY_DB_FILE}.wal`, `${LEGACY_DB_FILE}.wal.set-aside`);
  const { openStoredDuckDbFile } = await import('../db/browser');
  const legacy = await openStoredDuckDbFile(LEGACY_DB_FILE);
  try {
    await restoreSnapshot(db, await exportSnapshot(legacy.db));
  } finally {
    await legacy.terminate();
  }
}

import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import type { z } from 'zod';
import { disableExtensionLoading } from './console';
import { type Db, QueryError } from './engine';
import { parseRows } from './rows';
import type { SqlQuery } from './sql';

/** Both bundles come from our own build (Vite `?url`): nothing is fetched from a CDN. */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export const QUERY_CONFIG: duckdb.DuckDBQueryConfig = {
  castBigIntToDouble: true,
  castDecimalToDouble: true,
};

/**
 * Where the page's data lives: in the origin's private file system (kept across visits), or in
 * memory because another tab has the file, or because this browser cannot store it.
 */
/** Where the data lives: `read-only` is a published build's, in memory by design. */
export type Storage = 'opfs' | 'memory-other-tab' | 'memory-unavailable' | 'read-only';

/**
 * How long a page waits for the tab that had the database to let go of it, in case a reload
 * lands while the page it replaces is still being torn down (measured here: the lock is free
 * within 10 ms). A real second tab waits this long, then runs in memory; the engine starts
 * meanwhile (≈ 1 s), so little of the wait shows.
 */
const CLAIM_WAIT_MS = 1500;

/** Starts duckdb-wasm in its own worker, so queries and CSV parsing never block the page. */
/** The engine from our own build's files (exported for the benchmark's probe page). */
export async function startEngine(): Promise<duckdb.AsyncDuckDB> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (bundle.mainWorker === null) throw new Error('duckdb-wasm: no worker in the selected bundle');
  const worker = new Worker(bundle.mainWorker);
  const engine = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await engine.instantiate(bundle.mainModule, bundle.pthreadWorker);
  return engine;
}

/** An in-memory database: gone when the page closes. */
export async function openBrowserDb(): Promise<Db> {
  const engine = await startEngine();
  await engine.open({ query: QUERY_CONFIG });
  return firstConnection(engine);
}

/** The database's first connection, after settings that must hold for all SQL it will run. */
async function firstConnection(engine: duckdb.AsyncDuckDB): Promise<Db> {
  const db = connection(engine, await engine.connect());
  await disableExtensionLoading(db);
  return db;
}

/**
 * Opens `opfs://<fileName>` so the data survives reloads and restarts, or falls back to memory
 * and says why. DuckDB holds the file through exclusive access handles, which only one tab can
 * have; the others get an in-memory database rather than an error.
 */
export async function openPersistentBrowserDb(
  fileName: string,
): Promise<{ db: Db; storage: Storage }> {
  const [engine, claim] = await Promise.all([startEngine(), claimFile(fileName)]);
  if (claim !== 'ours') return inMemory(engine, claim);
  try {
    await engine.open({
      path: `opfs://${fileName}`,
      accessMode: duckdb.DuckDBAccessMode.READ_WRITE,
      query: QUERY_CONFIG,
    });
  } catch (error) {
    console.warn(`duckdb-wasm: opfs://${fileName} could not be opened; using memory`, error);
    // A failed open can keep one of the file's handles (the database's, not the log's); only
    // ending the worker is sure to release it, so the tab that owns the file can open it.
    await engine.terminate();
    return inMemory(await startEngine(), isBusy(error) ? 'memory-other-tab' : 'memory-unavailable');
  }
  return { db: await firstConnection(engine), storage: 'opfs' };
}

async function inMemory(
  engine: duckdb.AsyncDuckDB,
  storage: Exclude<Storage, 'opfs'>,
): Promise<{ db: Db; storage: Storage }> {
  await engine.open({ query: QUERY_CONFIG });
  return { db: await firstConnection(engine), storage };
}

/**
 * Takes a Web Lock named after the file and holds it until the page goes. The access handles
 * are exclusive anyway; the lock lets a second tab learn that without trying to open the file
 * (a failed open can leave a handle behind) and lets a reload wait for the page it replaces.
 */
async function claimFile(fileName: string): Promise<'ours' | Exclude<Storage, 'opfs'>> {
  if (typeof navigator.storage?.getDirectory !== 'function') return 'memory-unavailable';
  // Without Web Locks, trying to open is the only test; a refusal is handled there.
  if (navigator.locks === undefined) return 'ours';
  return new Promise((resolve) => {
    navigator.locks
      .request(`gevinstmonitor:${fileName}`, { signal: AbortSignal.timeout(CLAIM_WAIT_MS) }, () => {
        resolve('ours');
        return new Promise<never>(() => {});
      })
      .catch(() => resolve('memory-other-tab'));
  });
}

/** Chromium's refusal of a second access handle (NoModificationAllowedError). */
function isBusy(error: unknown): boolean {
  return /Access Handle|NoModificationAllowed|modification/i.test(String(error));
}

/** The app's `Db` over one connection (exported for the benchmark's probe page). */
export function connection(engine: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Db {
  const execute = async (name: string, query: SqlQuery) => {
    try {
      if (query.params.length === 0) return await conn.query(query.text);
      const statement = await conn.prepare(query.text);
      try {
        return await statement.query(...query.params);
      } finally {
        await statement.close();
      }
    } catch (error) {
      throw new QueryError(name, error);
    }
  };
  return {
    async query<T>(name: string, query: SqlQuery, schema: z.ZodType<T>) {
      return parseRows(name, await execute(name, query), schema);
    },
    async run(name, query) {
      await execute(name, query);
    },
    registerFile: (name, bytes) => engine.registerFileBuffer(name, bytes),
    async dropFile(name) {
      await engine.dropFile(name);
    },
    async connect() {
      const other = await engine.connect();
      return { ...connection(engine, other), close: async () => await other.close() };
    },
  };
}

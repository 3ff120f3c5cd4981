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
 * Starts duckdb-wasm from our own build's files in its own worker, so queries and CSV parsing
 * never block the page (exported for the benchmark's probe page).
 */
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
 * Opens a database file an earlier version of the page kept in the origin's private file system
 * (`opfs://<fileName>`), read-only, only to copy its data out (docs/persistence.md, "Databases
 * stored before"). Terminate the engine when done: only that surely releases the file's handles.
 */
export async function openStoredDuckDbFile(
  fileName: string,
): Promise<{ db: Db; terminate: () => Promise<void> }> {
  const engine = await startEngine();
  try {
    await engine.open({
      path: `opfs://${fileName}`,
      accessMode: duckdb.DuckDBAccessMode.READ_ONLY,
      query: QUERY_CONFIG,
    });
    return { db: await firstConnection(engine), terminate: () => engine.terminate() };
  } catch (error) {
    await engine.terminate();
    throw error;
  }
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
    copyFileToBuffer: (name) => engine.copyFileToBuffer(name),
    async connect() {
      const other = await engine.connect();
      return { ...connection(engine, other), close: async () => await other.close() };
    },
  };
}

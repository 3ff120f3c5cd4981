/**
 * duckdb-wasm started exactly as src/db/browser.ts starts it (same bundles from our own build,
 * same query settings, extension loading off), but keeping hold of the engine, which the app's
 * `Db` hides: the Arrow probe needs a raw connection for `insertArrowFromIPCStream`. Bench only.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import type { z } from 'zod';
import { disableExtensionLoading } from '../src/db/console';
import { QueryError, type Session } from '../src/db/engine';
import { parseRows } from '../src/db/rows';
import type { SqlQuery } from '../src/db/sql';

export interface ProbeDb {
  engine: duckdb.AsyncDuckDB;
  db: Session;
}

export interface RawSession {
  conn: duckdb.AsyncDuckDBConnection;
  session: Session;
}

/** The app's `Db` over one raw connection (as browser.ts's `connection`). */
export function wrap(engine: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Session {
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
      return wrap(engine, await engine.connect());
    },
    close: () => conn.close(),
  };
}

/** An in-memory database, as `openBrowserDb` opens it. */
export async function openProbeDb(): Promise<ProbeDb> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  if (bundle.mainWorker === null) throw new Error('duckdb-wasm: no worker in the selected bundle');
  const engine = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker));
  await engine.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await engine.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const db = wrap(engine, await engine.connect());
  await disableExtensionLoading(db);
  return { engine, db };
}

/** A connection of its own, raw and wrapped. */
export async function rawSession(engine: duckdb.AsyncDuckDB): Promise<RawSession> {
  const conn = await engine.connect();
  return { conn, session: wrap(engine, conn) };
}

/**
 * duckdb-wasm started by src/db/browser.ts's own code (same bundles, query settings, extension
 * loading off), but keeping hold of the engine, which the app's `Db` hides: the Arrow probe
 * needs a raw connection for `insertArrowFromIPCStream`. Bench only.
 */
import type * as duckdb from '@duckdb/duckdb-wasm';
import { connection, QUERY_CONFIG, startEngine } from '../src/db/browser';
import { disableExtensionLoading } from '../src/db/console';
import type { Session } from '../src/db/engine';

export interface ProbeDb {
  engine: duckdb.AsyncDuckDB;
  db: Session;
}

export interface RawSession {
  conn: duckdb.AsyncDuckDBConnection;
  session: Session;
}

/** The app's `Db` over one raw connection, closable. */
export function wrap(engine: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Session {
  return { ...connection(engine, conn), close: () => conn.close() };
}

/** An in-memory database, as `openBrowserDb` opens it. */
export async function openProbeDb(): Promise<ProbeDb> {
  const engine = await startEngine();
  await engine.open({ query: QUERY_CONFIG });
  const db = wrap(engine, await engine.connect());
  await disableExtensionLoading(db);
  return { engine, db };
}

/** A connection of its own, raw and wrapped. */
export async function rawSession(engine: duckdb.AsyncDuckDB): Promise<RawSession> {
  const conn = await engine.connect();
  return { conn, session: wrap(engine, conn) };
}

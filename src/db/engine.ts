import type { z } from 'zod';
import type { SqlQuery } from './sql';

/**
 * The one interface the rest of the app uses to talk to DuckDB. It has a browser implementation
 * (duckdb-wasm's async worker) and a Node one (duckdb-wasm's blocking build) so the same query
 * modules run in the page and in tests, on the same engine version.
 */
export interface Db {
  /** Runs a query and parses every row with `schema`; `name` labels errors. */
  query<T>(name: string, query: SqlQuery, schema: z.ZodType<T>): Promise<T[]>;
  /** Runs a statement whose result is not needed. */
  run(name: string, query: SqlQuery): Promise<void>;
  /** Makes bytes readable by `read_csv('<name>')`. The buffer may be transferred: pass a copy. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** The bytes of a file DuckDB wrote (`COPY … TO '<name>'`), copied out of the engine. */
  copyFileToBuffer(name: string): Promise<Uint8Array>;
  /**
   * Opens a connection of its own. Temporary (staging) tables live only on it, and a transaction
   * must use one, or queries the UI sends meanwhile would run inside it and see its unfinished
   * state. Close it when done.
   */
  connect(): Promise<Session>;
}

export interface Session extends Db {
  close(): Promise<void>;
}

/** A DuckDB error, wrapped with the name of the query that failed. */
export class QueryError extends Error {
  constructor(
    readonly queryName: string,
    override readonly cause: unknown,
  ) {
    super(`${queryName}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'QueryError';
  }
}

/** Runs `body` on a fresh connection, closed afterwards. */
export async function withSession<T>(db: Db, body: (session: Session) => Promise<T>): Promise<T> {
  const session = await db.connect();
  try {
    return await body(session);
  } finally {
    await session.close();
  }
}

/**
 * Runs `body` in one transaction on `session`, which should be a connection of its own
 * (see `Db.connect`); a throw rolls everything back.
 */
export async function inTransactionOn<T>(
  session: Db,
  name: string,
  body: () => Promise<T>,
): Promise<T> {
  await session.run(`${name}: begin`, { text: 'BEGIN TRANSACTION', params: [] });
  try {
    const result = await body();
    await session.run(`${name}: commit`, { text: 'COMMIT', params: [] });
    return result;
  } catch (error) {
    await session.run(`${name}: rollback`, { text: 'ROLLBACK', params: [] });
    throw error;
  }
}

import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { z } from 'zod';
import { disableExtensionLoading } from './console';
import { type Db, QueryError } from './engine';
import { parseRows } from './rows';
import type { SqlQuery } from './sql';

/**
 * Opens duckdb-wasm's blocking Node build: the same engine and SQL as the page, for tests and
 * build scripts. Each call gives an independent in-memory database.
 */
export async function openNodeDb(): Promise<Db> {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: {
      mainModule: path.join(dist, 'duckdb-mvp.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: path.join(dist, 'duckdb-eh.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
    },
  };
  const engine = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await engine.instantiate();
  engine.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const db = connection(engine, engine.connect());
  // As in the page: no SQL may make DuckDB fetch an extension from the network.
  await disableExtensionLoading(db);
  return db;
}

function connection(engine: duckdb.DuckDBBindings, conn: duckdb.DuckDBConnection): Db {
  const execute = (name: string, query: SqlQuery) => {
    try {
      if (query.params.length === 0) return conn.query(query.text);
      const statement = conn.prepare(query.text);
      try {
        return statement.query(...query.params);
      } finally {
        statement.close();
      }
    } catch (error) {
      throw new QueryError(name, error);
    }
  };
  return {
    async query<T>(name: string, query: SqlQuery, schema: z.ZodType<T>) {
      return parseRows(name, execute(name, query), schema);
    },
    async run(name, query) {
      execute(name, query);
    },
    async registerFile(name, bytes) {
      engine.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      engine.dropFile(name);
    },
    async copyFileToBuffer(name) {
      const bytes = engine.copyFileToBuffer(name);
      // In Node, duckdb-wasm's `COPY … TO` writes a real file (in the browser, a buffer):
      // once its bytes are out it goes, so tests and scripts leave nothing behind.
      rmSync(name, { force: true });
      return bytes;
    },
    async connect() {
      const other = engine.connect();
      return { ...connection(engine, other), close: async () => other.close() };
    },
  };
}

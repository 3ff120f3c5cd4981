import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import type { z } from 'zod';
import { type Db, QueryError } from './engine';
import { parseRows } from './rows';
import type { SqlQuery } from './sql';

/** Both bundles come from our own build (Vite `?url`): nothing is fetched from a CDN. */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Starts duckdb-wasm in its own worker, so queries and CSV parsing never block the page. */
export async function openBrowserDb(): Promise<Db> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (bundle.mainWorker === null) throw new Error('duckdb-wasm: no worker in the selected bundle');
  const worker = new Worker(bundle.mainWorker);
  const engine = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await engine.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await engine.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  return connection(engine, await engine.connect());
}

function connection(engine: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Db {
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

/**
 * Reference measurements in the same browser as the app, built beside it only for `npm run bench`:
 * what duckdb-wasm's own read_csv and papaparse alone achieve on the same file, how long DuckDB
 * takes merely to start, and how long the same rows take to load as an upload, as a shared
 * build's baked CSV and as Arrow. The app's own import is measured through its real upload control.
 */
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import Papa from 'papaparse';
import { z } from 'zod';
import { openBrowserDb } from '../src/db/browser';
import { type Db, inTransactionOn } from '../src/db/engine';
import { fragment, literal, sql } from '../src/db/sql';
import { loadBakedDataset, storeBakedRows } from '../src/queries/baked';
import { prepareDatabase } from '../src/queries/datasets';
import { prepareImport } from '../src/queries/import/prepare';
import { nationalRegister } from '../src/session/national-register';
import { catalogue } from '../src/session/reference';
import { openProbeDb, rawSession } from './probe-db';
import type { LoadFormat } from './results-schema';

const countSchema = z.object({ n: z.number() });
const contentSchema = z.object({ rows: z.number(), shown: z.number(), total: z.number() });

/** What was loaded, to check every format loaded the same rows. */
export type LoadedContent = z.infer<typeof contentSchema>;

/** The full checked import, as the upload control runs it (harmonising, its default). */
async function importCsv(db: Db, bytes: Uint8Array): Promise<void> {
  const prepared = await prepareImport(
    db,
    { name: 'bench.csv', bytes },
    { codeMap: nationalRegister.codeMap },
  );
  if (!prepared.ok) throw new Error(`import failed: ${JSON.stringify(prepared.error)}`);
  const { report } = prepared.data;
  if (report.rejectedRows > 0) throw new Error(`import rejected ${report.rejectedRows} rows`);
  await prepared.data.commit();
}

/**
 * An Arrow IPC stream of baked rows loaded as loadBakedDataset loads a baked CSV (storeBakedRows
 * in one transaction on a connection of its own); the Arrow rows land in a table of that
 * transaction first, as insertArrowFromIPCStream can only create or append to a table.
 */
async function loadArrow(engine: AsyncDuckDB, bytes: Uint8Array): Promise<void> {
  const { conn, session } = await rawSession(engine);
  try {
    await inTransactionOn(session, 'load arrow', async () => {
      await conn.insertArrowFromIPCStream(bytes, { name: 'arrow_rows', create: true });
      await storeBakedRows(session, { source: 'bench.arrows', synthetic: true }, sql`arrow_rows`);
      await session.run('drop arrow rows', sql`DROP TABLE arrow_rows`);
    });
  } finally {
    await session.close();
  }
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const probes = {
  /** Milliseconds from here to a DuckDB ready for queries. */
  async instantiate(): Promise<number> {
    const start = performance.now();
    await openBrowserDb();
    return performance.now() - start;
  },

  /** duckdb-wasm's read_csv of the file into a table, types detected by DuckDB itself. */
  async readCsv(url: string, semicolon: boolean): Promise<{ ms: number; rows: number }> {
    const db = await openBrowserDb();
    const bytes = await fetchBytes(url);
    const start = performance.now();
    await db.registerFile('bench.csv', bytes);
    const options = fragment({
      text: semicolon ? "delim = ';', decimal_separator = ','" : "delim = ','",
      params: [],
    });
    await db.run(
      'bare read_csv',
      sql`CREATE TABLE bench AS SELECT * FROM read_csv(${literal('bench.csv')}, header = true, ${options})`,
    );
    const ms = performance.now() - start;
    const [row] = await db.query('count', sql`SELECT count(*) AS n FROM bench`, countSchema);
    return { ms, rows: row?.n ?? 0 };
  },

  /**
   * Bytes in hand → rows in the observations table, suppressed and committed, in ms, on a
   * database readied as the page readies its own (schema, reference data). The file is fetched
   * before the clock starts, as for read_csv above: its size is reported on its own.
   */
  async load(url: string, format: LoadFormat): Promise<{ ms: number; content: LoadedContent }> {
    const { engine, db } = await openProbeDb();
    await prepareDatabase(db, nationalRegister.organisations, catalogue, nationalRegister.aliases);
    const bytes = await fetchBytes(url);
    const start = performance.now();
    if (format === 'import') await importCsv(db, bytes);
    else if (format === 'baked-csv')
      await loadBakedDataset(db, bytes, { source: 'bench.csv', synthetic: true });
    else await loadArrow(engine, bytes);
    const ms = performance.now() - start;
    const [content] = await db.query(
      'loaded content',
      sql`SELECT count(*) AS rows, count(value) AS shown, coalesce(sum(value), 0) AS total
        FROM observations`,
      contentSchema,
    );
    if (content === undefined) throw new Error('no content');
    await engine.terminate();
    return { ms, content };
  },

  /** papaparse alone, on the main thread, decoding included. */
  async papaparse(url: string): Promise<{ ms: number; rows: number }> {
    const bytes = await fetchBytes(url);
    const start = performance.now();
    const result = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true });
    return { ms: performance.now() - start, rows: result.data.length - 1 };
  },
};

declare global {
  interface Window {
    benchProbes: typeof probes;
  }
}
window.benchProbes = probes;
// `?instantiate`: start DuckDB at once and note when it is ready, measured from navigation.
if (new URLSearchParams(location.search).has('instantiate')) {
  void openBrowserDb().then(() => {
    document.body.dataset.duckdbReadyMs = String(performance.now());
  });
}
document.body.dataset.ready = 'true';

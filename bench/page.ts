/**
 * Reference measurements in the same browser as the app, built beside it only for `npm run bench`:
 * what duckdb-wasm's own read_csv and papaparse alone achieve on the same file, and how long DuckDB
 * takes merely to start. The app's own import is measured through its real upload control.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { openBrowserDb } from '../src/db/browser';
import { fragment, literal, sql } from '../src/db/sql';

const countSchema = z.object({ n: z.number() });

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

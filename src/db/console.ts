import type { Db } from './engine';
import { sql } from './sql';

/**
 * Turns off DuckDB's extension autoloading, which duckdb-wasm leaves on. With it on, SQL that
 * names an extension's function (`to_json(…)`, the TimeZone setting) makes DuckDB fetch that
 * extension from DuckDB's repository on the internet — a request leaving the page — and after a
 * blocked fetch duckdb-wasm 1.32 answers every query with "memory access out of bounds". The app's SQL
 * needs no extension, so this is safe to apply to the whole database (the settings are global).
 * Applied when a database is opened (browser.ts, node.ts), before any SQL an analyst typed.
 */
export async function disableExtensionLoading(db: Db): Promise<void> {
  await db.run('no extension autoloading', sql`SET autoload_known_extensions = false`);
  await db.run('no extension installing', sql`SET autoinstall_known_extensions = false`);
}

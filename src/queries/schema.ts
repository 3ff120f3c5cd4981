import type { Db } from '../db/engine';
import { sql } from '../db/sql';

/**
 * The loaded data. Observations are typed, and each import is inserted clustered by indicator
 * (see commit.ts), because every chart reads one indicator for a few organisations.
 *
 * Every statement is `IF NOT EXISTS`: in the browser the database persists (OPFS), so this runs
 * against the tables a previous visit left behind and must never replace them. The flip side:
 * changing a table here needs a migration, since `IF NOT EXISTS` leaves existing ones as they are.
 */
export async function createSchema(db: Db): Promise<void> {
  await db.run(
    'create organisations',
    sql`CREATE TABLE IF NOT EXISTS organisations (
      code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL,
      parent VARCHAR, county VARCHAR, go_live DATE, go_live_assumed BOOLEAN NOT NULL)`,
  );
  // Every spelling of an organisation a file may use → its code (docs/national-register.md).
  // The keys are spelling keys (src/domain/spelling.ts); a value may be an old municipality code,
  // which harmonisation then moves on.
  await db.run(
    'create organisation aliases',
    sql`CREATE TABLE IF NOT EXISTS organisation_aliases (
      alias VARCHAR PRIMARY KEY, code VARCHAR NOT NULL)`,
  );
  await db.run(
    'create indicators',
    sql`CREATE TABLE IF NOT EXISTS indicators (
      id VARCHAR PRIMARY KEY, benefit_id VARCHAR NOT NULL, aggregation VARCHAR NOT NULL,
      unit VARCHAR NOT NULL, rate_multiplier DOUBLE NOT NULL, min_n INTEGER NOT NULL DEFAULT 0)`,
  );
  // Migration: databases stored before suppression thresholds lived here lack the column.
  await db.run(
    'add indicators.min_n',
    sql`ALTER TABLE indicators ADD COLUMN IF NOT EXISTS min_n INTEGER DEFAULT 0`,
  );
  await db.run('create dataset ids', sql`CREATE SEQUENCE IF NOT EXISTS dataset_ids START 1`);
  // One row per committed import. The counts are as they were at load time; rows a later import
  // replaced are counted live from observations (see datasets.ts).
  await db.run(
    'create datasets',
    sql`CREATE TABLE IF NOT EXISTS datasets (
      id INTEGER PRIMARY KEY DEFAULT nextval('dataset_ids'),
      source VARCHAR NOT NULL, loaded_at TIMESTAMP NOT NULL,
      row_count INTEGER NOT NULL, replaced_count INTEGER NOT NULL,
      rejected_count INTEGER NOT NULL, issue_count INTEGER NOT NULL,
      synthetic BOOLEAN NOT NULL DEFAULT false)`,
  );
  // `source` (the file name) stays for readers that show where a number came from; deleting
  // goes by `dataset_id`, since two uploads may share a file name. No foreign key: DuckDB
  // refuses to delete a dataset row in the same transaction that deleted its observations.
  await db.run(
    'create observations',
    sql`CREATE TABLE IF NOT EXISTS observations (
      org_code VARCHAR NOT NULL, indicator_id VARCHAR NOT NULL,
      period VARCHAR NOT NULL, period_start DATE NOT NULL, grain VARCHAR NOT NULL,
      value DOUBLE, numerator DOUBLE, denominator DOUBLE, status VARCHAR,
      source VARCHAR NOT NULL, dataset_id INTEGER NOT NULL)`,
  );
}

import type { Db } from '../db/engine';
import { sql } from '../db/sql';

/**
 * The loaded data. Observations are typed, and each import is inserted clustered by indicator
 * (see commit.ts), because every chart reads one indicator for a few organisations.
 */
export async function createSchema(db: Db): Promise<void> {
  await db.run(
    'create organisations',
    sql`CREATE TABLE IF NOT EXISTS organisations (
      code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL,
      parent VARCHAR, county VARCHAR, go_live DATE, go_live_assumed BOOLEAN NOT NULL)`,
  );
  await db.run(
    'create indicators',
    sql`CREATE TABLE IF NOT EXISTS indicators (
      id VARCHAR PRIMARY KEY, benefit_id VARCHAR NOT NULL, aggregation VARCHAR NOT NULL,
      unit VARCHAR NOT NULL, rate_multiplier DOUBLE NOT NULL)`,
  );
  await db.run(
    'create observations',
    sql`CREATE TABLE IF NOT EXISTS observations (
      org_code VARCHAR NOT NULL, indicator_id VARCHAR NOT NULL,
      period VARCHAR NOT NULL, period_start DATE NOT NULL, grain VARCHAR NOT NULL,
      value DOUBLE, numerator DOUBLE, denominator DOUBLE, status VARCHAR,
      source VARCHAR NOT NULL)`,
  );
}

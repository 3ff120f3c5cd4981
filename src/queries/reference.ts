import type { Db } from '../db/engine';
import { fragment, join, type SqlQuery, sql } from '../db/sql';
import { type Catalogue, rateMultiplier } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';
import { organisationAliases } from '../domain/register';

/** Rows per INSERT: the national register is ≈ 600 organisations and ≈ 4 000 spellings. */
const CHUNK = 500;

async function insertAll<T>(
  db: Db,
  label: string,
  into: SqlQuery,
  rows: readonly T[],
  values: (row: T) => SqlQuery,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK).map(values);
    await db.run(label, sql`${fragment(into)} VALUES ${join(chunk, ', ')}`);
  }
}

/**
 * Replaces the reference tables that uploads are validated against: the organisations, every
 * spelling of them a file may use (docs/national-register.md, «How a file's spellings are read»;
 * without a register, the organisations' own codes and names) and the indicators.
 */
export async function loadReference(
  db: Db,
  organisations: readonly Organisation[],
  catalogue: Catalogue,
  aliases: ReadonlyMap<string, string> = organisationAliases(organisations),
): Promise<void> {
  await db.run('clear organisations', sql`DELETE FROM organisations`);
  await insertAll(
    db,
    'insert organisations',
    sql`INSERT INTO organisations`,
    organisations,
    (org) =>
      sql`(${org.code}, ${org.name}, ${org.type}, ${org.parent}, ${org.county},
        ${org.go_live}::DATE, ${org.go_live_assumed})`,
  );
  await db.run('clear organisation aliases', sql`DELETE FROM organisation_aliases`);
  await insertAll(
    db,
    'insert organisation aliases',
    sql`INSERT INTO organisation_aliases`,
    [...aliases],
    ([alias, code]) => sql`(${alias}, ${code})`,
  );
  await db.run('clear indicators', sql`DELETE FROM indicators`);
  await insertAll(
    db,
    'insert indicators',
    sql`INSERT INTO indicators (id, benefit_id, aggregation, unit, rate_multiplier, min_n)`,
    catalogue.indicators,
    (indicator) =>
      sql`(${indicator.id}, ${indicator.benefit_id}, ${indicator.aggregation},
        ${indicator.unit}, ${rateMultiplier(indicator.unit)}, ${indicator.min_n})`,
  );
}

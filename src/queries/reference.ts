import type { Db } from '../db/engine';
import { sql } from '../db/sql';
import { type Catalogue, rateMultiplier } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';

/** Replaces the reference tables that uploads are validated against. */
export async function loadReference(
  db: Db,
  organisations: readonly Organisation[],
  catalogue: Catalogue,
): Promise<void> {
  await db.run('clear organisations', sql`DELETE FROM organisations`);
  for (const org of organisations) {
    await db.run(
      'insert organisation',
      sql`INSERT INTO organisations VALUES (${org.code}, ${org.name}, ${org.type}, ${org.parent},
        ${org.county}, ${org.go_live}::DATE, ${org.go_live_assumed})`,
    );
  }
  await db.run('clear indicators', sql`DELETE FROM indicators`);
  for (const indicator of catalogue.indicators) {
    await db.run(
      'insert indicator',
      sql`INSERT INTO indicators (id, benefit_id, aggregation, unit, rate_multiplier, min_n)
        VALUES (${indicator.id}, ${indicator.benefit_id}, ${indicator.aggregation},
          ${indicator.unit}, ${rateMultiplier(indicator.unit)}, ${indicator.min_n})`,
    );
  }
}

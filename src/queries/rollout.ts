import { z } from 'zod';
import type { Db } from '../db/engine';
import { sql } from '../db/sql';
import type { Indicator } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';
import { estimateRolloutEffect } from '../domain/rollout/estimate';
import type { RolloutOptions, RolloutResult, RolloutRow } from '../domain/rollout/types';

const rowSchema = z
  .object({
    org_code: z.string(),
    period_start: z.iso.date(),
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
  })
  .transform(
    (row): RolloutRow => ({
      orgCode: row.org_code,
      periodStart: row.period_start,
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
    }),
  );

/**
 * Every organisation's monthly observations of one indicator. Only monthly grain: windows are
 * counted in months, and a quarterly or yearly row would straddle them.
 */
export async function fetchRolloutInput(db: Db, indicator: Indicator): Promise<RolloutRow[]> {
  return db.query(
    'rollout input',
    sql`SELECT org_code, strftime(period_start, '%Y-%m-%d') AS period_start,
        value, numerator, denominator
      FROM observations
      WHERE indicator_id = ${indicator.id} AND grain = ${'month'}
      ORDER BY org_code, period_start`,
    rowSchema,
  );
}

/** The difference-in-differences comparison of live and not-yet-live organisations. */
export async function compareRollout(
  db: Db,
  indicator: Indicator,
  organisations: readonly Organisation[],
  options: RolloutOptions = {},
): Promise<RolloutResult> {
  const rows = await fetchRolloutInput(db, indicator);
  return estimateRolloutEffect(rows, organisations, indicator, options);
}

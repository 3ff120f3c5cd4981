import { z } from 'zod';
import type { Db } from '../db/engine';
import { fragment, join, sql } from '../db/sql';
import type { Catalogue } from '../domain/catalogue';

/**
 * Indicators an analyst loaded that the catalogue does not describe (the upload's opt-in, see
 * stage.ts), and rows a build's catalogue no longer has: shown with their codes until someone
 * describes them. Without a unit, direction or aggregation nothing is combined or judged here.
 */

/**
 * An indicator id that may be loaded without a description: written as the catalogue writes
 * its ids (at most 64 characters), so it can be described later and named in an address.
 */
export const UNCATALOGUED_ID = /^[a-z0-9_]{1,64}$/;

export interface UncataloguedIndicator {
  id: string;
  /** Organisations with at least one row. */
  organisations: number;
  /** The first and last period (`2024-01`, `2024-Q1`, `2024`), by period start. */
  first: string;
  last: string;
  rows: number;
}

const summarySchema = z.object({
  id: z.string(),
  organisations: z.number(),
  first: z.string(),
  last: z.string(),
  rows: z.number(),
});

/** Indicator ids in `observations` that `catalogue` does not have, by id. */
export async function fetchUncatalogued(
  db: Db,
  catalogue: Catalogue,
): Promise<UncataloguedIndicator[]> {
  const known = catalogue.indicators.map((i) => sql`${i.id}`);
  const notKnown = known.length === 0 ? sql`true` : sql`indicator_id NOT IN (${join(known, ', ')})`;
  return db.query(
    'uncatalogued indicators',
    sql`SELECT indicator_id AS id, count(DISTINCT org_code) AS organisations,
        arg_min(period, period_start) AS "first", arg_max(period, period_start) AS "last",
        count(*) AS "rows"
      FROM observations WHERE ${fragment(notKnown)}
      GROUP BY indicator_id ORDER BY indicator_id`,
    summarySchema,
  );
}

/** Whether `id` may name an uncatalogued indicator: it comes from the address, so it is checked. */
export const isUncataloguedId = (id: string) => UNCATALOGUED_ID.test(id);

export interface UncataloguedRow {
  period: string;
  period_start: string;
  grain: 'month' | 'quarter' | 'year';
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string | null;
}

const rowSchema = z.object({
  period: z.string(),
  period_start: z.string(),
  grain: z.enum(['month', 'quarter', 'year']),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  status: z.string().nullable(),
});

/**
 * One organisation's rows of an indicator as loaded, oldest first (a year before its months).
 * Never combined over organisations: how (Σ, mean, rate × multiplier) is the catalogue's to say.
 */
export async function fetchUncataloguedSeries(
  db: Db,
  id: string,
  orgCode: string,
): Promise<UncataloguedRow[]> {
  if (!isUncataloguedId(id)) throw new Error(`not an indicator id: ${JSON.stringify(id)}`);
  return db.query(
    `uncatalogued series ${id} ${orgCode}`,
    sql`SELECT period, strftime(period_start, '%Y-%m-%d') AS period_start, grain, value,
        numerator, denominator, status
      FROM observations WHERE indicator_id = ${id} AND org_code = ${orgCode}
      ORDER BY period_start, CASE grain WHEN 'year' THEN 0 WHEN 'quarter' THEN 1 ELSE 2 END`,
    rowSchema,
  );
}

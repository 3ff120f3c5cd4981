import { z } from 'zod';
import type { Db } from '../db/engine';
import { sql } from '../db/sql';

const codeSchema = z.object({ org_code: z.string() });

/** The organisations that have observations of an indicator: the ones worth offering. */
export async function fetchReportingOrganisations(db: Db, indicatorId: string): Promise<string[]> {
  const rows = await db.query(
    'organisations reporting an indicator',
    sql`SELECT DISTINCT org_code FROM observations WHERE indicator_id = ${indicatorId}`,
    codeSchema,
  );
  return rows.map((row) => row.org_code);
}

const pairSchema = z.object({ indicator_id: z.string(), org_code: z.string() });

/** Which organisations report each indicator (by id), from one pass over the observations. */
export type ReportingIndex = ReadonlyMap<string, readonly string[]>;

/**
 * Every indicator's reporting organisations at once. A page that moves between indicators asks
 * once per loaded state instead of once per indicator: at a million rows each such query costs
 * about as much as the chart's own, and this one only a few hundred rows.
 */
export async function fetchReportingIndex(db: Db): Promise<ReportingIndex> {
  const rows = await db.query(
    'organisations reporting each indicator',
    sql`SELECT DISTINCT indicator_id, org_code FROM observations`,
    pairSchema,
  );
  const index = new Map<string, string[]>();
  for (const { indicator_id, org_code } of rows) {
    const codes = index.get(indicator_id);
    if (codes === undefined) index.set(indicator_id, [org_code]);
    else codes.push(org_code);
  }
  return index;
}

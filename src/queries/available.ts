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

import type { Table } from 'apache-arrow';
import type { z } from 'zod';
import { QueryError } from './engine';

/**
 * Turns an Arrow result into plain objects checked by `schema`. The database is opened with
 * BIGINT cast to double; dates should be formatted in SQL (strftime) so no Arrow type leaks out.
 */
export function parseRows<T>(name: string, table: Table, schema: z.ZodType<T>): T[] {
  const rows: T[] = [];
  for (const row of table.toArray() as { toJSON(): unknown }[]) {
    const result = schema.safeParse(row.toJSON());
    if (!result.success) {
      throw new QueryError(name, new Error(`unexpected row shape: ${result.error.message}`));
    }
    rows.push(result.data);
  }
  return rows;
}

import { z } from 'zod';
import { type Db, inTransactionOn } from '../../db/engine';
import { sql } from '../../db/sql';
import { suppressSmallNumbers } from '../suppress';

const countSchema = z.object({ n: z.number() });
const idSchema = z.object({ id: z.number() });
const indicatorSchema = z.object({ indicator_id: z.string() });

/**
 * Clustering by indicator lets DuckDB's zone maps skip the row groups of other indicators: a chart
 * query at a million rows takes ≈ 15 ms instead of ≈ 50. Sorting by organisation and period too
 * would double the sort's cost at import for little more.
 *
 * Swaps the staged valid rows into `observations` in one transaction: rows with the same
 * organisation × indicator × period are replaced, and on any error nothing changes. The import
 * is recorded as a dataset in the same transaction, so a dataset row and its observations only
 * ever exist together. Small numbers are suppressed in the same transaction (suppress.ts).
 * Returns the rows inserted and replaced, and the indicators whose observations changed (the
 * views asking about others need not ask again; suppression never crosses indicators).
 */
export async function commitImport(
  session: Db,
  source: string,
): Promise<{ inserted: number; replaced: number; indicators: string[] }> {
  return inTransactionOn(session, 'load staged rows', async () => {
    const [replaced] = await session.query(
      'count replaced rows',
      sql`SELECT count(*) AS n FROM import_valid v JOIN observations o
        USING (org_code, indicator_id, period)`,
      countSchema,
    );
    const [inserted] = await session.query(
      'count inserted rows',
      sql`SELECT count(*) AS n FROM import_valid`,
      countSchema,
    );
    const indicators = await session.query(
      'staged indicators',
      sql`SELECT DISTINCT indicator_id FROM import_valid ORDER BY indicator_id`,
      indicatorSchema,
    );
    const datasetId = await recordDataset(session, {
      source,
      rows: inserted?.n ?? 0,
      replaced: replaced?.n ?? 0,
    });
    await session.run(
      'remove replaced rows',
      sql`DELETE FROM observations USING import_valid v
        WHERE observations.org_code = v.org_code AND observations.indicator_id = v.indicator_id
          AND observations.period = v.period`,
    );
    await session.run(
      'insert staged rows',
      sql`INSERT INTO observations
        SELECT org_code, indicator_id, period, period_start, grain, value, numerator, denominator,
          status, ${source}, ${datasetId}
        FROM import_valid ORDER BY indicator_id`,
    );
    // Before the transaction ends: no reader ever sees a small number, not even for a moment.
    await suppressSmallNumbers(session);
    return {
      inserted: inserted?.n ?? 0,
      replaced: replaced?.n ?? 0,
      indicators: indicators.map((row) => row.indicator_id),
    };
  });
}

/**
 * Adds the dataset row. Rejected rows and problems are counted from the staging tables of
 * stage.ts (rows with a problem, one per problem, and records DuckDB could not split), since
 * the report is not handed to the commit; a renamed staging table fails here, loudly, in the
 * import tests.
 */
async function recordDataset(
  session: Db,
  counts: { source: string; rows: number; replaced: number },
): Promise<number> {
  const [dataset] = await session.query(
    'record dataset',
    sql`INSERT INTO datasets (source, loaded_at, row_count, replaced_count, rejected_count,
        issue_count)
      SELECT ${counts.source}, epoch_ms(${Date.now()}::BIGINT), ${counts.rows}, ${counts.replaced},
        (SELECT count(*) FROM import_suspects) + unreadable.n,
        (SELECT count(*) FROM import_errors) + unreadable.n
      FROM (SELECT count(DISTINCT line) AS n FROM import_rejects) AS unreadable
      RETURNING id`,
    idSchema,
  );
  if (dataset === undefined) throw new Error('record dataset: no id returned');
  return dataset.id;
}

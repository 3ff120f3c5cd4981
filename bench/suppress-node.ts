import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { openReferenceDb } from '../scripts/datasets-on-disk';
import { ident, sql } from '../src/db/sql';
import { suppressSmallNumbers } from '../src/queries/suppress';
import { benchInput } from './inputs';

/**
 * Suppression alone at a million rows, in Node (`npx tsx bench/suppress-node.ts [rows]`): the
 * bench's comma input loaded straight into `observations`, then `suppressSmallNumbers` timed on a
 * fresh copy, three times. A second table adds each organisation's quarters and years (sums of
 * its months) to three quarters of those rows, so the grain rules have work to do.
 */
const rows = Number(process.argv[2] ?? 1_000_000);
const input = await benchInput(path.join(os.tmpdir(), 'gevinstmonitor-bench'), rows, 'comma');
const db = await openReferenceDb();
await db.registerFile('input.csv', new Uint8Array(readFileSync(input.file)));
await db.run(
  'months',
  sql`CREATE TABLE months AS SELECT org_code, indicator_id, period,
      strptime(period, '%Y-%m')::DATE AS period_start, 'month' AS grain,
      value::DOUBLE AS value, numerator::DOUBLE AS numerator, denominator::DOUBLE AS denominator,
      NULL::VARCHAR AS status, 'bench' AS source, 1 AS dataset_id
    FROM read_csv('input.csv', all_varchar = true)`,
);
const limit = Math.round(rows * 0.76);
await db.run(
  'mixed',
  sql`CREATE TABLE mixed AS
    WITH m AS (SELECT * FROM months LIMIT ${limit})
    SELECT * FROM m
    UNION ALL SELECT org_code, indicator_id,
      strftime(date_trunc('quarter', period_start), '%Y') || '-Q' || quarter(period_start),
      date_trunc('quarter', period_start)::DATE, 'quarter', sum(value), sum(numerator),
      sum(denominator), NULL, 'bench', 1
    FROM m GROUP BY ALL
    UNION ALL SELECT org_code, indicator_id, strftime(period_start, '%Y'),
      date_trunc('year', period_start)::DATE, 'year', sum(value), sum(numerator),
      sum(denominator), NULL, 'bench', 1
    FROM m GROUP BY ALL`,
);
const countSchema = z.object({ n: z.number() });
for (const table of ['months', 'mixed']) {
  const times: number[] = [];
  let result = { primary: 0, secondary: 0 };
  for (let run = 0; run < 3; run++) {
    await db.run('reset', sql`DELETE FROM observations`);
    await db.run('copy', sql`INSERT INTO observations SELECT * FROM ${ident(table)}`);
    const start = performance.now();
    result = await suppressSmallNumbers(db);
    times.push(performance.now() - start);
  }
  const [count] = await db.query('rows', sql`SELECT count(*) AS n FROM observations`, countSchema);
  times.sort((a, b) => a - b);
  console.log(
    `${table}: ${count?.n} rows, primary ${result.primary}, secondary ${result.secondary}, ` +
      `ms ${times.map((t) => Math.round(t)).join(' / ')} (median ${Math.round(times[1] ?? 0)})`,
  );
}

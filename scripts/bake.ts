/**
 * Bakes a build's data, run by scripts/build-data-plugin.ts in a child process at build (and
 * dev) start. Reads and checks the build configuration, loads each configured CSV through the
 * page's own import — the same checks, and the same small-number suppression
 * (src/queries/suppress.ts) under the configuration's thresholds — on the page's own engine
 * (duckdb-wasm's Node build), and writes each dataset's rows, as they stand after suppression,
 * to a canonical CSV that the page loads without checking again. It also computes the first
 * view. Prints one JSON document on stdout; any problem ends it with a message on stderr.
 *
 * Why CSV (docs/shared-builds.md): duckdb-wasm's Node build cannot write a database file
 * (its WAL is never checkpointed into the file), Parquet needs an extension fetched from the
 * internet, and a text file can be searched by the people who host it for a number that
 * should not be there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { type BuildConfig, withThresholds } from '../src/build-config/schema';
import type { Db } from '../src/db/engine';
import { openNodeDb } from '../src/db/node';
import { sql } from '../src/db/sql';
import { BAKED_COLUMNS } from '../src/queries/baked';
import { prepareImport } from '../src/queries/import/prepare';
import { loadReference } from '../src/queries/reference';
import { createSchema } from '../src/queries/schema';
import { fetchScorecard } from '../src/queries/scorecard';
import type { FirstView } from '../src/session/first-view';
import { BuildInputError, readBuildConfig } from './build-config';
import { readCatalogue, readOrganisations, readRepoFile, repoRoot } from './datasets-on-disk';

/**
 * Where baked files go by default. The build-data plugin names a folder of its own for each
 * build (`--out`), so two builds at once never ship each other's data.
 */
export const BAKED_DIR = path.join(repoRoot, 'node_modules', '.cache', 'gevinstmonitor');

export interface BakeResult {
  config: BuildConfig;
  datasets: { file: string; source: string; synthetic: boolean; rows: number }[];
  firstView: FirstView;
}

const idSchema = z.object({ id: z.number() });

async function loadDataset(db: Db, file: string, index: number): Promise<void> {
  const name = path.basename(file);
  const prepared = await prepareImport(db, { name, bytes: readRepoFile(file) });
  if (!prepared.ok) {
    const why =
      prepared.error.kind === 'sniff'
        ? JSON.stringify(prepared.error.problem)
        : 'its columns could not be recognised; give it the long format of docs/data-contract.md';
    throw new BuildInputError(`datasets[${index}] ${file}: cannot be read: ${why}`);
  }
  const { report } = prepared.data;
  if (report.rejectedRows > 0) {
    await prepared.data.discard();
    const lines = report.problems
      .slice(0, 10)
      .map(
        (p) =>
          `  line ${p.line}${p.header ? `, ${p.header}` : ''}: ${p.reason}${p.value === null ? '' : ` ("${p.value}")`}`,
      );
    throw new BuildInputError(
      `datasets[${index}] ${file}: ${report.rejectedRows} of ${report.totalRows} rows are invalid ` +
        `(a build ships every row or none):\n${lines.join('\n')}`,
    );
  }
  await prepared.data.commit();
}

/** Bakes the datasets `config` names into CSV files in `outDir`, and computes the first view. */
export async function bakeData(config: BuildConfig, outDir = BAKED_DIR): Promise<BakeResult> {
  const organisations = readOrganisations();
  const catalogue = withThresholds(readCatalogue(), config.suppression);
  const db = await openNodeDb();
  await createSchema(db);
  await loadReference(db, organisations, catalogue);
  for (const [index, dataset] of config.datasets.entries())
    await loadDataset(db, dataset.path, index);

  const ids = await db.query('datasets', sql`SELECT id FROM datasets ORDER BY id`, idSchema);
  mkdirSync(outDir, { recursive: true });
  const datasets = [];
  for (const [index, dataset] of config.datasets.entries()) {
    const id = ids[index]?.id ?? -1;
    const rows = await db.query(
      'baked rows',
      sql`SELECT org_code, indicator_id, period, strftime(period_start, '%Y-%m-%d') AS period_start,
          grain, value, numerator, denominator, status
        FROM observations WHERE dataset_id = ${id}
        ORDER BY indicator_id, org_code, period_start`,
      z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    );
    const text = [
      BAKED_COLUMNS.join(','),
      ...rows.map((row) => BAKED_COLUMNS.map((column) => row[column] ?? '').join(',')),
    ].join('\n');
    const file = path.join(outDir, `dataset-${index + 1}.csv`);
    writeFileSync(file, `${text}\n`);
    datasets.push({
      file,
      source: path.basename(dataset.path),
      synthetic: dataset.synthetic,
      rows: rows.length,
    });
  }
  const scorecard = await fetchScorecard(db, catalogue, organisations, { kind: 'region' });
  const firstView = {
    scorecard: scorecard.map(({ indicator, ...row }) => ({ indicatorId: indicator.id, ...row })),
  };
  return { config, datasets, firstView };
}

// Run as a script (by the build-data plugin): read the configuration, bake, print the result.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  Promise.resolve()
    .then(() => {
      const out = process.argv.indexOf('--out');
      return bakeData(readBuildConfig(), out === -1 ? BAKED_DIR : process.argv[out + 1]);
    })
    .then(
      (result) => process.stdout.write(JSON.stringify(result)),
      (error: unknown) => {
        if (error instanceof BuildInputError) process.stderr.write(`${error.message}\n`);
        else console.error(error);
        process.exitCode = 1;
      },
    );
}

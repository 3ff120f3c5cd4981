/**
 * Prints, as JSON, what the page shows first: the overview's scorecard for the whole region,
 * computed by the page's own query code on the same engine (duckdb-wasm's Node build). Run by
 * scripts/first-view-plugin.ts at build time, so the first view need not wait for DuckDB.
 */
import { fetchScorecard } from '../src/queries/scorecard';
import type { FirstView } from '../src/session/first-view';
import { openDemoDb, readCatalogue, readOrganisations } from './datasets-on-disk';

async function computeFirstView(): Promise<FirstView> {
  const db = await openDemoDb();
  const rows = await fetchScorecard(db, readCatalogue(), readOrganisations(), { kind: 'region' });
  return {
    scorecard: rows.map(({ indicator, ...row }) => ({ indicatorId: indicator.id, ...row })),
  };
}

computeFirstView().then(
  (view) => process.stdout.write(JSON.stringify(view)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

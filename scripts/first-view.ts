/**
 * Prints, as JSON, what the page shows first: the first indicator for its default organisations,
 * computed by the page's own query code on the same engine (duckdb-wasm's Node build). Run by
 * scripts/first-view-plugin.ts at build time, so the first chart need not wait for DuckDB.
 */
import { defaultOrganisations } from '../src/domain/selection';
import { fetchReportingOrganisations } from '../src/queries/available';
import { fetchIndicatorView } from '../src/queries/indicator-view';
import type { FirstView } from '../src/session/first-view';
import { openDemoDb, readCatalogue, readOrganisations } from './datasets-on-disk';

async function computeFirstView(): Promise<FirstView> {
  const catalogue = readCatalogue();
  const organisations = readOrganisations();
  const indicator = catalogue.indicators[0];
  if (indicator === undefined) throw new Error('the catalogue has no indicators');
  const db = await openDemoDb();
  const reporting = await fetchReportingOrganisations(db, indicator.id);
  const available = organisations.filter((o) => reporting.includes(o.code));
  const selected = defaultOrganisations(available);
  const selectedOrgs = organisations.filter((o) => selected.includes(o.code));
  const view = await fetchIndicatorView(db, indicator, selectedOrgs, organisations);
  return { indicatorId: indicator.id, reporting, selected, view };
}

computeFirstView().then(
  (view) => process.stdout.write(JSON.stringify(view)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

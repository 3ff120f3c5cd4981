import type { Plugin } from 'vite';
import { defaultOrganisations } from '../src/domain/selection';
import { fetchReportingOrganisations } from '../src/queries/available';
import { fetchIndicatorView } from '../src/queries/indicator-view';
import type { FirstView } from '../src/session/first-view';
import { openDemoDb, readCatalogue, readOrganisations } from './datasets-on-disk';

const ID = 'virtual:first-view';
const RESOLVED = `\0${ID}`;

/**
 * What the page shows first (the first indicator for its default organisations), computed at
 * build time by the same query code on the same engine, so the first chart appears without
 * waiting 1.5–2 s for duckdb-wasm to start. The page hands over to DuckDB once it is ready.
 */
export async function computeFirstView(): Promise<FirstView> {
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

/** Serves `virtual:first-view`, recomputed when the datasets change. */
export function firstViewPlugin(): Plugin {
  let module: Promise<string> | null = null;
  return {
    name: 'gevinstmonitor-first-view',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      for (const file of ['indicators.json', 'organisations.csv', 'observations.csv']) {
        this.addWatchFile(new URL(`../datasets/${file}`, import.meta.url).pathname);
      }
      module ??= computeFirstView().then((view) => `export default ${JSON.stringify(view)};`);
      return module;
    },
    watchChange(id) {
      if (id.includes('/datasets/')) module = null;
    },
  };
}

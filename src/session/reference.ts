import catalogueJson from '../../datasets/indicators.json';
import organisationsCsv from '../../datasets/organisations.csv?raw';
import historyCsv from '../../datasets/reference/municipalities-history.csv?raw';
import { withThresholds } from '../build-config/schema';
import type { Catalogue } from '../domain/catalogue';
import { buildCodeMap, type CodeMap } from '../domain/harmonise';
import type { Organisation } from '../domain/organisations';
import { parseMunicipalityHistory } from '../ingest/municipality-history';
import { parseCatalogue, parseOrganisationsCsv } from '../ingest/reference';
import { built } from './build';

/**
 * The indicator catalogue and organisation list are small and bundled with the page, so the
 * pickers and labels are there before DuckDB has started. They are validated here, at the edge.
 * The build's suppression thresholds replace the catalogue's own, so uploads are held to the
 * same thresholds as the data baked into the build.
 */
export const catalogue: Catalogue = withThresholds(
  parseCatalogue(catalogueJson),
  built.config.suppression,
);

export const organisations: Organisation[] = parseOrganisationsCsv(organisationsCsv);

/** Old municipality codes and the codes they became, for harmonising uploads (8 KB, bundled). */
export const codeMap: CodeMap = (() => {
  const history = parseMunicipalityHistory(historyCsv);
  if (!history.ok) throw new Error(`municipalities-history.csv: ${JSON.stringify(history.error)}`);
  return buildCodeMap(history.data, new Set(organisations.map((o) => o.code))).map;
})();

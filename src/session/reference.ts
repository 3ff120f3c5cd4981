import catalogueJson from '../../datasets/indicators.json';
import regionsCsv from '../../datasets/municipal-regions.csv?raw';
import organisationsCsv from '../../datasets/organisations.csv?raw';
import { withThresholds } from '../build-config/schema';
import type { Catalogue } from '../domain/catalogue';
import { type MunicipalRegion, withMunicipalRegions } from '../domain/municipal-regions';
import type { Organisation } from '../domain/organisations';
import { parseMunicipalRegions } from '../ingest/municipal-regions';
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

const listed = parseOrganisationsCsv(organisationsCsv);

/** The programme's twelve municipal regions, in the file's order. */
export const municipalRegions: readonly MunicipalRegion[] = parseMunicipalRegions(
  regionsCsv,
  new Set(listed.map((o) => o.code)),
);

/** The programme's organisations, each municipality with its municipal region. */
export const organisations: Organisation[] = withMunicipalRegions(listed, municipalRegions);

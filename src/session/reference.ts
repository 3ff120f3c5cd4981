import catalogueJson from '../../datasets/indicators.json';
import organisationsCsv from '../../datasets/organisations.csv?raw';
import type { Catalogue } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';
import { parseCatalogue, parseOrganisationsCsv } from '../ingest/reference';

/**
 * The indicator catalogue and organisation list are small and bundled with the page, so the
 * pickers and labels are there before DuckDB has started. They are validated here, at the edge.
 */
export const catalogue: Catalogue = parseCatalogue(catalogueJson);

export const organisations: Organisation[] = parseOrganisationsCsv(organisationsCsv);

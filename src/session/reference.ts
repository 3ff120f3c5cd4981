import Papa from 'papaparse';
import catalogueJson from '../../datasets/indicators.json';
import organisationsCsv from '../../datasets/organisations.csv?raw';
import { type Catalogue, catalogueSchema } from '../domain/catalogue';
import { type Organisation, organisationsSchema } from '../domain/organisations';

/**
 * The indicator catalogue and organisation list are small and bundled with the page, so the
 * pickers and labels are there before DuckDB has started. They are validated here, at the edge.
 */
export const catalogue: Catalogue = catalogueSchema.parse(catalogueJson);

export const organisations: Organisation[] = organisationsSchema.parse(
  Papa.parse(organisationsCsv, { header: true, skipEmptyLines: true }).data,
);

import Papa from 'papaparse';
import { type Catalogue, catalogueSchema } from '../domain/catalogue';
import { type Organisation, organisationsSchema } from '../domain/organisations';

/** Parses and validates `datasets/organisations.csv`; throws a zod error naming the bad cell. */
export function parseOrganisationsCsv(text: string): Organisation[] {
  return organisationsSchema.parse(Papa.parse(text, { header: true, skipEmptyLines: true }).data);
}

/** Validates the parsed `datasets/indicators.json`. */
export function parseCatalogue(json: unknown): Catalogue {
  return catalogueSchema.parse(json);
}

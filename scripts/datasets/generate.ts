import { z } from 'zod';
import { catalogueSchema } from '../../src/domain/catalogue';
import { organisationsSchema } from '../../src/domain/organisations';
import { buildCatalogue, INDICATOR_SPECS } from './catalogue';
import { parseCsv } from './csv';
import { buildFixtures } from './fixtures';
import { generateObservations, observationsCsv } from './observations';
import { buildOrganisations, organisationsCsv, readCatchment } from './organisations';
import { buildProfiles } from './profiles';

/** The committed reference file the generator reads (never ../shared: the repo stands alone). */
export const CATCHMENT_PATH = 'datasets/reference/health-trust-catchment-2024.csv';

/** Generated files keyed by path relative to the repository root. */
type GeneratedFiles = Record<string, string | Uint8Array>;

/** Pure: the same catchment text always gives byte-identical files. */
export function generateDatasets(catchmentCsv: string): GeneratedFiles {
  const catchment = readCatchment(catchmentCsv);
  const orgs = buildOrganisations(catchment);
  const organisations = organisationsCsv(orgs);
  // Validate what was written, read back as the app will read it, not the objects in memory.
  check('datasets/organisations.csv', organisationsSchema, parseCsv(organisations));
  const catalogue = buildCatalogue();
  check('datasets/indicators.json', catalogueSchema, catalogue);

  const profiles = buildProfiles(orgs, new Set(catchment.map((row) => row.code)));
  const observations = generateObservations(INDICATOR_SPECS, orgs, profiles);
  return {
    'datasets/organisations.csv': organisations,
    'datasets/indicators.json': `${JSON.stringify(catalogue, null, 2)}\n`,
    'datasets/observations.csv': observationsCsv(observations),
    ...buildFixtures(profiles),
  };
}

function check(name: string, schema: z.ZodType, data: unknown): void {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${name} is invalid:\n${z.prettifyError(result.error)}`);
}

import Papa from 'papaparse';
import { readCatalogue, readOrganisations, readRepoFile } from '../../scripts/datasets-on-disk';
import type { Indicator } from '../../src/domain/catalogue';
import type { Organisation } from '../../src/domain/organisations';

/** A row of datasets/observations.csv as text, for recomputing numbers by hand in tests. */
export interface DemoRow {
  org_code: string;
  indicator_id: string;
  period: string;
  value: string;
  numerator: string;
  denominator: string;
  status: string;
}

export const catalogue = readCatalogue();
export const organisations = readOrganisations();

/** The shipped demo observations, parsed by papaparse independently of the app's import. */
export const demoRows: DemoRow[] = Papa.parse<DemoRow>(
  readRepoFile('datasets/observations.csv').toString('utf8'),
  { header: true, skipEmptyLines: true },
).data;

/** The catalogue's indicator with this id; throws if there is none. */
export function indicatorById(id: string): Indicator {
  const indicator = catalogue.indicators.find((i) => i.id === id);
  if (indicator === undefined) throw new Error(`no indicator ${id}`);
  return indicator;
}

/** The organisation with this code; throws if there is none. */
export function organisationByCode(code: string): Organisation {
  const organisation = organisations.find((o) => o.code === code);
  if (organisation === undefined) throw new Error(`no organisation ${code}`);
  return organisation;
}

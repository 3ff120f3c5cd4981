import { CATCHMENT_SOMATIC_FILE, catchmentCsv, catchmentRows } from './catchment-somatic';
import { checkAgainstVersion, codeLifetimes } from './code-history';
import { mapToCurrentCodes } from './code-mapping';
import { COUNTIES_2024 } from './counties';
import { checkAgainstFhiSplits } from './fhi-split-check';
import {
  HEALTH_ORGANISATIONS_FILE,
  healthOrganisationsCsv,
  organisationType,
} from './health-organisations';
import { MUNICIPALITY_CODES_FILE, municipalityCodesCsv } from './municipality-codes';
import { NATIONAL_AREAS_FILE, nationalAreasCsv } from './national-areas';
import { readPopulation } from './read-fhi-population';
import { readFhiSplits } from './read-fhi-splits';
import { readCodeChanges, readMunicipalities } from './read-klass';
import { readCatchments } from './read-skde-catchments';
import { readHealthStructure } from './read-skde-structure';
import type { SourceTexts } from './sources';

/** Codes in use from the day before this date are mapped (docs/national-register.md). */
const CODES_SINCE = '2017-01-01';
const DIVISION_2024 = '2024-01-01';
/** The "2020–2023" KLASS file is the version valid from 2023 (its names are 2023's). */
const DIVISION_2023 = '2023-01-01';

export interface RegisterBuild {
  /** CSV text by file name, for `datasets/reference/`. */
  files: Record<string, string>;
  /** Counts to print, one line per file. */
  summary: string[];
}

/** Pure: the same sources always give byte-identical files. */
export function buildRegister(sources: SourceTexts): RegisterBuild {
  const municipalities2024 = readMunicipalities(sources.municipalities2024);
  const municipalities2023 = readMunicipalities(sources.municipalities2023);
  const changes = readCodeChanges(sources.codeChanges);
  const structure = readHealthStructure(sources.healthStructure);
  const areas = readCatchments(sources.somaticCatchments);
  const population = readPopulation(sources.population);

  const municipalPopulation = new Map(
    population
      .filter((row) => row.level === 'municipality')
      .map((row) => [row.code, row.population]),
  );
  checkSameCodes(
    'FHI municipalities',
    [...municipalPopulation.keys()],
    municipalities2024.map((m) => m.code),
  );
  checkSameCodes(
    'FHI counties',
    population.filter((row) => row.level === 'county').map((row) => row.code),
    COUNTIES_2024.map((county) => county.code),
  );

  const lifetimes = codeLifetimes(changes, municipalities2024, CODES_SINCE);
  checkAgainstVersion(lifetimes, municipalities2024, DIVISION_2024);
  checkAgainstVersion(lifetimes, municipalities2023, DIVISION_2023);
  const mapping = mapToCurrentCodes(lifetimes, municipalPopulation);
  checkAgainstFhiSplits(mapping, readFhiSplits(sources.fhiSplits));

  const catchments = catchmentRows(
    areas,
    structure,
    municipalities2023,
    municipalities2024,
    mapping,
  );
  const norwegianNames = new Map(
    catchments
      .filter((row) => row.level === 'municipality')
      .map((row) => [row.code, row.sourceName]),
  );
  const currentNames = new Map(municipalities2024.map((m) => [m.code, m.name]));

  const retired = lifetimes.filter((life) => life.validTo !== null);
  const splits = retired.filter((life) => life.successors.length > 1);
  const mappingRows = lifetimes.reduce(
    (sum, life) => sum + (mapping.get(life.code)?.length ?? 0),
    0,
  );
  const typeCount = (type: string) =>
    structure.filter((row) => organisationType(row) === type).length;
  const levelCount = (level: number) => structure.filter((row) => row.level === level).length;
  const privateHospitals = structure.filter(
    (row) => row.level === 2 && organisationType(row) === 'private',
  ).length;
  const districts = catchments.filter((row) => row.level === 'district').length;

  return {
    files: {
      [NATIONAL_AREAS_FILE]: nationalAreasCsv(COUNTIES_2024, municipalities2024, norwegianNames),
      [MUNICIPALITY_CODES_FILE]: municipalityCodesCsv(lifetimes, mapping, currentNames),
      [HEALTH_ORGANISATIONS_FILE]: healthOrganisationsCsv(structure),
      [CATCHMENT_SOMATIC_FILE]: catchmentCsv(catchments),
    },
    summary: [
      `${NATIONAL_AREAS_FILE}: 1 nation, ${COUNTIES_2024.length} counties, ${municipalities2024.length} municipalities`,
      `${MUNICIPALITY_CODES_FILE}: ${lifetimes.length} codes (${municipalities2024.length} current, ${retired.length} ended since ${CODES_SINCE}), ${mappingRows} rows; splits weighted by population: ${splits.map((life) => `${life.code} → ${life.successors.join(' + ')}`).join(', ')}`,
      `${HEALTH_ORGANISATIONS_FILE}: 1 nation, ${typeCount('rhf')} RHFs and the private group, ${levelCount(2)} at level 2 (${typeCount('health_trust')} in an RHF, ${privateHospitals} private), ${levelCount(3)} at level 3`,
      `${CATCHMENT_SOMATIC_FILE}: ${catchments.length - districts} municipalities (all of 2024 but Oslo) and ${districts} Oslo districts in ${areas.length} catchment areas`,
    ],
  };
}

function checkSameCodes(what: string, found: readonly string[], expected: readonly string[]): void {
  const expectedSet = new Set(expected);
  const foundSet = new Set(found);
  const missing = expected.filter((code) => !foundSet.has(code));
  const extra = found.filter((code) => !expectedSet.has(code));
  if (missing.length > 0 || extra.length > 0 || found.length !== foundSet.size) {
    throw new Error(
      `${what}: missing ${missing.join(', ') || '–'}; unexpected ${extra.join(', ') || '–'}`,
    );
  }
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../src/db/engine';
import { openNodeDb } from '../src/db/node';
import type { CodeMap } from '../src/domain/harmonise';
import { withMunicipalRegions } from '../src/domain/municipal-regions';
import { buildNationalRegister, type NationalRegister } from '../src/domain/register';
import { parseMunicipalRegions } from '../src/ingest/municipal-regions';
import { parseRegisterFiles } from '../src/ingest/national-register';
import { parseCatalogue, parseOrganisationsCsv } from '../src/ingest/reference';
import { prepareImport } from '../src/queries/import/prepare';
import { loadReference } from '../src/queries/reference';
import { createSchema } from '../src/queries/schema';

/** The repository root, for reading `datasets/` from Node (tests, bench, build). */
export const repoRoot = path.resolve(import.meta.dirname, '..');

/** A file of the repository as bytes. */
export const readRepoFile = (relative: string) => readFileSync(path.join(repoRoot, relative));

/** The shipped catalogue, validated as the page validates it. */
export const readCatalogue = () =>
  parseCatalogue(JSON.parse(readRepoFile('datasets/indicators.json').toString('utf8')));

const text = (relative: string) => readRepoFile(relative).toString('utf8');

/** The programme's municipal regions, as the page reads them (src/session/reference.ts). */
export const readMunicipalRegions = () =>
  parseMunicipalRegions(
    text('datasets/municipal-regions.csv'),
    new Set(parseOrganisationsCsv(text('datasets/organisations.csv')).map((o) => o.code)),
  );

/** The shipped organisation list, validated and completed as the page does it. */
export const readOrganisations = () =>
  withMunicipalRegions(
    parseOrganisationsCsv(text('datasets/organisations.csv')),
    readMunicipalRegions(),
  );

/** The national register as the page builds it (src/session/national-register.ts). */
export const readNationalRegister = (): NationalRegister =>
  buildNationalRegister(
    readOrganisations(),
    parseRegisterFiles({
      areas: text('datasets/reference/national-areas.csv'),
      health: text('datasets/reference/health-organisations.csv'),
      catchments: text('datasets/reference/catchment-somatic-2024.csv'),
      codes: text('datasets/reference/municipality-codes.csv'),
    }),
  );

/** A fresh in-memory DuckDB (Node) with the schema and the shipped reference data loaded. */
export async function openReferenceDb(): Promise<Db> {
  const db = await openNodeDb();
  await createSchema(db);
  const register = readNationalRegister();
  await loadReference(db, register.organisations, readCatalogue(), register.aliases);
  return db;
}

/** As `openReferenceDb`, with the shipped demo observations loaded through the app's import. */
export async function openDemoDb(): Promise<Db> {
  const db = await openReferenceDb();
  const bytes = readRepoFile('datasets/observations.csv');
  const prepared = await prepareImport(db, { name: 'observations.csv', bytes });
  if (!prepared.ok) throw new Error(`datasets/observations.csv: ${JSON.stringify(prepared.error)}`);
  if (prepared.data.report.rejectedRows > 0) {
    throw new Error(
      `datasets/observations.csv: ${prepared.data.report.rejectedRows} rows rejected`,
    );
  }
  await prepared.data.commit();
  return db;
}

/** Today's code(s) for every municipality code in use since 2017, as the page harmonises. */
export const readCodeMap = (): CodeMap => readNationalRegister().codeMap;

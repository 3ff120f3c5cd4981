import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../src/db/engine';
import { openNodeDb } from '../src/db/node';
import { buildCodeMap, type CodeMap } from '../src/domain/harmonise';
import { parseMunicipalityHistory } from '../src/ingest/municipality-history';
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

/** The shipped organisation list, validated as the page validates it. */
export const readOrganisations = () =>
  parseOrganisationsCsv(readRepoFile('datasets/organisations.csv').toString('utf8'));

/** A fresh in-memory DuckDB (Node) with the schema and the shipped reference data loaded. */
export async function openReferenceDb(): Promise<Db> {
  const db = await openNodeDb();
  await createSchema(db);
  await loadReference(db, readOrganisations(), readCatalogue());
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

/** Today's code for every old municipality code, from the shipped reference history. */
export function readCodeMap(): CodeMap {
  const history = parseMunicipalityHistory(
    readRepoFile('datasets/reference/municipalities-history.csv').toString('utf8'),
  );
  if (!history.ok) throw new Error(`municipalities-history.csv: ${JSON.stringify(history.error)}`);
  return buildCodeMap(history.data, new Set(readOrganisations().map((o) => o.code))).map;
}

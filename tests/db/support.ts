import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Db } from '../../src/db/engine';
import { openNodeDb } from '../../src/db/node';
import { catalogueSchema } from '../../src/domain/catalogue';
import { organisationsSchema } from '../../src/domain/organisations';
import { loadReference } from '../../src/queries/reference';
import { createSchema } from '../../src/queries/schema';

export const root = path.resolve(import.meta.dirname, '../..');
export const readRepoFile = (relative: string) => readFileSync(path.join(root, relative));

export function readCatalogue() {
  return catalogueSchema.parse(
    JSON.parse(readRepoFile('datasets/indicators.json').toString('utf8')),
  );
}

export function readOrganisations() {
  const parsed = Papa.parse(readRepoFile('datasets/organisations.csv').toString('utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return organisationsSchema.parse(parsed.data);
}

/** A fresh in-memory database with the schema and the shipped reference data loaded. */
export async function openReferenceDb(): Promise<Db> {
  const db = await openNodeDb();
  await createSchema(db);
  await loadReference(db, readOrganisations(), readCatalogue());
  return db;
}

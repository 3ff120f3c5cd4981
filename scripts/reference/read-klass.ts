import { z } from 'zod';

/**
 * Readers for SSB's KLASS classification 131 (municipalities) as the KLASS API returns it: one
 * version's item list, and the change table between versions.
 */

/** KLASS's placeholder for "municipality not stated"; not a place, so never part of the register. */
const NOT_STATED_CODE = '9999';

const municipalityCode = z.string().regex(/^\d{4}$/, 'KLASS writes municipality codes as 4 digits');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const versionSchema = z.object({
  classificationItems: z.array(z.object({ code: municipalityCode, name: z.string().min(1) })),
});

export interface Municipality {
  code: string;
  /** The full official name, Sámi and Kven forms included (`Trondheim - Tråante`). */
  name: string;
}

/** The municipalities of one KLASS version, without the "not stated" placeholder. */
export function readMunicipalities(json: string): Municipality[] {
  const version = versionSchema.parse(JSON.parse(json));
  return version.classificationItems
    .filter((item) => item.code !== NOT_STATED_CODE)
    .map(({ code, name }) => ({ code, name }));
}

const changeTableSchema = z.object({
  codeChanges: z.array(
    z.object({
      oldCode: municipalityCode,
      oldName: z.string().min(1),
      newCode: municipalityCode,
      newName: z.string().min(1),
      changeOccurred: isoDate,
    }),
  ),
});

/**
 * One row of the change table. A row whose old and new code are equal says the code carried on
 * through the change (a new name, or other units merged into it).
 */
export interface CodeChange {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  /** The first day of the new division (KLASS's `changeOccurred`). */
  date: string;
}

export function readCodeChanges(json: string): CodeChange[] {
  return changeTableSchema
    .parse(JSON.parse(json))
    .codeChanges.map(({ changeOccurred, ...change }) => ({ ...change, date: changeOccurred }));
}

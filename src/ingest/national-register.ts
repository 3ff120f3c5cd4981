import Papa from 'papaparse';
import { z } from 'zod';
import type {
  AreaRow,
  CatchmentRow,
  CodeRow,
  HealthOrganisationRow,
  RegisterSources,
} from '../domain/register';

/**
 * Reads the register files `npm run reference` writes (docs/national-register.md). They are
 * ours and checked by the unit tests, so a bad row is a build defect: it throws, naming the file.
 */

const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
const optional = z.preprocess(emptyToNull, z.string().nullable());

const areaSchema = z.object({
  code: z.string().regex(/^[0-9]{1,4}$/),
  name: z.string().min(1),
  name_norwegian: z.string().min(1),
  name_other_1: optional,
  name_other_2: optional,
  level: z.enum(['nation', 'county', 'municipality']),
  parent_code: optional,
});

const healthSchema = z.object({
  org_nr: z.string().regex(/^[0-9]+$/),
  name: z.string().min(1),
  short_name: z.string().min(1),
  level: z.coerce.number().int().min(0).max(3),
  type: z.enum(['nation', 'rhf', 'health_trust', 'private', 'hospital']),
  parent_org_nr: optional,
});

const catchmentSchema = z.object({
  code: z.string(),
  level: z.enum(['municipality', 'district']),
  health_trust_org_nr: z.string().regex(/^[0-9]{9}$/),
});

const codeSchema = z.object({
  code: z.string().regex(/^[0-9]{4}$/),
  current_code: z.string().regex(/^[0-9]{4}$/),
  weight: z.coerce.number().positive().max(1),
});

function rows<T>(file: string, text: string, schema: z.ZodType<T>): T[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const result = z.array(schema).safeParse(parsed.data);
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

export interface RegisterFiles {
  areas: string;
  health: string;
  catchments: string;
  codes: string;
}

export function parseRegisterFiles(files: RegisterFiles): RegisterSources {
  const areas: AreaRow[] = rows('national-areas.csv', files.areas, areaSchema);
  const health: HealthOrganisationRow[] = rows(
    'health-organisations.csv',
    files.health,
    healthSchema,
  );
  // Oslo's districts are finer than any municipality code a file carries: Oslo has no one trust.
  const catchments: CatchmentRow[] = rows(
    'catchment-somatic-2024.csv',
    files.catchments,
    catchmentSchema,
  ).filter((row) => row.level === 'municipality');
  const codes: CodeRow[] = rows('municipality-codes.csv', files.codes, codeSchema);
  return { areas, health, catchments, codes };
}

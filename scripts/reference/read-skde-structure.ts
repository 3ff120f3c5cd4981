import Papa from 'papaparse';
import { z } from 'zod';

/**
 * Reader for SKDE's hospital structure (`OrgNr;OrgNavnEnhetsreg;Kortnavn;Nivaa;NivaaOpp`): the
 * nation, the regional health authorities, health trusts and private hospitals, and their units.
 */

/** SKDE's own numbers for the two rows that are not organisations in Brønnøysund's register. */
export const NATION_ORG_NR = '1';
export const PRIVATE_ORG_NR = '999';

const rowSchema = z.object({
  OrgNr: z.string().regex(/^(1|999|\d{9})$/, 'an org number has 9 digits (SKDE adds 1 and 999)'),
  OrgNavnEnhetsreg: z.string().min(1),
  Kortnavn: z.string().min(1),
  Nivaa: z.enum(['0', '1', '2', '3']).transform(Number),
  NivaaOpp: z.string().regex(/^\d+$/),
});

export interface StructureRow {
  orgNr: string;
  /** The name as Brønnøysund's register writes it (upper case). */
  name: string;
  shortName: string;
  /** 0 nation, 1 RHF (or the private group), 2 health trust or private hospital, 3 unit. */
  level: number;
  /** The parent's org number; null for the nation, whose `NivaaOpp` is a dummy 0. */
  parentOrgNr: string | null;
}

export function readHealthStructure(text: string): StructureRow[] {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  });
  const [firstError] = parsed.errors;
  if (firstError) throw new Error(`SKDE structure, row ${firstError.row}: ${firstError.message}`);
  return parsed.data.map((record) => {
    const row = rowSchema.parse(record);
    return {
      orgNr: row.OrgNr,
      name: row.OrgNavnEnhetsreg,
      shortName: row.Kortnavn,
      level: row.Nivaa,
      parentOrgNr: row.Nivaa === 0 ? null : row.NivaaOpp,
    };
  });
}

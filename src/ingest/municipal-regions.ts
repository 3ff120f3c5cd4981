import Papa from 'papaparse';
import { z } from 'zod';
import type { MunicipalRegion } from '../domain/municipal-regions';

const rowSchema = z.object({
  region: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a region id is lower-case letters, digits and -'),
  region_name: z.string().min(1),
  code: z.string().regex(/^[0-9]{4}$/),
  municipality: z.string().min(1),
  basis: z.enum(['slides', 'assumed']),
});

/**
 * Reads `datasets/municipal-regions.csv` (an editable file: a team may move a municipality).
 * Throws on a bad row, naming it, or on a municipality listed twice or not in the programme.
 */
export function parseMunicipalRegions(
  text: string,
  programmeCodes: ReadonlySet<string>,
): MunicipalRegion[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const rows = z.array(rowSchema).safeParse(parsed.data);
  if (!rows.success) throw new Error(`municipal-regions.csv: ${z.prettifyError(rows.error)}`);
  const regions = new Map<
    string,
    { id: string; name: string; members: MunicipalRegion['members'][number][] }
  >();
  const seen = new Set<string>();
  for (const row of rows.data) {
    if (seen.has(row.code)) throw new Error(`municipal-regions.csv: ${row.code} is listed twice`);
    if (!programmeCodes.has(row.code)) {
      throw new Error(`municipal-regions.csv: ${row.code} is not in organisations.csv`);
    }
    seen.add(row.code);
    const region = regions.get(row.region) ?? {
      id: row.region,
      name: row.region_name,
      members: [],
    };
    region.members.push({ code: row.code, basis: row.basis });
    regions.set(row.region, region);
  }
  return [...regions.values()];
}

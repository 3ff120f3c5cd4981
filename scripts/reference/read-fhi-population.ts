import Papa from 'papaparse';
import { z } from 'zod';

/**
 * Reader for FHI's population weights (`GEO;WEIGHTS;GEOniv`). FHI writes codes as numbers, so
 * the leading zero is gone (`301` is Oslo 0301); the level says how many digits to restore.
 */

type GeoLevel = 'nation' | 'county' | 'municipality' | 'district';

const GEO_LEVEL_LETTERS = ['L', 'F', 'K', 'k', 'B'] as const;

/** FHI's GEOniv letters. K and k are both municipalities (large and small ones). */
const LEVELS: Record<(typeof GEO_LEVEL_LETTERS)[number], { level: GeoLevel; digits: number }> = {
  L: { level: 'nation', digits: 1 },
  F: { level: 'county', digits: 2 },
  K: { level: 'municipality', digits: 4 },
  k: { level: 'municipality', digits: 4 },
  B: { level: 'district', digits: 6 },
};

const rowSchema = z.object({
  GEO: z.string().regex(/^\d+$/),
  WEIGHTS: z.string().regex(/^\d+$/).transform(Number),
  GEOniv: z.enum(GEO_LEVEL_LETTERS),
});

export interface Population {
  /** The code as SSB writes it, leading zero restored. */
  code: string;
  level: GeoLevel;
  /** Inhabitants in 2024. */
  population: number;
}

export function readPopulation(text: string): Population[] {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  });
  const [firstError] = parsed.errors;
  if (firstError) throw new Error(`FHI population, row ${firstError.row}: ${firstError.message}`);
  return parsed.data.map((record) => {
    const row = rowSchema.parse(record);
    const { level, digits } = LEVELS[row.GEOniv];
    if (row.GEO.length > digits) throw new Error(`FHI population: ${row.GEO} is too long`);
    return { code: row.GEO.padStart(digits, '0'), level, population: row.WEIGHTS };
  });
}

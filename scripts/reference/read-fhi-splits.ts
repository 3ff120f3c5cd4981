import Papa from 'papaparse';
import { z } from 'zod';
import { decodeMixedUtf8AndLatin1 } from './mixed-encoding';

/**
 * Reader for FHI's table of municipality splits (`code,name,prev,prevName,year`): each row says
 * that part of `prev` went to `code`. Used only to check the splits found in SSB's change table.
 */

const rowSchema = z.object({
  code: z.string().regex(/^\d{4}$/),
  name: z.string().min(1),
  prev: z.string().regex(/^\d{4}$/),
  prevName: z.string().min(1),
  year: z.string().regex(/^\d{4}$/),
});

export interface FhiSplit {
  code: string;
  name: string;
  previousCode: string;
  previousName: string;
  year: string;
}

export function readFhiSplits(bytes: Uint8Array): FhiSplit[] {
  const parsed = Papa.parse<Record<string, string>>(decodeMixedUtf8AndLatin1(bytes), {
    header: true,
    delimiter: ',',
    skipEmptyLines: true,
    // FHI puts a no-break space before every `prevName`; trim() removes it with other spaces.
    transform: (value) => value.trim(),
  });
  const [firstError] = parsed.errors;
  if (firstError) throw new Error(`FHI splits, row ${firstError.row}: ${firstError.message}`);
  return parsed.data.map((record) => {
    const row = rowSchema.parse(record);
    return {
      code: row.code,
      name: row.name,
      previousCode: row.prev,
      previousName: row.prevName,
      year: row.year,
    };
  });
}

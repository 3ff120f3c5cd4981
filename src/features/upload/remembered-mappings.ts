import { type ImportMapping, importMappingSchema } from '../../ingest/mapping';

const PREFIX = 'gevinstmonitor:mapping:';

/**
 * Mappings the analyst confirmed, by `mappingKey(headers)`, so the next file with the same header
 * is read the same way. Parsed with zod on the way out: storage may hold an older version.
 */
export function rememberedMapping(key: string): ImportMapping | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return undefined;
    const parsed = importMappingSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a confirmed mapping; storage that is full or switched off only costs the memory. */
export function rememberMapping(key: string, mapping: ImportMapping): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(mapping));
  } catch {
    // Private mode or a full quota: the analyst confirms again next time.
  }
}

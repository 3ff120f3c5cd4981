import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { readCatalogue, readOrganisations } from '../../../scripts/datasets-on-disk';

/** What a generated long-format file (bench/inputs.ts, comma variant) holds, read in Node. */
export interface InputSummary {
  /** Data rows, the header not counted. */
  rows: number;
  /**
   * Rows of a rate indicator whose numerator is below the indicator's threshold (min_n), by the
   * organisation's type: the cells the page must hide at load.
   */
  belowThreshold: Record<string, number>;
}

/** Reads `file` line by line: its row count and its counts below the threshold. */
export async function summariseInput(file: string): Promise<InputSummary> {
  const types = new Map(readOrganisations().map((o) => [o.code, o.type]));
  const thresholds = new Map(
    readCatalogue()
      .indicators.filter((i) => i.aggregation === 'rate' && i.min_n > 0)
      .map((i) => [i.id, i.min_n]),
  );
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let rows = -1;
  const belowThreshold: Record<string, number> = {};
  for await (const line of lines) {
    rows += 1;
    if (rows === 0 || line === '') continue;
    const [org = '', indicator = '', , , numerator = ''] = line.split(',');
    const threshold = thresholds.get(indicator);
    if (threshold === undefined || numerator === '' || Number(numerator) >= threshold) continue;
    const type = types.get(org) ?? 'unknown';
    belowThreshold[type] = (belowThreshold[type] ?? 0) + 1;
  }
  return { rows, belowThreshold };
}

import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { readCatalogue, readOrganisations } from '../scripts/datasets-on-disk';
import { rateMultiplier } from '../src/domain/catalogue';
import { mulberry32 } from '../src/domain/random';

export type Variant = 'comma' | 'semicolon';

export interface BenchInput {
  rows: number;
  variant: Variant;
  file: string;
  bytes: number;
}

/** Bump when the generated content changes, so cached files are regenerated. */
const GENERATOR_VERSION = 1;

/**
 * Long-format observations over every organisation × indicator, month after month backwards from
 * 2025-12 so each row's key is unique however many rows are asked for. `semicolon` is what Excel
 * on a Norwegian PC writes: `;` and a decimal comma.
 */
async function writeInput(file: string, rows: number, variant: Variant): Promise<void> {
  const organisations = readOrganisations().map((o) => o.code);
  const indicators = readCatalogue().indicators;
  const next = mulberry32(rows + (variant === 'comma' ? 1 : 2));
  const sep = variant === 'comma' ? ',' : ';';
  const decimal = (n: number) =>
    variant === 'comma' ? n.toFixed(2) : n.toFixed(2).replace('.', ',');
  const temporary = `${file}.tmp`;
  const out = createWriteStream(temporary);
  out.write(
    ['org_code', 'indicator_id', 'period', 'value', 'numerator', 'denominator', 'status'].join(sep),
  );
  out.write('\n');
  const combos = organisations.length * indicators.length;
  let chunk = '';
  for (let i = 0; i < rows; i += 1) {
    const combo = i % combos;
    const monthsBack = Math.floor(i / combos);
    const org = organisations[combo % organisations.length] ?? '';
    const indicator = indicators[Math.floor(combo / organisations.length)];
    if (indicator === undefined) throw new Error('no indicator');
    const month = 2025 * 12 + 11 - monthsBack;
    const period = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    let cells: string;
    if (indicator.aggregation === 'rate') {
      const denominator = 100 + Math.floor(next() * 5000);
      const numerator = Math.floor(denominator * next() * 0.3);
      const value = (numerator / denominator) * rateMultiplier(indicator.unit);
      cells = `${decimal(value)}${sep}${numerator}${sep}${denominator}${sep}`;
    } else {
      cells = `${decimal(next() * 1000)}${sep}${sep}${sep}`;
    }
    chunk += `${org}${sep}${indicator.id}${sep}${period}${sep}${cells}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  renameSync(temporary, file);
}

/** Generates (or reuses) one input file and returns where it is. */
export async function benchInput(dir: string, rows: number, variant: Variant): Promise<BenchInput> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `observations-${rows}-${variant}-v${GENERATOR_VERSION}.csv`);
  if (!existsSync(file)) await writeInput(file, rows, variant);
  const { size } = await import('node:fs').then((fs) => fs.statSync(file));
  return { rows, variant, file, bytes: size };
}

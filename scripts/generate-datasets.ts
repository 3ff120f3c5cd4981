/**
 * Writes the demo and reference-derived datasets and the upload test fixtures.
 * Run with `npm run datasets`. Deterministic: the same input gives byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATCHMENT_PATH, generateDatasets } from './datasets/generate';

const root = path.resolve(import.meta.dirname, '..');
const files = generateDatasets(readFileSync(path.join(root, CATCHMENT_PATH), 'utf8'));

for (const [relative, content] of Object.entries(files)) {
  const target = path.join(root, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  console.info(`${relative}  ${bytes} bytes`);
}

/**
 * Builds the national register (docs/national-register.md) from the committed copies in
 * datasets/reference/sources/. Run with `npm run reference`; an optional argument names another
 * output directory, which the unit test uses to compare a fresh build with the committed files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRegister } from './build';
import { readSources } from './sources';

const root = path.resolve(import.meta.dirname, '../..');
const outputDir = path.resolve(process.argv[2] ?? path.join(root, 'datasets/reference'));

const { files, summary } = buildRegister(readSources(root));
mkdirSync(outputDir, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  writeFileSync(path.join(outputDir, name), content);
}
for (const line of summary) console.info(line);

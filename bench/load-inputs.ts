import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  DateDay,
  Dictionary,
  Float64,
  Int32,
  makeVector,
  Table,
  tableToIPC,
  Utf8,
  type Vector,
  vectorFromArray,
} from 'apache-arrow';
import { bakeData } from '../scripts/bake';
import { repoRoot } from '../scripts/datasets-on-disk';
import { buildConfigSchema } from '../src/build-config/schema';
import { BAKED_COLUMNS } from '../src/queries/baked';
import type { LoadFormat } from './results-schema';

/**
 * The files for each way one set of rows can reach the page's observations table
 * (LOAD_FORMATS):
 * - `import`: the analyst's CSV through the full checked import (prepareImport + commit);
 * - `baked-csv`: the same rows baked as a shared build bakes them (scripts/bake.ts), loaded with
 *   loadBakedDataset — typed read_csv, no checks;
 * - `arrow-ipc`: the baked rows as an Arrow IPC stream, plain UTF-8 strings;
 * - `arrow-ipc-dict`: the same with the repetitive strings dictionary-encoded, as apache-arrow's
 *   own `tableFromArrays` would write them.
 * Both Arrow forms are loaded with duckdb-wasm's `insertArrowFromIPCStream`.
 */
export interface LoadInput {
  format: LoadFormat;
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Bump when the baked or Arrow files' content changes, so cached files are made again. */
const LOAD_VERSION = 1;

/** The baked form of `source` (an observations CSV the import accepts whole), via bake.ts. */
async function writeBaked(source: string, file: string): Promise<void> {
  const outDir = `${file}.d`;
  rmSync(outDir, { recursive: true, force: true });
  const config = buildConfigSchema.parse({
    datasets: [{ path: path.relative(repoRoot, source), synthetic: true }],
  });
  const result = await bakeData(config, outDir);
  const baked = result.datasets[0];
  if (baked === undefined) throw new Error('bake wrote no dataset');
  renameSync(baked.file, file);
  rmSync(outDir, { recursive: true, force: true });
}

const DAY_MS = 86_400_000;

/**
 * The baked CSV's rows as an Arrow IPC stream with the types loadBakedDataset gives them (an
 * empty cell is NULL, as its `nullstr = ''` reads it). bake.ts writes no quotes: none of its
 * values holds a comma, which is checked here.
 */
function bakedToArrow(baked: string, dictionary: boolean): Uint8Array {
  const lines = readFileSync(baked, 'utf8').split('\n');
  if (lines[0] !== BAKED_COLUMNS.join(',')) throw new Error(`${baked}: not a baked header`);
  const rows = lines.slice(1).filter((line) => line !== '');
  const cells: (string | null)[][] = BAKED_COLUMNS.map(() => new Array(rows.length));
  for (const [r, line] of rows.entries()) {
    const fields = line.split(',');
    if (fields.length !== BAKED_COLUMNS.length) throw new Error(`${baked}: line ${r + 2}`);
    for (const [c, field] of fields.entries()) {
      const column = cells[c];
      if (column !== undefined) column[r] = field === '' ? null : field;
    }
  }
  const column = (name: (typeof BAKED_COLUMNS)[number]) => cells[BAKED_COLUMNS.indexOf(name)] ?? [];
  const text = (name: (typeof BAKED_COLUMNS)[number]): Vector =>
    dictionary
      ? vectorFromArray(column(name), new Dictionary(new Utf8(), new Int32()))
      : vectorFromArray(column(name), new Utf8());
  const number = (name: (typeof BAKED_COLUMNS)[number]): Vector =>
    vectorFromArray(
      column(name).map((cell) => (cell === null ? null : Number(cell))),
      new Float64(),
    );
  if (column('period_start').includes(null)) throw new Error(`${baked}: a row has no period_start`);
  const days = Int32Array.from(
    column('period_start'),
    (cell) => Date.parse(`${cell ?? ''}T00:00:00Z`) / DAY_MS,
  );
  const table = new Table({
    org_code: text('org_code'),
    indicator_id: text('indicator_id'),
    period: text('period'),
    period_start: makeVector({ type: new DateDay(), data: days }),
    grain: text('grain'),
    value: number('value'),
    numerator: number('numerator'),
    denominator: number('denominator'),
    status: text('status'),
  });
  return tableToIPC(table, 'stream');
}

async function writeBytes(file: string, bytes: Uint8Array): Promise<void> {
  const out = createWriteStream(`${file}.tmp`);
  out.end(bytes);
  await once(out, 'finish');
  renameSync(`${file}.tmp`, file);
}

function describe(format: LoadFormat, file: string): LoadInput {
  return {
    format,
    file,
    bytes: statSync(file).size,
    // What a host serving it compressed sends (gzip's default level, as most servers use).
    gzipBytes: gzipSync(readFileSync(file)).length,
  };
}

/**
 * The files of every load format for the rows of `source` (a generated comma input), made once
 * and kept beside it.
 */
export async function loadInputs(source: string): Promise<LoadInput[]> {
  const stem = source.replace(/\.csv$/, '');
  const baked = `${stem}-baked-l${LOAD_VERSION}.csv`;
  const arrow = `${stem}-baked-l${LOAD_VERSION}.arrows`;
  const arrowDict = `${stem}-baked-dict-l${LOAD_VERSION}.arrows`;
  if (!existsSync(baked)) await writeBaked(source, baked);
  if (!existsSync(arrow)) await writeBytes(arrow, bakedToArrow(baked, false));
  if (!existsSync(arrowDict)) await writeBytes(arrowDict, bakedToArrow(baked, true));
  return [
    describe('import', source),
    describe('baked-csv', baked),
    describe('arrow-ipc', arrow),
    describe('arrow-ipc-dict', arrowDict),
  ];
}

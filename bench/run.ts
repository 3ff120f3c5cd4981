/**
 * `npm run bench`: builds the site, serves it on 127.0.0.1, drives Debian's Chromium and writes
 * bench/results/<date>.json plus a Markdown table. Options:
 *   --compare OLD.json   print each figure beside an earlier result
 *   --quick              tiny inputs and one run each (for the harness's own test)
 *   --interaction        only filter → redraw (one 1 M-row import, then the filter changes),
 *                        cold start once and the sizes: for comparing that figure across commits
 *   --out FILE           where to write the JSON (default bench/results/<date>.json)
 */
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { startStaticServer } from '../tests/e2e/support/static-server';
import {
  appIngest,
  duckdbAloneMs,
  engineIngestMs,
  firstChartMs,
  loadFormatMs,
  papaparseMs,
} from './browser-runs';
import { benchInput, type Variant } from './inputs';
import { measureFilterChanges } from './interaction';
import { loadInputs } from './load-inputs';
import type { LoadedContent } from './page';
import { markdownTable } from './report';
import {
  type BenchResult,
  benchResultSchema,
  type IngestResult,
  type LoadFormatResult,
} from './results-schema';
import { measureSize } from './sizes';
import { percentile, spread } from './stats';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench/.work');

const { values: args } = parseArgs({
  options: {
    compare: { type: 'string' },
    quick: { type: 'boolean', default: false },
    interaction: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

interface Plan {
  sizes: { rows: number; runs: number; papaparse: boolean }[];
  variants: Variant[];
  coldStartRuns: number;
  interactionRows: number;
  changes: number;
  /** Rows loaded as an upload, a baked CSV and Arrow, each `runs` times; null: not measured. */
  load: { rows: number; runs: number } | null;
}

const INTERACTION_ONLY: Plan = {
  sizes: [{ rows: 1_000_000, runs: 1, papaparse: false }],
  variants: ['comma'],
  coldStartRuns: 1,
  interactionRows: 1_000_000,
  changes: 30,
  load: null,
};

const PLAN: Plan = args.interaction
  ? INTERACTION_ONLY
  : args.quick
    ? {
        sizes: [{ rows: 2_000, runs: 1, papaparse: true }],
        variants: ['comma', 'semicolon'],
        coldStartRuns: 1,
        interactionRows: 2_000,
        changes: 4,
        load: { rows: 2_000, runs: 1 },
      }
    : {
        sizes: [
          { rows: 100_000, runs: 3, papaparse: true },
          { rows: 1_000_000, runs: 3, papaparse: true },
          // papaparse needs ≈ 2.5 GB of JS heap at 5 million rows: measured at 1 million only.
          { rows: 5_000_000, runs: 1, papaparse: false },
        ],
        variants: ['comma', 'semicolon'],
        coldStartRuns: 5,
        interactionRows: 1_000_000,
        changes: 30,
        load: { rows: 1_000_000, runs: 3 },
      };

/** Vite's build, with NODE_ENV=production so React's production build is what is measured. */
async function buildSite(mode: 'production' | 'bench', outDir: string) {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

async function repeat(times: number, measure: () => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) samples.push(await measure());
  return samples;
}

function chromiumVersion(): string {
  try {
    // Debian's wrapper script prints a harmless shell warning on stderr; keep it out of the report.
    return execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * The same rows (the comma input) loaded as an upload through the full checked import, as a
 * shared build's baked CSV, and as Arrow IPC, each in a fresh browser on the probe page. The
 * formats take turns, run after run, so a busy moment of the machine falls on all of them alike.
 * Every format must end with the same rows and the same visible sum, or the comparison is void.
 */
async function measureLoads(
  benchDist: string,
  origin: string,
  probeUrl: string,
  { rows, runs }: { rows: number; runs: number },
) {
  const input = await benchInput(path.join(work, 'inputs'), rows, 'comma');
  console.info(`load ${rows} rows: baking, writing Arrow (kept for later runs) …`);
  const files = await loadInputs(input.file);
  for (const file of files) {
    const served = path.join(benchDist, path.basename(file.file));
    rmSync(served, { force: true });
    linkSync(file.file, served);
  }
  const samples = new Map(files.map((file) => [file.format, [] as number[]]));
  let reference: LoadedContent | undefined;
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const file of files) {
        console.info(`load ${rows} ${file.format} (${(file.bytes / 1e6).toFixed(1)} MB) …`);
        const url = `${origin}${path.basename(file.file)}`;
        const { ms, content } = await loadFormatMs(probeUrl, url, file.format);
        reference ??= content;
        const same =
          content.rows === rows &&
          content.shown === reference.shown &&
          Math.abs(content.total - reference.total) <= 1e-9 * Math.abs(reference.total);
        if (!same) {
          const wrong = JSON.stringify(content);
          throw new Error(`${file.format} loaded ${wrong}, not ${JSON.stringify(reference)}`);
        }
        samples.get(file.format)?.push(ms);
      }
    }
  } finally {
    for (const file of files)
      rmSync(path.join(benchDist, path.basename(file.file)), { force: true });
  }
  const formats: LoadFormatResult[] = files.map((file) => ({
    format: file.format,
    ms: spread(samples.get(file.format) ?? []),
    bytes: file.bytes,
    gzipBytes: file.gzipBytes,
  }));
  return { rows, formats };
}

async function main() {
  const productionDist = path.join(work, 'dist-production');
  const benchDist = path.join(work, 'dist-bench');
  console.info('building the production site and the probe build …');
  await buildSite('production', productionDist);
  await buildSite('bench', benchDist);
  const size = measureSize(productionDist);

  const production = await startStaticServer({ root: productionDist });
  const probes = await startStaticServer({ root: benchDist });
  const probeUrl = `${probes.url}bench/page.html`;
  try {
    console.info('cold start …');
    const firstChart = await repeat(PLAN.coldStartRuns, () => firstChartMs(production.url));
    const duckdbAlone = await repeat(PLAN.coldStartRuns, () => duckdbAloneMs(probeUrl));

    const ingest: IngestResult[] = [];
    let interaction: BenchResult['interaction'] = null;
    for (const size of PLAN.sizes) {
      for (const variant of PLAN.variants) {
        const input = await benchInput(path.join(work, 'inputs'), size.rows, variant);
        // Served from the probe build's own origin, as the page fetches it.
        const served = path.join(benchDist, path.basename(input.file));
        rmSync(served, { force: true });
        linkSync(input.file, served);
        const fileUrl = `${probes.url}${path.basename(input.file)}`;
        console.info(`ingest ${size.rows} ${variant} (${(input.bytes / 1e6).toFixed(0)} MB) …`);
        const engine = await repeat(size.runs, async () => {
          const { ms, rows } = await engineIngestMs(probeUrl, fileUrl, variant === 'semicolon');
          if (rows !== size.rows) throw new Error(`read_csv read ${rows} rows, not ${size.rows}`);
          return ms;
        });
        const papaparse = size.papaparse
          ? await repeat(size.runs, async () => (await papaparseMs(probeUrl, fileUrl)).ms)
          : null;
        const app: number[] = [];
        let heap = 0;
        let rss = 0;
        for (let run = 0; run < size.runs; run += 1) {
          const wantInteraction =
            run === 0 && variant === 'comma' && size.rows === PLAN.interactionRows;
          const measured = await appIngest(production.url, input.file, (page) =>
            wantInteraction ? measureFilterChanges(page, PLAN.changes) : Promise.resolve(null),
          );
          app.push(measured.ms);
          heap = Math.max(heap, measured.peakJsHeapMB);
          rss = Math.max(rss, measured.peakBrowserRssMB);
          if (measured.after !== null) {
            interaction = {
              rows: size.rows,
              changes: measured.after.length,
              p50Ms: percentile(measured.after, 50),
              p95Ms: percentile(measured.after, 95),
            };
          }
        }
        const mb = input.bytes / 1e6;
        const engineSpread = spread(engine);
        const appSpread = spread(app);
        const papaSpread = papaparse === null ? null : spread(papaparse);
        ingest.push({
          rows: size.rows,
          variant,
          bytes: input.bytes,
          engine: engineSpread,
          papaparse: papaSpread,
          app: appSpread,
          engineMBps: mb / (engineSpread.median / 1000),
          papaparseMBps: papaSpread === null ? null : mb / (papaSpread.median / 1000),
          appMBps: mb / (appSpread.median / 1000),
          ratio: engineSpread.median / appSpread.median,
          peakJsHeapMB: heap,
          peakBrowserRssMB: rss,
        });
        rmSync(served, { force: true });
      }
    }

    const load =
      PLAN.load === null
        ? undefined
        : await measureLoads(benchDist, probes.url, probeUrl, PLAN.load);

    const firstChartSpread = spread(firstChart);
    const duckdbSpread = spread(duckdbAlone);
    const result = benchResultSchema.parse({
      version: 1,
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        memoryGB: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version,
        chromium: chromiumVersion(),
      },
      quick: args.quick,
      coldStart: {
        firstChartMs: firstChartSpread,
        duckdbAloneMs: duckdbSpread,
        ratio: firstChartSpread.median / duckdbSpread.median,
      },
      ingest,
      load,
      interaction,
      size,
    } satisfies BenchResult);

    const out =
      args.out ??
      path.join(root, 'bench/results', `${result.date.slice(0, 19).replaceAll(':', '-')}.json`);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    const previous = args.compare
      ? benchResultSchema.parse(JSON.parse(readFileSync(args.compare, 'utf8')))
      : undefined;
    console.info(`\n${markdownTable(result, previous)}\n\nwritten to ${path.relative(root, out)}`);
  } finally {
    await production.close();
    await probes.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

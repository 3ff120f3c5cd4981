import { z } from 'zod';

const spreadSchema = z.object({
  median: z.number(),
  min: z.number(),
  max: z.number(),
  runs: z.int().positive(),
});

const ingestSchema = z.object({
  rows: z.int().positive(),
  variant: z.enum(['comma', 'semicolon']),
  bytes: z.int().positive(),
  /** (a) duckdb-wasm read_csv alone, ms. */
  engine: spreadSchema,
  /** (b) papaparse alone, ms; null where it was not run (too slow at 5 million rows). */
  papaparse: spreadSchema.nullable(),
  /** (c) the app's whole import, file given → dashboard showing it, ms. */
  app: spreadSchema,
  engineMBps: z.number(),
  papaparseMBps: z.number().nullable(),
  appMBps: z.number(),
  /** engine time / app time: 1 means validation is free, 0.8 is the target. */
  ratio: z.number(),
  peakJsHeapMB: z.number().nullable(),
  peakBrowserRssMB: z.number().nullable(),
});

/** Ways of loading the same rows into the page's database: see bench/load-inputs.ts. */
export const LOAD_FORMATS = ['import', 'baked-csv', 'arrow-ipc', 'arrow-ipc-dict'] as const;
export type LoadFormat = (typeof LOAD_FORMATS)[number];

const loadFormatSchema = z.object({
  format: z.enum(LOAD_FORMATS),
  /** Bytes in hand → rows loaded, suppressed and committed, on the probe page, ms. */
  ms: spreadSchema,
  /** The file as served, and gzipped at gzip's default level. */
  bytes: z.int().positive(),
  gzipBytes: z.int().positive(),
});

/** One `npm run bench` result file: `bench/results/<date>.json`. */
export const benchResultSchema = z.object({
  version: z.literal(1),
  date: z.iso.datetime(),
  machine: z.object({
    cpus: z.int(),
    memoryGB: z.number(),
    node: z.string(),
    chromium: z.string(),
  }),
  quick: z.boolean(),
  coldStart: z.object({
    firstChartMs: spreadSchema,
    duckdbAloneMs: spreadSchema,
    ratio: z.number(),
  }),
  ingest: z.array(ingestSchema),
  /**
   * The same rows as an upload (full checked import), a shared build's baked CSV and Arrow IPC.
   * Absent from results written before it was measured.
   */
  load: z.object({ rows: z.int().positive(), formats: z.array(loadFormatSchema) }).optional(),
  interaction: z
    .object({ rows: z.int(), changes: z.int(), p50Ms: z.number(), p95Ms: z.number() })
    .nullable(),
  size: z.object({
    initialJsGzipKB: z.number(),
    distMB: z.number(),
    wasmOnCriticalPath: z.boolean(),
  }),
});
export type BenchResult = z.infer<typeof benchResultSchema>;
export type IngestResult = z.infer<typeof ingestSchema>;
export type LoadFormatResult = z.infer<typeof loadFormatSchema>;

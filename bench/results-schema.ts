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

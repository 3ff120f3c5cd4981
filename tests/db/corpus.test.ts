import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openReferenceDb, readRepoFile, repoRoot } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { importMappingSchema } from '../../src/ingest/mapping';
import { type ImportFailure, prepareImport } from '../../src/queries/import/prepare';

/**
 * Every file in tests/fixtures/corpus/ — one per shape and encoding, and hostile or broken ones —
 * with its outcome in expected.json: a report (rows, problems by reason, the first problems'
 * lines), a mapping the import asks for, or a typed failure. No file may throw.
 */
const CORPUS = 'tests/fixtures/corpus';

const outcomeSchema = z.union([
  z.object({ kind: z.literal('sniff'), problem: z.string() }),
  z.object({ kind: z.literal('mapping_needed'), questions: z.array(z.string()) }),
  z.object({
    kind: z.literal('report'),
    shape: z.enum(['long', 'wide']),
    encoding: z.string(),
    delimiter: z.string(),
    decimal: z.string(),
    totalRows: z.number(),
    validRows: z.number(),
    reasons: z.record(z.string(), z.number()),
    /** [line, reason, column, header] of every problem, when the case lists them. */
    problems: z
      .array(z.tuple([z.number(), z.string(), z.string().nullable(), z.string().nullable()]))
      .optional(),
  }),
]);
type Outcome = z.infer<typeof outcomeSchema>;

const caseSchema = z.object({
  file: z.string(),
  /** What the case shows. */
  about: z.string(),
  mapping: importMappingSchema.optional(),
  outcome: outcomeSchema,
});
const expected = z
  .array(caseSchema)
  .parse(JSON.parse(readRepoFile(`${CORPUS}/expected.json`).toString('utf8')));

async function outcomeOf(
  db: Db,
  name: string,
  bytes: Uint8Array,
  mapping?: z.infer<typeof importMappingSchema>,
) {
  const result = await prepareImport(db, { name, bytes }, mapping === undefined ? {} : { mapping });
  if (!result.ok) return { outcome: failureOutcome(result.error), prepared: null };
  const { report } = result.data;
  const outcome: Outcome = {
    kind: 'report',
    shape: report.shape,
    encoding: report.encoding,
    delimiter: report.delimiter,
    decimal: report.decimal,
    totalRows: report.totalRows,
    validRows: report.validRows,
    reasons: Object.fromEntries(report.reasonCounts.map((r) => [r.reason, r.count])),
    problems: report.problems.map((p) => [p.line, p.reason, p.column, p.header]),
  };
  return { outcome, prepared: result.data };
}

const failureOutcome = (failure: ImportFailure): Outcome =>
  failure.kind === 'sniff'
    ? { kind: 'sniff', problem: failure.problem.kind }
    : { kind: 'mapping_needed', questions: failure.questions };

describe('fixture corpus', () => {
  // One database for all cases: an import only adds rows, and no outcome depends on rows loaded.
  let db: Db;
  beforeAll(async () => {
    db = await openReferenceDb();
  });

  it('has an expected outcome for every file, and a file for every outcome', () => {
    const files = readdirSync(path.join(repoRoot, CORPUS)).filter((f) => f !== 'expected.json');
    expect(new Set(expected.map((c) => c.file))).toEqual(new Set(files));
  });

  it.each(
    expected.map(
      (c) => [`${c.file}${c.mapping ? ' (with a mapping)' : ''}: ${c.about}`, c] as const,
    ),
  )('%s', async (_name, { file, mapping, outcome }) => {
    const { outcome: actual, prepared } = await outcomeOf(
      db,
      file,
      readRepoFile(`${CORPUS}/${file}`),
      mapping,
    );
    if (outcome.kind === 'report' && actual.kind === 'report' && outcome.problems === undefined) {
      delete actual.problems;
    }
    expect(actual).toEqual(outcome);
    if (prepared !== null) {
      // What the report promises is what loads.
      const { inserted } = await prepared.commit();
      expect(inserted).toBe(prepared.report.validRows);
    }
  });

  it('reports a 10 MB field as an unreadable row and loads the rest', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const text = `org_code,indicator_id,period,value,comment\n5001,eldre_journalsystemer_antall,2024,1,ok\n5001,eldre_journalsystemer_antall,2025,2,${huge}\n1506,eldre_journalsystemer_antall,2025,3,ok\n`;
    const { outcome } = await outcomeOf(db, 'huge.csv', new TextEncoder().encode(text));
    expect(outcome).toMatchObject({
      kind: 'report',
      totalRows: 3,
      validRows: 2,
      reasons: { unreadable_row: 1 },
      problems: [[3, 'unreadable_row', null, null]],
    });
  });
});

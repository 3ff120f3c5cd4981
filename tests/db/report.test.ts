import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { repoRoot } from '../../scripts/datasets-on-disk';

const run = promisify(execFile);

const reportSchema = z.object({
  file: z.string(),
  rejectedRows: z.number(),
  rows: z.array(
    z.object({
      org_code: z.string(),
      indicator_id: z.string(),
      baseline: z.object({ value: z.number().nullable(), points: z.number() }),
      current: z.object({ value: z.number().nullable(), periods: z.number() }),
      status: z.enum(['improved', 'worsened', 'unchanged', 'unknown']),
      progress: z.number().nullable(),
      spc: z
        .object({ variation: z.string().nullable(), assurance: z.string().nullable() })
        .nullable(),
    }),
  ),
});

/** `npm run report` on the demo data: the same engine and code as the page, from the shell. */
describe('npm run report', () => {
  let report: z.infer<typeof reportSchema>;
  beforeAll(async () => {
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/report.ts', 'datasets/observations.csv', '--json'],
      {
        cwd: repoRoot,
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    report = reportSchema.parse(JSON.parse(stdout));
  }, 120_000);

  it('assesses every organisation × indicator in the file, rejecting nothing', () => {
    expect(report.rejectedRows).toBe(0);
    expect(report.rows.length).toBeGreaterThan(500);
    expect(new Set(report.rows.map((r) => `${r.org_code} ${r.indicator_id}`)).size).toBe(
      report.rows.length,
    );
  });

  it('finds the improvement the demo data builds in for Trondheim’s patient portal', () => {
    const row = report.rows.find(
      (r) => r.org_code === '5001' && r.indicator_id === 'pasientportal_andel',
    );
    expect(row?.status).toBe('improved');
    expect(row?.baseline.points).toBe(12);
    expect(row?.spc?.variation).toBe('improvement_high');
  });

  it('prints a readable table without --json', async () => {
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/report.ts', 'tests/fixtures/excel-semicolon.csv'],
      {
        cwd: repoRoot,
        timeout: 120_000,
      },
    );
    expect(stdout.split('\n')[0]).toMatch(/^org\s+indicator\s+baseline\s+current/);
    expect(stdout).toContain('5001 Trondheim');
  }, 120_000);

  it('reads an FHI table as one indicator with --indicator, and says what to give without it', async () => {
    const file = 'tests/fixtures/corpus/fhi-csv3.csv';
    const asked = await run('npx', ['tsx', 'scripts/report.ts', file], {
      cwd: repoRoot,
      timeout: 120_000,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(asked).toMatchObject({ code: 1 });
    expect('stderr' in asked && asked.stderr).toContain('--indicator ID');

    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/report.ts', file, '--indicator', 'institusjon_80pluss', '--json'],
      { cwd: repoRoot, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const read = reportSchema
      .extend({ mapping: z.object({ indicator: z.object({ fixed: z.string() }) }) })
      .parse(JSON.parse(stdout));
    expect(read.mapping.indicator.fixed).toBe('institusjon_80pluss');
    expect(read.rows.map((r) => r.org_code).sort()).toEqual(['1506', '1508', '5001']);
  }, 120_000);
});

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { benchResultSchema, LOAD_FORMATS } from '../../bench/results-schema';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/** The benchmark harness runs end to end and writes a result its own schema accepts. */
describe('npm run bench --quick', () => {
  it('builds, measures in Chromium and writes valid JSON and a table', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gevinstmonitor-bench-'));
    try {
      const out = path.join(dir, 'result.json');
      const { stdout } = await run('npx', ['tsx', 'bench/run.ts', '--quick', '--out', out], {
        cwd: root,
        timeout: 240_000,
      });
      const result = benchResultSchema.parse(JSON.parse(await readFile(out, 'utf8')));
      expect(result.quick).toBe(true);
      expect(result.ingest.map((i) => [i.rows, i.variant])).toEqual([
        [2000, 'comma'],
        [2000, 'semicolon'],
      ]);
      expect(result.coldStart.firstChartMs.median).toBeGreaterThan(0);
      expect(result.interaction?.changes).toBe(4);
      expect(result.size.wasmOnCriticalPath).toBe(false);
      // The same rows as an upload, a baked CSV and Arrow (the harness checks they load alike).
      expect(result.load?.rows).toBe(2000);
      expect(result.load?.formats.map((f) => f.format)).toEqual([...LOAD_FORMATS]);
      expect(stdout).toContain('| cold start: ratio |');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bakeData } from '../../scripts/bake';
import { BuildInputError, readBuildConfig } from '../../scripts/build-config';
import { openReferenceDb } from '../../scripts/datasets-on-disk';
import { type BuildConfig, buildConfigSchema } from '../../src/build-config/schema';
import { sql } from '../../src/db/sql';
import { loadBakedDataset } from '../../src/queries/baked';

const out = mkdtempSync(path.join(tmpdir(), 'gevinstmonitor-bake-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const configWith = (extra: Partial<BuildConfig>): BuildConfig =>
  buildConfigSchema.parse({
    datasets: [{ path: 'tests/fixtures/small-cells.csv' }],
    ...extra,
  });

const cellSchema = z.object({
  org_code: z.string(),
  period: z.string(),
  numerator: z.number().nullable(),
  status: z.string().nullable(),
});

describe('baking a build’s data', () => {
  it('ships suppressed rows only: no hidden number is in the baked file', async () => {
    const result = await bakeData(configWith({}), path.join(out, 'plain'));
    const [dataset] = result.datasets;
    const text = readFileSync(dataset?.file ?? '', 'utf8');
    // Hidden in tests/fixtures/small-cells.csv (see tests/db/suppress.test.ts): a small count,
    // the totals it could be derived from, and a year over a hidden month.
    for (const secret of [
      '42.86',
      '2350',
      '95.06',
      '2360',
      '95.02',
      '33.33',
      '80.56',
      '2290',
      '94.2',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('5014,plo_meldinger_frist,2026-01,2026-01-01,month,,,,:');
    expect(dataset).toMatchObject({ source: 'small-cells.csv', synthetic: false, rows: 11 });
  });

  it('loads in the page as the import left it, without checking again', async () => {
    const result = await bakeData(configWith({}), path.join(out, 'load'));
    const db = await openReferenceDb();
    const rows = await loadBakedDataset(db, readFileSync(result.datasets[0]?.file ?? ''), {
      source: 'small-cells.csv',
      synthetic: false,
    });
    expect(rows).toBe(11);
    const cells = await db.query(
      'cells',
      sql`SELECT org_code, period, numerator, status FROM observations ORDER BY org_code, period`,
      cellSchema,
    );
    expect(cells.find((c) => c.org_code === 'STO-HF' && c.period === '2026-01')).toEqual({
      org_code: 'STO-HF',
      period: '2026-01',
      numerator: null,
      status: ':',
    });
    expect(cells.find((c) => c.org_code === '5001' && c.period === '2026-01')?.numerator).toBe(
      2347,
    );
  });

  it('holds the data to the configuration’s thresholds', async () => {
    const result = await bakeData(
      configWith({ suppression: { minimumCount: 0, perIndicator: { plo_meldinger_frist: 11 } } }),
      path.join(out, 'strict'),
    );
    const text = readFileSync(result.datasets[0]?.file ?? '', 'utf8');
    // Oppdal's 10 of 12 in 2026-01 is below 11 now.
    expect(text).toContain('5021,plo_meldinger_frist,2026-01,2026-01-01,month,,,,:');
  });

  it('refuses a dataset with invalid rows, naming each line and why', async () => {
    const refused = bakeData(
      configWith({ datasets: [{ path: 'tests/fixtures/broken.csv', synthetic: false }] }),
      path.join(out, 'broken'),
    );
    await expect(refused).rejects.toThrow(BuildInputError);
    await expect(refused).rejects.toThrow(
      /tests\/fixtures\/broken\.csv: \d+ of \d+ rows are invalid/,
    );
    await expect(refused).rejects.toThrow(/line \d+/);
  });
});

describe('reading the build configuration', () => {
  const write = (name: string, text: string) => {
    const file = path.join(out, name);
    writeFileSync(file, text);
    return file;
  };

  it('gives the defaults for an empty configuration: read-only, the demo data', () => {
    const config = readBuildConfig(write('empty.json', '{}'));
    expect(config.allowUpload).toBe(false);
    expect(config.datasets).toEqual([{ path: 'datasets/observations.csv', synthetic: true }]);
  });

  it.each([
    ['not JSON', '{ title: ', /not valid JSON/],
    ['a misspelt key', '{ "allowUplaod": true }', /allowUplaod/],
    ['a wrong type', '{ "allowUpload": "yes" }', /allowUpload/],
    ['a negative threshold', '{ "suppression": { "minimumCount": -1 } }', /minimumCount/],
    ['an unknown indicator', '{ "suppression": { "perIndicator": { "nope": 5 } } }', /"nope"/],
    ['a missing dataset', '{ "datasets": [{ "path": "nowhere.csv" }] }', /nowhere\.csv/],
    ['no datasets', '{ "datasets": [] }', /datasets/],
    [
      'a default view that is not a path',
      '{ "defaultView": "javascript:alert(1)" }',
      /defaultView/,
    ],
  ])('refuses %s, saying what to fix', (name, text, message) => {
    const file = write(`${name.replaceAll(' ', '-')}.json`, text);
    expect(() => readBuildConfig(file)).toThrow(BuildInputError);
    expect(() => readBuildConfig(file)).toThrow(message);
  });
});

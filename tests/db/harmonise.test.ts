import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readOrganisations, readRepoFile } from '../../scripts/datasets-on-disk';
import type { Db, Session } from '../../src/db/engine';
import { openNodeDb } from '../../src/db/node';
import { join, sql } from '../../src/db/sql';
import { buildCodeMap, type CodeMap, harmoniseCounts } from '../../src/domain/harmonise';
import { parseMunicipalityHistory } from '../../src/ingest/municipality-history';
import { harmoniseStaged } from '../../src/queries/harmonise';
import { createSchema } from '../../src/queries/schema';

/** One staged row as `stageImport` leaves it in `import_valid`. */
interface Staged {
  org_code: string;
  indicator_id: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string | null;
}

const stagedSchema = z.object({
  org_code: z.string(),
  indicator_id: z.string(),
  period: z.string(),
  period_start: z.string(),
  grain: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  status: z.string().nullable(),
});
const totalsSchema = z.object({
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});

/** The indicators used below, one per aggregation (columns as in src/queries/schema.ts). */
const INDICATORS = [
  { id: 'share', aggregation: 'rate', unit: 'percent', multiplier: 100 },
  { id: 'per1000', aggregation: 'rate', unit: 'per_1000', multiplier: 1000 },
  { id: 'cost', aggregation: 'sum', unit: 'nok', multiplier: 1 },
  { id: 'minutes', aggregation: 'mean', unit: 'minutes', multiplier: 1 },
] as const;

function shippedCodeMap(): CodeMap {
  const parsed = parseMunicipalityHistory(
    readRepoFile('datasets/reference/municipalities-history.csv').toString('utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const built = buildCodeMap(parsed.data, new Set(readOrganisations().map((org) => org.code)));
  if (built.issues.length > 0) throw new Error(JSON.stringify(built.issues));
  return built.map;
}
const codeMap = shippedCodeMap();

/** Replaces `import_valid` with `rows`, typed as stage.ts types it; periods are months. */
async function stage(session: Db, rows: readonly Staged[]) {
  await session.run('drop staged rows', sql`DROP TABLE IF EXISTS import_valid`);
  if (rows.length === 0) {
    await session.run(
      'create empty staged rows',
      sql`CREATE TEMP TABLE import_valid (org_code VARCHAR, indicator_id VARCHAR, period VARCHAR,
        period_start DATE, grain VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE,
        status VARCHAR)`,
    );
    return;
  }
  const values = rows.map(
    (r) =>
      sql`(${r.org_code}, ${r.indicator_id}, ${r.period}, ${r.value}::DOUBLE,
        ${r.numerator}::DOUBLE, ${r.denominator}::DOUBLE, ${r.status}::VARCHAR)`,
  );
  await session.run(
    'create staged rows',
    sql`CREATE TEMP TABLE import_valid AS
      SELECT org_code, indicator_id, period, CAST(period || '-01' AS DATE) AS period_start,
        'month' AS grain, value, numerator, denominator, status
      FROM (VALUES ${join(values, ', ')})
        AS t(org_code, indicator_id, period, value, numerator, denominator, status)`,
  );
}

async function stagedRows(session: Db) {
  return session.query(
    'read staged rows',
    sql`SELECT org_code, indicator_id, period, strftime(period_start, '%Y-%m-%d') AS period_start,
        grain, value, numerator, denominator, status
      FROM import_valid ORDER BY indicator_id, org_code, period`,
    stagedSchema,
  );
}

async function totals(session: Db) {
  const [row] = await session.query(
    'sum staged counts',
    sql`SELECT sum(numerator) AS numerator, sum(denominator) AS denominator FROM import_valid`,
    totalsSchema,
  );
  return row;
}

const row = (
  org_code: string,
  indicator_id: string,
  period: string,
  numbers: Partial<Pick<Staged, 'value' | 'numerator' | 'denominator' | 'status'>>,
): Staged => ({
  org_code,
  indicator_id,
  period,
  value: null,
  numerator: null,
  denominator: null,
  status: null,
  ...numbers,
});

/** Equal up to floating-point rounding, relative to the size of the numbers. */
const expectClose = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));

/** A rate row as stage.ts leaves it: value recomputed from the counts. */
const rate = (org: string, period: string, numerator: number, denominator: number) =>
  row(org, 'share', period, { numerator, denominator, value: (numerator / denominator) * 100 });

describe('harmoniseStaged', () => {
  let db: Db;
  let session: Session;
  beforeAll(async () => {
    db = await openNodeDb();
    await createSchema(db);
    for (const i of INDICATORS) {
      await db.run(
        'insert indicator',
        sql`INSERT INTO indicators VALUES (${i.id}, 'b', ${i.aggregation}, ${i.unit}, ${i.multiplier}, 0)`,
      );
    }
    session = await db.connect();
  });
  afterAll(async () => {
    await session.close();
  });

  it('merges 1502 into 1506 in 2019: counts summed, rate recomputed, status joined', async () => {
    await stage(session, [
      rate('1502', '2019-01', 30, 200),
      rate('1506', '2019-01', 12, 100),
      rate('1506', '2019-02', 7, 70),
      row('1502', 'cost', '2019-01', { value: 1000 }),
      row('1543', 'cost', '2019-01', { value: 250 }),
      row('1502', 'minutes', '2019-01', { value: 10, denominator: 30 }),
      row('1545', 'minutes', '2019-01', { value: 20, denominator: 10 }),
      row('1502', 'per1000', '2019-01', { status: ':' }),
      row('1506', 'per1000', '2019-01', { numerator: 5, denominator: 1000, value: 5, status: '*' }),
    ]);
    const report = await harmoniseStaged(session, codeMap);
    expect(report).toEqual({
      codes: [
        { oldCode: '1502', rows: 4, targets: [{ code: '1506', weight: 1 }] },
        { oldCode: '1543', rows: 1, targets: [{ code: '1506', weight: 1 }] },
        { oldCode: '1545', rows: 1, targets: [{ code: '1506', weight: 1 }] },
      ],
      rowsBefore: 9,
      rowsAfter: 5,
    });
    const rows = await stagedRows(session);
    expect(rows.map((r) => [r.indicator_id, r.org_code, r.period])).toEqual([
      ['cost', '1506', '2019-01'],
      ['minutes', '1506', '2019-01'],
      ['per1000', '1506', '2019-01'],
      ['share', '1506', '2019-01'],
      ['share', '1506', '2019-02'],
    ]);
    const [cost, minutes, per1000, share, untouched] = rows;
    expect(share).toMatchObject({ numerator: 42, denominator: 300, status: null });
    expect(share?.value).toBeCloseTo((42 / 300) * 100, 12);
    expect(untouched).toMatchObject({
      period_start: '2019-02-01',
      grain: 'month',
      value: 10,
      numerator: 7,
      denominator: 70,
    });
    expect(cost).toMatchObject({ value: 1250, numerator: null, denominator: null });
    // Weighted by clinicians measured: (10·30 + 20·10) / 40.
    expect(minutes).toMatchObject({ value: 12.5, denominator: 40 });
    // The suppressed part has no counts, so the rate is the provisional part alone; both
    // statuses are kept, so the merged cell is flagged.
    expect(per1000).toMatchObject({ value: 5, numerator: 5, denominator: 1000, status: '* :' });
  });

  it('splits a 1507 row into 1508 and 1580 halves', async () => {
    await stage(session, [
      rate('1507', '2023-06', 9, 120),
      row('1507', 'cost', '2023-06', { value: 5000 }),
      row('1507', 'minutes', '2023-06', { value: 14, denominator: 8 }),
      rate('1508', '2024-01', 4, 60),
    ]);
    const report = await harmoniseStaged(session, codeMap);
    expect(report.codes).toEqual([
      {
        oldCode: '1507',
        rows: 3,
        targets: [
          { code: '1508', weight: 0.5 },
          { code: '1580', weight: 0.5 },
        ],
      },
    ]);
    const rows = await stagedRows(session);
    const pick = (indicator: string, org: string, period: string) =>
      rows.find((r) => r.indicator_id === indicator && r.org_code === org && r.period === period);
    for (const org of ['1508', '1580']) {
      expect(pick('share', org, '2023-06')).toMatchObject({ numerator: 4.5, denominator: 60 });
      expect(pick('share', org, '2023-06')?.value).toBeCloseTo(7.5, 12);
      expect(pick('cost', org, '2023-06')).toMatchObject({ value: 2500 });
      expect(pick('minutes', org, '2023-06')).toMatchObject({ value: 14, denominator: 4 });
    }
    expect(pick('share', '1508', '2024-01')).toMatchObject({ numerator: 4, denominator: 60 });
    expect(rows.some((r) => r.org_code === '1507')).toBe(false);
    expect(rows).toHaveLength(7);
  });

  it('splits Snillfjord 5012 three ways and merges the parts with Hemne into Heim', async () => {
    await stage(session, [rate('5012', '2019-03', 20, 100), rate('5011', '2019-03', 10, 100)]);
    await harmoniseStaged(session, codeMap);
    const rows = await stagedRows(session);
    expect(rows.map((r) => [r.org_code, r.numerator, r.denominator])).toEqual([
      ['5055', 17, 135],
      ['5056', 7, 35],
      ['5059', 6, 30],
    ]);
    expect(rows[0]?.value).toBeCloseTo((17 / 135) * 100, 12);
  });

  it('leaves today\u2019s codes, trusts and unknown codes untouched when no old code is staged', async () => {
    const rows = [
      rate('1506', '2024-01', 1, 3),
      rate('STO-HF', '2024-01', 2, 7),
      rate('1811', '2024-01', 3, 11),
    ];
    await stage(session, rows);
    const before = await stagedRows(session);
    const report = await harmoniseStaged(session, codeMap);
    expect(report).toEqual({ codes: [], rowsBefore: 3, rowsAfter: 3 });
    expect(await stagedRows(session)).toEqual(before);
  });

  it('keeps rows that meet no other row exactly as staged', async () => {
    await stage(session, [
      rate('1502', '2019-01', 1, 3),
      rate('5001', '2019-01', 1, 3),
      // 1506 is regrouped because 1502 maps to it, but this row meets nothing; recomputing the
      // mean (0.1·3 / 3 = 0.10000000000000002) would change it.
      row('1506', 'minutes', '2019-01', { value: 0.1, denominator: 3 }),
    ]);
    const alone = (r: Staged) => r.org_code === '5001' || r.indicator_id === 'minutes';
    const before = (await stagedRows(session)).filter(alone);
    await harmoniseStaged(session, codeMap);
    expect((await stagedRows(session)).filter(alone)).toEqual(before);
  });

  it('refuses a code map whose shares do not sum to 1', async () => {
    await stage(session, [rate('1502', '2019-01', 1, 3)]);
    const bad: CodeMap = new Map([['1502', [{ code: '1506', weight: 0.9 }]]]);
    await expect(harmoniseStaged(session, bad)).rejects.toThrow(/not safe/);
    expect(await stagedRows(session)).toHaveLength(1);
  });

  it('binds the map as parameters, so a hostile code is only a value', async () => {
    await stage(session, [rate("x'); DROP TABLE import_valid; --", '2019-01', 1, 3)]);
    const hostile: CodeMap = new Map([
      ["x'); DROP TABLE import_valid; --", [{ code: "1506'--", weight: 1 }]],
    ]);
    await harmoniseStaged(session, hostile);
    expect((await stagedRows(session)).map((r) => r.org_code)).toEqual(["1506'--"]);
  });

  it('conserves Σnumerator and Σdenominator and agrees with harmoniseCounts', async () => {
    const oldCodes = [...codeMap.keys()];
    const code = fc.oneof(
      fc.constantFrom(...oldCodes),
      fc.constantFrom('1506', '1508', '1580', '5001', '5055', '5059', 'STO-HF', '1811'),
    );
    const staged = fc.uniqueArray(
      fc.record({
        org_code: code,
        period: fc.constantFrom('2019-01', '2019-02', '2024-01'),
        numerator: fc.integer({ min: 0, max: 50_000 }),
        denominator: fc.integer({ min: 1, max: 500_000 }),
      }),
      { selector: (r) => `${r.org_code}|${r.period}`, maxLength: 40 },
    );
    await fc.assert(
      fc.asyncProperty(staged, async (generated) => {
        await stage(
          session,
          generated.map((g) => rate(g.org_code, g.period, g.numerator, g.denominator)),
        );
        const before = await totals(session);
        const report = await harmoniseStaged(session, codeMap);
        const after = await totals(session);
        const rows = await stagedRows(session);

        expectClose(after?.numerator ?? 0, before?.numerator ?? 0);
        expectClose(after?.denominator ?? 0, before?.denominator ?? 0);
        expect(report.rowsBefore).toBe(generated.length);
        expect(report.rowsAfter).toBe(rows.length);
        const mapped = generated.filter((g) => codeMap.has(g.org_code)).length;
        expect(report.codes.reduce((s, c) => s + c.rows, 0)).toBe(mapped);

        const expected = harmoniseCounts(
          generated.map((g) => ({ ...g, code: g.org_code, key: g.period })),
          codeMap,
        );
        expect(rows).toHaveLength(expected.length);
        for (const e of expected) {
          const got = rows.find((r) => r.org_code === e.code && r.period === e.key);
          expectClose(got?.numerator ?? Number.NaN, e.numerator);
          expectClose(got?.denominator ?? Number.NaN, e.denominator);
          expectClose(got?.value ?? Number.NaN, (e.numerator / e.denominator) * 100);
        }
      }),
      { numRuns: 40 },
    );
  });
});

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { openReferenceDb } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { join, sql } from '../../src/db/sql';
import { suppressSmallNumbers } from '../../src/queries/suppress';
import { cellSchema } from './fixture-cells';

/**
 * Suppression audited as an intruder would attack it. A random table of one rate indicator
 * (reinnleggelse_30d_67, threshold 5) is made from a full table of municipality × month counts
 * (the "atoms"): some municipalities of one to three trusts of Helse Midt-Norge, January to June
 * 2018. Rows are taken from it at random — municipality months, and quarters and years at any
 * level; a trust or the region may have no row at all; some rows give only a rate and its
 * denominator; some are suppressed at the source. Every row is the exact sum of the atoms it
 * covers, which is the worst case: nothing outside the table blurs a difference.
 *
 * After suppression, each shown row is a known linear equation over the atoms. A hidden row's
 * count can be derived from them — by any chain of totals minus parts, along organisations,
 * grains or both — exactly when its vector lies in the span of the shown rows' vectors. The test
 * checks that none does (rank arithmetic modulo a prime, exact for these small 0/1 matrices),
 * that a hidden row has no value to multiply by its denominator, and that no shown row has a
 * count, given or derived, below the threshold.
 */
// SUPPRESS_PROPERTY_RUNS=1000 npx vitest run --project db tests/db/suppress-properties.test.ts searches harder.
const RUNS = Number(process.env.SUPPRESS_PROPERTY_RUNS ?? 80);
const INDICATOR = 'reinnleggelse_30d_67';
const MIN_N = 5;
const MONTHS = 6;
const TRUSTS: Record<string, readonly string[]> = {
  'STO-HF': ['5001', '5014', '5021'],
  'HNT-HF': ['5006', '5007', '5020'],
  'HMR-HF': ['1505', '1506', '1508'],
};
const REGION = 'HMN-RHF';
const P = 67_108_859; // a prime below 2^26: products of two residues stay exact in a double

type Grain = 'month' | 'quarter' | 'year';
interface Cell {
  org: string;
  grain: Grain;
  /** Index of the first month (0 = January) and how many months the period spans. */
  first: number;
  months: number;
}
interface Table {
  municipalities: string[];
  counts: number[][]; // [municipality][month]
  denominators: number[][];
  rows: { cell: Cell; form: 'counts' | 'rate_only' | 'source_hidden' }[];
}

const periodOf = (cell: Cell) =>
  cell.grain === 'year'
    ? '2018'
    : cell.grain === 'quarter'
      ? `2018-Q${cell.first / 3 + 1}`
      : `2018-${String(cell.first + 1).padStart(2, '0')}`;

const membersOf = (org: string, municipalities: readonly string[]) =>
  org === REGION
    ? municipalities
    : org in TRUSTS
      ? municipalities.filter((m) => TRUSTS[org]?.includes(m))
      : [org];

const tableArb: fc.Arbitrary<Table> = fc
  .record({
    trusts: fc.subarray(Object.keys(TRUSTS), { minLength: 1 }),
    picks: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
    seed: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 54, maxLength: 54 }),
    extra: fc.array(fc.integer({ min: 10, max: 200 }), { minLength: 54, maxLength: 54 }),
    // For each possible row: absent, counts, rate only, hidden at the source.
    forms: fc.array(fc.integer({ min: 0, max: 19 }), { minLength: 200, maxLength: 200 }),
    monthRows: fc.integer({ min: 40, max: 95 }),
    coarseRows: fc.integer({ min: 10, max: 70 }),
  })
  .map(({ trusts, picks, seed, extra, forms, monthRows, coarseRows }) => {
    const municipalities = trusts.flatMap((trust, t) => {
      const members = TRUSTS[trust] ?? [];
      const chosen = members.filter((_, i) => picks[t * 3 + i]);
      return chosen.length > 0 ? chosen : members.slice(0, 1);
    });
    const counts = municipalities.map((_, i) =>
      Array.from({ length: MONTHS }, (_, m) => seed[i * MONTHS + m] ?? 0),
    );
    const denominators = municipalities.map((_, i) =>
      Array.from(
        { length: MONTHS },
        (_, m) => (counts[i]?.[m] ?? 0) + (extra[i * MONTHS + m] ?? 50),
      ),
    );
    const orgs = [...municipalities, ...trusts, REGION];
    const cells: Cell[] = [];
    for (const org of orgs) {
      for (let m = 0; m < MONTHS; m++) cells.push({ org, grain: 'month', first: m, months: 1 });
      for (let q = 0; q < MONTHS; q += 3)
        cells.push({ org, grain: 'quarter', first: q, months: 3 });
      cells.push({ org, grain: 'year', first: 0, months: MONTHS });
    }
    const rows: Table['rows'] = [];
    cells.forEach((cell, i) => {
      const draw = (forms[i % forms.length] ?? 0) * 5;
      const isMonth = cell.grain === 'month' && municipalities.includes(cell.org);
      if (draw >= (isMonth ? monthRows : coarseRows)) return;
      const form = draw % 10 === 5 ? 'rate_only' : draw % 25 === 10 ? 'source_hidden' : 'counts';
      rows.push({ cell, form });
    });
    return { municipalities, counts, denominators, rows };
  });

/** The cell's atoms: municipality index × month index. */
function atomsOf(table: Table, cell: Cell): [number, number][] {
  const out: [number, number][] = [];
  for (const org of membersOf(cell.org, table.municipalities)) {
    const i = table.municipalities.indexOf(org);
    for (let m = cell.first; m < cell.first + cell.months; m++) out.push([i, m]);
  }
  return out;
}

const total = (table: Table, cell: Cell, of: 'counts' | 'denominators') =>
  atomsOf(table, cell).reduce((sum, [i, m]) => sum + (table[of][i]?.[m] ?? 0), 0);

const inverse = (a: number) => {
  // Fermat: a^(P-2) mod P, by squaring with exact products (both factors < 2^26).
  let result = 1;
  let base = a % P;
  let e = P - 2;
  while (e > 0) {
    if (e & 1) result = (result * base) % P;
    base = (base * base) % P;
    e = Math.floor(e / 2);
  }
  return result;
};

/** Row-reduces `vector` by `basis` (echelon rows keyed by pivot); returns what is left. */
function reduce(basis: Map<number, number[]>, vector: readonly number[]): number[] {
  const v = [...vector];
  for (let j = 0; j < v.length; j++) {
    const x = v[j] ?? 0;
    const row = basis.get(j);
    if (x === 0 || row === undefined) continue;
    for (let k = j; k < v.length; k++) v[k] = ((((v[k] ?? 0) - x * (row[k] ?? 0)) % P) + P) % P;
  }
  return v;
}

function addToBasis(basis: Map<number, number[]>, vector: readonly number[]): void {
  const v = reduce(basis, vector);
  const pivot = v.findIndex((x) => x !== 0);
  if (pivot < 0) return;
  const scale = inverse(v[pivot] ?? 1);
  basis.set(
    pivot,
    v.map((x) => (x * scale) % P),
  );
}

describe('suppression properties', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openReferenceDb();
  });

  async function suppress(table: Table) {
    await db.run('forget earlier runs', sql`DELETE FROM observations`);
    const values = table.rows.map(({ cell, form }) => {
      const numerator = total(table, cell, 'counts');
      const denominator = total(table, cell, 'denominators');
      const start = `2018-${String(cell.first + 1).padStart(2, '0')}-01`;
      const value = form === 'source_hidden' ? null : (numerator / denominator) * 100;
      const count = form === 'counts' ? numerator : null;
      const status = form === 'source_hidden' ? ':' : null;
      return sql`(${cell.org}, ${INDICATOR}, ${periodOf(cell)}, ${start}::DATE, ${cell.grain},
        ${value}, ${count}, ${denominator}, ${status}, 'p.csv', 1)`;
    });
    if (values.length > 0) {
      await db.run('insert rows', sql`INSERT INTO observations VALUES ${join(values, ', ')}`);
    }
    await suppressSmallNumbers(db);
    const rows = await db.query(
      'rows after suppression',
      sql`SELECT org_code, period, value, numerator, denominator, status FROM observations`,
      cellSchema,
    );
    return new Map(rows.map((row) => [`${row.org_code} ${row.period}`, row]));
  }

  it('no hidden count follows from the shown rows, along organisations, grains or both', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, async (table) => {
        const after = await suppress(table);
        const width = table.municipalities.length * MONTHS;
        const vectorOf = (cell: Cell) => {
          const v = new Array<number>(width).fill(0);
          for (const [i, m] of atomsOf(table, cell)) v[i * MONTHS + m] = 1;
          return v;
        };
        const basis = new Map<number, number[]>();
        const hidden: Cell[] = [];
        for (const { cell } of table.rows) {
          const row = after.get(`${cell.org} ${periodOf(cell)}`);
          if (row === undefined) throw new Error(`lost ${cell.org} ${periodOf(cell)}`);
          const shown = row.value !== null || row.numerator !== null;
          if (shown) {
            const count = row.numerator ?? ((row.value ?? 0) * (row.denominator ?? 0)) / 100;
            expect(count, `${cell.org} ${periodOf(cell)} shown`).toBeGreaterThanOrEqual(
              MIN_N - 1e-9,
            );
            addToBasis(basis, vectorOf(cell));
          } else {
            expect(row.status, `${cell.org} ${periodOf(cell)}`).toBe(':');
            hidden.push(cell);
          }
        }
        for (const cell of hidden) {
          const left = reduce(basis, vectorOf(cell));
          expect(
            left.some((x) => x !== 0),
            `${cell.org} ${periodOf(cell)} (count ${total(table, cell, 'counts')}) follows from the shown rows`,
          ).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openReferenceDb } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { sql } from '../../src/db/sql';
import type { ImportMapping } from '../../src/ingest/mapping';
import { prepareImport } from '../../src/queries/import/prepare';

/**
 * Properties of the whole import, through duckdb-wasm: each run is one import (0.1–0.5 s), so
 * runs are few. Indicators are sums and means, whose values are loaded as given (a rate's value
 * is recomputed from its numerator and denominator).
 */
// IMPORT_PROPERTY_RUNS=500 npx vitest run --project db tests/db/import-properties.test.ts searches harder.
const RUNS = Number(process.env.IMPORT_PROPERTY_RUNS ?? 25);
const ORGS = ['5001', '1506', '1508', 'STO-HF'];
const INDICATORS = ['eldre_journalsystemer_antall', 'minutter_leting_journal'];

const ANY_LONG: ImportMapping = {
  organisation: { column: 0, form: 'code_and_name' },
  indicator: { fixed: 'plo_meldinger_frist' },
  period: { column: 1 },
  value: null,
  numerator: null,
  denominator: null,
  measure: null,
  status: null,
};

const rowSchema = z.object({
  org_code: z.string(),
  indicator_id: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});
type Row = z.infer<typeof rowSchema>;

async function loadFresh(db: Db, text: string) {
  await db.run('forget earlier runs', sql`DELETE FROM observations`);
  const result = await prepareImport(db, { name: 'p.csv', bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  await result.data.commit();
  const rows = await db.query(
    'loaded rows',
    sql`SELECT org_code, indicator_id, period, value, numerator, denominator FROM observations
      ORDER BY org_code, indicator_id, period`,
    rowSchema,
  );
  return { report: result.data.report, rows };
}

const byKey = (a: Row, b: Row) =>
  a.org_code.localeCompare(b.org_code, 'en') ||
  a.indicator_id.localeCompare(b.indicator_id, 'en') ||
  a.period.localeCompare(b.period, 'en');

describe('import properties', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openReferenceDb();
  });

  it('reads back nb-NO formatted numbers (NBSP or narrow NBSP thousands, decimal comma, typographic minus)', async () => {
    const format = new Intl.NumberFormat('nb-NO');
    const numbers = fc.array(
      fc.record({
        x: fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        group: fc.constantFrom('\u00a0', '\u202f', ' '),
      }),
      { minLength: 1, maxLength: 40 },
    );
    await fc.assert(
      fc.asyncProperty(numbers, async (cells) => {
        const written = cells.map(({ x, group }) =>
          format.format(x).replace(/[\u00a0\u202f]/g, group),
        );
        const lines = written.map(
          (cell, i) => `5001;eldre_journalsystemer_antall;${2000 + i};${cell}`,
        );
        const { report, rows } = await loadFresh(
          db,
          `org;indikator;år;verdi\n${lines.join('\n')}\n`,
        );
        expect(report.rejectedRows).toBe(0);
        expect(report.decimal).toBe(',');
        rows.forEach((row, i) => {
          const x = cells[i]?.x ?? Number.NaN;
          // Equal to x to the three decimals nb-NO formats with, and exactly what was written
          // (`+ 0` makes -0 and 0 the same).
          const value = (row.value ?? Number.NaN) + 0;
          expect(Math.abs(value - x)).toBeLessThanOrEqual(0.0005 + Math.abs(x) * 1e-15);
          const plain = (written[i] ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
          expect(value).toBe(Number(plain.replace('\u2212', '-')) + 0);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('loads any long table back identical, written with either delimiter and decimal style', async () => {
    const period = fc.oneof(
      fc.integer({ min: 2015, max: 2030 }).map((y) => ({ canonical: `${y}`, spellings: [`${y}`] })),
      fc
        .record({ y: fc.integer({ min: 2015, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
        .map(({ y, m }) => {
          const mm = String(m).padStart(2, '0');
          return { canonical: `${y}-${mm}`, spellings: [`${y}-${mm}`, `${y}M${mm}`] };
        }),
      fc
        .record({ y: fc.integer({ min: 2015, max: 2030 }), q: fc.integer({ min: 1, max: 4 }) })
        .map(({ y, q }) => ({
          canonical: `${y}-Q${q}`,
          spellings: [`${y}-Q${q}`, `${y}K${q}`, `${y}Q${q}`],
        })),
    );
    const threeDecimals = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000);
    const row = fc.record({
      org: fc.constantFrom(...ORGS),
      indicator: fc.constantFrom(...INDICATORS),
      period,
      spelling: fc.nat(),
      value: threeDecimals,
      counts: fc.option(
        fc.record({
          numerator: fc.nat(100_000),
          denominator: fc.integer({ min: 1, max: 100_000 }),
        }),
      ),
    });
    const table = fc.record({
      rows: fc.uniqueArray(row, {
        minLength: 1,
        maxLength: 30,
        selector: (r) => `${r.org}|${r.indicator}|${r.period.canonical}`,
      }),
      delimiter: fc.constantFrom(',', ';', '\t'),
      decimal: fc.constantFrom('.', ','),
      crlf: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(table, async ({ rows, delimiter, decimal, crlf }) => {
        const number = (n: number) => {
          const text = String(n).replace('.', decimal);
          // Excel quotes a cell that holds the delimiter.
          return text.includes(delimiter) ? `"${text}"` : text;
        };
        const lines = rows.map((r) =>
          [
            r.org,
            r.indicator,
            r.period.spellings[r.spelling % r.period.spellings.length],
            number(r.value),
            r.counts?.numerator ?? '',
            r.counts?.denominator ?? '',
          ].join(delimiter),
        );
        const header = ['org_code', 'indicator_id', 'period', 'value', 'numerator', 'denominator'];
        const newline = crlf ? '\r\n' : '\n';
        const text = [header.join(delimiter), ...lines].join(newline) + newline;
        const { report, rows: loaded } = await loadFresh(db, text);
        expect(report.rejectedRows).toBe(0);
        const expected: Row[] = rows.map((r) => ({
          org_code: r.org,
          indicator_id: r.indicator,
          period: r.period.canonical,
          value: r.value,
          numerator: r.counts?.numerator ?? null,
          denominator: r.counts?.denominator ?? null,
        }));
        expect(loaded).toEqual(expected.sort(byKey));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws: text made of CSV pieces, in any encoding, gives a report or a typed failure', async () => {
    const piece = fc.constantFrom(
      ',',
      ';',
      '\t',
      '"',
      '""',
      '\n',
      '\r\n',
      '5001',
      'plo_meldinger_frist',
      '2024-01',
      '2024M13',
      '12,5',
      '1 234',
      ':',
      '..',
      'æøå',
      'Tråante',
      '\u0000',
      '=HYPERLINK("x")',
      'org_code',
      'period',
      'value',
      '2024',
      'x'.repeat(300),
    );
    const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
    const row = fc.tuple(fc.array(piece, { maxLength: 6 }), fc.constantFrom(';', ','), lineEnd);
    const file = fc.record({
      header: fc.constantFrom(
        'org_code;indicator_id;period;value\n',
        'region;2023;2024\n',
        'GEO;AAR;TELLER;NEVNER;SPVFLAGG\r\n',
        '"Tabell 1"\n\n',
        '',
      ),
      body: fc.oneof(
        fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join('')),
        fc
          .array(row, { maxLength: 20 })
          .map((rows) => rows.map(([cells, delim, end]) => cells.join(delim) + end).join('')),
      ),
      encoding: fc.constantFrom('utf-8', 'windows-1252', 'bom'),
      // A mapping sends files the guess would only ask about through DuckDB too.
      mapping: fc.option(
        fc.constantFrom<ImportMapping>(
          { ...ANY_LONG, period: { column: 1 }, value: 2 },
          { ...ANY_LONG, period: { columns: 'headers' } },
          {
            ...ANY_LONG,
            organisation: { column: 0, form: 'name' },
            period: { column: 1 },
            value: 2,
          },
          {
            ...ANY_LONG,
            period: { column: 1 },
            value: 2,
            measure: { column: 3, values: { TELLER: 'numerator', NEVNER: 'denominator' } },
            status: { column: 4, form: 'fhi_flag' },
          },
        ),
        { nil: undefined },
      ),
    });
    await fc.assert(
      fc.asyncProperty(file, async ({ header, body, encoding, mapping }) => {
        const text = header + body;
        const bytes =
          encoding === 'windows-1252'
            ? Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff))
            : new TextEncoder().encode(encoding === 'bom' ? `\uFEFF${text}` : text);
        const result = await prepareImport(
          db,
          { name: 'fuzz.csv', bytes },
          mapping === undefined ? {} : { mapping },
        );
        if (result.ok) {
          expect(result.data.report.totalRows).toBe(
            result.data.report.validRows + result.data.report.rejectedRows,
          );
          await result.data.discard();
        } else expect(['sniff', 'mapping_needed']).toContain(result.error.kind);
      }),
      { numRuns: RUNS },
    );
  });
});

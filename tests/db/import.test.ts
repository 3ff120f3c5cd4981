import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/engine';
import { openNodeDb } from '../../src/db/node';
import { sql } from '../../src/db/sql';
import { catalogueSchema } from '../../src/domain/catalogue';
import { organisationsSchema } from '../../src/domain/organisations';
import { prepareImport } from '../../src/queries/import/prepare';
import { loadReference } from '../../src/queries/reference';
import { createSchema } from '../../src/queries/schema';
import { cellSchema } from './fixture-cells';

const organisations = organisationsSchema.parse([
  {
    code: 'HF',
    name: 'Trust',
    type: 'health_trust',
    parent: '',
    county: '50',
    go_live: '',
    go_live_assumed: 'false',
  },
  {
    code: '5001',
    name: 'Trondheim',
    type: 'municipality',
    parent: 'HF',
    county: '50',
    go_live: '2022-05-07',
    go_live_assumed: 'false',
  },
  {
    code: '1506',
    name: 'Molde',
    type: 'municipality',
    parent: 'HF',
    county: '15',
    go_live: '',
    go_live_assumed: 'false',
  },
]);
const catalogue = catalogueSchema.parse({
  benefits: [{ id: 'b', area: 'kvalitet', name_nb: 'B', name_en: 'B' }],
  indicators: [
    {
      id: 'share',
      benefit_id: 'b',
      name_nb: 'Andel',
      name_en: 'Share',
      unit: 'percent',
      direction: 'higher_is_better',
      aggregation: 'rate',
    },
    {
      id: 'cost',
      benefit_id: 'b',
      name_nb: 'Kost',
      name_en: 'Cost',
      unit: 'nok',
      direction: 'lower_is_better',
      aggregation: 'sum',
    },
  ],
});

async function observations(db: Db) {
  return db.query(
    'all observations',
    sql`SELECT org_code, period, value, numerator, denominator, status FROM observations
      ORDER BY indicator_id, org_code, period`,
    cellSchema,
  );
}

const bytes = (text: string) => new TextEncoder().encode(text);

async function importText(db: Db, text: string | Uint8Array) {
  const result = await prepareImport(db, {
    name: 'test.csv',
    bytes: typeof text === 'string' ? bytes(text) : text,
  });
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

describe('importing observations', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openNodeDb();
    await createSchema(db);
    await loadReference(db, organisations, catalogue);
  });

  it('reads an Excel export: BOM, CRLF, semicolons, Norwegian headers, decimal comma, spaced thousands', async () => {
    const text =
      '\uFEFFkommunenummer;indikator;periode;verdi;teller;nevner;status\r\n' +
      '5001;share;2024-01;12,5;125;1 000;\r\n' +
      '1506;share;2024M02;;3;"1\u00a0200";\r\n' +
      '1506;cost;2024;1 234,50;;;\r\n';
    const prepared = await importText(db, text);
    expect(prepared.report).toMatchObject({
      encoding: 'utf-8-bom',
      delimiter: ';',
      decimal: ',',
      totalRows: 3,
      validRows: 3,
      rejectedRows: 0,
    });
    await prepared.commit();
    expect(await observations(db)).toEqual([
      {
        org_code: '1506',
        period: '2024',
        value: 1234.5,
        numerator: null,
        denominator: null,
        status: null,
      },
      {
        org_code: '1506',
        period: '2024-02',
        value: 0.25,
        numerator: 3,
        denominator: 1200,
        status: null,
      },
      {
        org_code: '5001',
        period: '2024-01',
        value: 12.5,
        numerator: 125,
        denominator: 1000,
        status: null,
      },
    ]);
  });

  it('keeps an SSB symbol as a status, never as a number', async () => {
    const prepared = await importText(
      db,
      'org_code,indicator_id,period,value\n5001,cost,2024-Q1,:\n5001,cost,2024K2,..\n',
    );
    expect(prepared.report.validRows).toBe(2);
    await prepared.commit();
    const rows = await observations(db);
    expect(rows.map((r) => [r.period, r.value, r.status])).toEqual([
      ['2024-Q1', null, ':'],
      ['2024-Q2', null, '..'],
    ]);
  });

  it('decodes Windows-1252 instead of garbling æøå', async () => {
    const latin1 = Uint8Array.from(
      [...'kommunenummer;indikator;måned;verdi\n5001;cost;2024-01;1,5\n'].map((c) =>
        c.charCodeAt(0),
      ),
    );
    const prepared = await importText(db, latin1);
    expect(prepared.report.encoding).toBe('windows-1252');
    expect(prepared.report.validRows).toBe(1);
  });

  it('reports every bad row with its physical line, column and reason', async () => {
    const text = [
      'org_code,indicator_id,period,value,numerator,denominator',
      '5001,share,2024-01,,1,10', // 2 ok
      '5001,cost,2024-01,abc,,', // 3 not a number
      '"9999",cost,2024-01,1,,', // 4 unknown org
      '5001,nope,2024-01,1,,', // 5 unknown indicator
      '5001,cost,2024-13,1,,', // 6 bad period
      '5001,cost,2024-02,1', // 7 too few columns
      '5001,"cost",2024-03,"1', // 8-9 a quoted line break, then
      '0",,', //   the record continues
      '1506,cost,2024-03,1,,', // 10 duplicate
      '1506,cost,2024-03,2,,', // 11 duplicate
      '1506,share,2024-04,,1,0', // 12 zero denominator
    ].join('\n');
    const prepared = await importText(db, `${text}\n`);
    const { report } = prepared;
    expect(report.totalRows).toBe(10);
    expect(report.validRows).toBe(1);
    expect(report.problems.map((p) => [p.line, p.reason, p.column])).toEqual([
      [3, 'not_a_number', 'value'],
      [4, 'unknown_organisation', 'org_code'],
      [5, 'unknown_indicator', 'indicator_id'],
      [6, 'bad_period', 'period'],
      [7, 'wrong_column_count', null],
      [8, 'not_a_number', 'value'],
      [10, 'duplicate_key', null],
      [11, 'duplicate_key', null],
      [12, 'not_positive', 'denominator'],
    ]);
    expect(report.problems[0]?.value).toBe('abc');
  });

  it('regression: an empty line in the middle does not shift the lines of later problems', async () => {
    const text =
      'org_code,indicator_id,period,value\n5001,cost,2024-01,1\n\n\n5001,cost,2024-02,x\n';
    const { report } = await importText(db, text);
    expect(report.problems.map((p) => [p.line, p.reason])).toEqual([[5, 'not_a_number']]);
  });

  it('regression: a quote inside an unquoted field does not shift the lines of later problems', async () => {
    const text =
      'org_code;indicator_id;period;value;status\n5001;cost;2024-01;1;ca 5"\n5001;cost;2024-02;x;\n';
    const { report } = await importText(db, text);
    expect(report.problems.map((p) => [p.line, p.reason])).toEqual([[3, 'not_a_number']]);
  });

  it('regression: a file mixing LF and CRLF line ends is read instead of failing in DuckDB', async () => {
    const text =
      'org_code,indicator_id,period,value\r\n5001,cost,2024-01,1\n5001,cost,2024-02,x\r\n';
    const { report } = await importText(db, text);
    expect(report.validRows).toBe(1);
    expect(report.problems.map((p) => [p.line, p.reason])).toEqual([[3, 'not_a_number']]);
  });

  it('replaces rows with the same key and leaves the rest', async () => {
    const first = await importText(
      db,
      'org_code,indicator_id,period,value\n5001,cost,2024-01,1\n5001,cost,2024-02,2\n',
    );
    await first.commit();
    const second = await importText(
      db,
      'org_code,indicator_id,period,value\n5001,cost,2024-02,20\n5001,cost,2024-03,30\n',
    );
    expect(second.report.replacingRows).toBe(1);
    expect(await second.commit()).toEqual({ inserted: 2, replaced: 1, indicators: ['cost'] });
    expect((await observations(db)).map((r) => r.value)).toEqual([1, 20, 30]);
  });

  it('leaves loaded data untouched when a file is discarded or fails to load', async () => {
    await (
      await importText(db, 'org_code,indicator_id,period,value\n5001,cost,2024-01,1\n')
    ).commit();
    const discarded = await importText(
      db,
      'org_code,indicator_id,period,value\n5001,cost,2024-01,99\n',
    );
    await discarded.discard();
    expect((await observations(db)).map((r) => r.value)).toEqual([1]);

    const failing = await importText(
      db,
      'org_code,indicator_id,period,value\n5001,cost,2024-01,7\n',
    );
    // Make the insert fail after the delete has run inside the transaction.
    await db.run('break the table', sql`ALTER TABLE observations ADD COLUMN extra INTEGER`);
    await expect(failing.commit()).rejects.toThrow();
    expect((await observations(db)).map((r) => r.value)).toEqual([1]);
  });

  it('asks for a mapping when the header lacks a required column, naming it and guessing the rest', async () => {
    const result = await prepareImport(db, {
      name: 'x.csv',
      bytes: bytes('kommune;verdi\n5001;1\n'),
    });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'mapping_needed',
        problem: { kind: 'missing_columns', columns: ['indicator_id', 'period'] },
        headers: ['kommune', 'verdi'],
        sample: [['5001', '1']],
        guess: {
          organisation: { column: 0, form: 'code' },
          indicator: null,
          period: null,
          value: 1,
          numerator: null,
          denominator: null,
          measure: null,
          status: null,
        },
        questions: ['indicator', 'period'],
      },
    });
  });
});

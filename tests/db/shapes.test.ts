import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openReferenceDb } from '../../scripts/datasets-on-disk';
import { sql } from '../../src/db/sql';
import type { ImportMapping } from '../../src/ingest/mapping';
import { type ImportFailure, prepareImport } from '../../src/queries/import/prepare';

const rowSchema = z.object({
  org_code: z.string(),
  indicator_id: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  status: z.string().nullable(),
});

/** Imports `text` into a fresh reference database, loads the valid rows, returns them and the report. */
async function load(text: string, mapping?: ImportMapping) {
  const db = await openReferenceDb();
  const result = await prepareImport(
    db,
    { name: 'x.csv', bytes: new TextEncoder().encode(text) },
    mapping === undefined ? {} : { mapping },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const { report } = result.data;
  await result.data.commit();
  const rows = await db.query(
    'loaded rows',
    sql`SELECT org_code, indicator_id, period, value, numerator, denominator, status
      FROM observations ORDER BY indicator_id, org_code, period`,
    rowSchema,
  );
  return { report, rows };
}

/** A mapping with no number, measure or status columns unless given. */
const mappingOf = (
  parts: Pick<ImportMapping, 'organisation' | 'indicator' | 'period'> & Partial<ImportMapping>,
): ImportMapping => ({
  value: null,
  numerator: null,
  denominator: null,
  measure: null,
  status: null,
  ...parts,
});

async function failure(text: string, mapping?: ImportMapping): Promise<ImportFailure> {
  const db = await openReferenceDb();
  const result = await prepareImport(
    db,
    { name: 'x.csv', bytes: new TextEncoder().encode(text) },
    mapping === undefined ? {} : { mapping },
  );
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

const problems = (report: Awaited<ReturnType<typeof load>>['report']) =>
  report.problems.map(({ line, column, header, value, reason }) => ({
    line,
    column,
    header,
    value,
    reason,
  }));

describe('wide files: one column per period', () => {
  it('unpivots period columns, skips empty cells, keeps symbols, and reports a cell by its row and period header', async () => {
    const { report, rows } = await load(
      [
        'kommunenummer;indikator;2024M01;2024M02;2024M03',
        '5001;plo_meldinger_frist;91,5;92;',
        '1506;plo_meldinger_frist;:;abc;90',
      ].join('\n'),
    );
    expect(report).toMatchObject({ shape: 'wide', totalRows: 5, validRows: 4, decimal: ',' });
    expect(problems(report)).toEqual([
      { line: 3, column: 'value', header: '2024M02', value: 'abc', reason: 'not_a_number' },
    ]);
    expect(rows.map((r) => [r.org_code, r.period, r.value, r.status])).toEqual([
      ['1506', '2024-01', null, ':'],
      ['1506', '2024-03', 90, null],
      ['5001', '2024-01', 91.5, null],
      ['5001', '2024-02', 92, null],
    ]);
  });

  it('reads year, quarter and month headers in SSB and ISO forms', async () => {
    const { rows } = await load(
      'org_code,indicator_id,2023,2024K1,2024-Q2,2024-03\n5001,eldre_journalsystemer_antall,1,2,3,4\n',
    );
    expect(rows.map((r) => r.period)).toEqual(['2023', '2024-03', '2024-Q1', '2024-Q2']);
  });
});

describe('SSB StatBank', () => {
  const wide = [
    '"Tabell 12345: Institusjonsbeboere 80 år og over, etter region, statistikkvariabel og år"',
    '',
    '"region";"statistikkvariabel";"2023";"2024"',
    '"5001 Trondheim - Tråante";"Andel (prosent)";12,5;x',
    '"K-1506 Molde";"Andel (prosent)";..;11',
    '"1508 Ålesund";"Antall";120;130',
  ].join('\r\n');

  it('asks to translate the statistics variable into an indicator, with code-and-name regions guessed', async () => {
    const error = await failure(wide);
    expect(error).toMatchObject({
      kind: 'mapping_needed',
      questions: ['indicator_values'],
      headers: ['region', 'statistikkvariabel', '2023', '2024'],
      guess: {
        organisation: { column: 0, form: 'code_and_name' },
        indicator: { column: 1, values: {} },
        period: { columns: 'headers' },
      },
    });
  });

  it('loads with the translation, keeping physical lines under the title and symbols as status', async () => {
    if (!('guess' in (await failure(wide)))) throw new Error('no guess');
    const translated = mappingOf({
      organisation: { column: 0, form: 'code_and_name' },
      indicator: { column: 1, values: { 'Andel (prosent)': 'institusjon_80pluss' } },
      period: { columns: 'headers' },
    });
    const { report, rows } = await load(wide, translated);
    expect(problems(report)).toEqual([
      { line: 4, column: 'value', header: '2024', value: 'x', reason: 'not_a_number' },
      {
        line: 6,
        column: 'indicator_id',
        header: 'statistikkvariabel',
        value: 'Antall',
        reason: 'unknown_indicator',
      },
      {
        line: 6,
        column: 'indicator_id',
        header: 'statistikkvariabel',
        value: 'Antall',
        reason: 'unknown_indicator',
      },
    ]);
    expect(rows.map((r) => [r.org_code, r.period, r.value, r.status])).toEqual([
      ['1506', '2023', null, '..'],
      ['1506', '2024', 11, null],
      ['5001', '2023', 12.5, null],
    ]);
  });

  it("reads next month's file, one period column longer, with the mapping confirmed for this month's", async () => {
    const translated = mappingOf({
      organisation: { column: 0, form: 'code_and_name' },
      indicator: { column: 1, values: { 'Andel (prosent)': 'institusjon_80pluss' } },
      period: { columns: 'headers' },
    });
    const longer = `${wide.replace('"2024"', '"2024";"2025"').replace(';x', ';x;14')}`;
    const first = await load(wide, translated);
    const next = await load(longer, translated);
    expect(next.report.mappingKey).toBe(first.report.mappingKey);
    expect(next.rows.map((r) => `${r.org_code} ${r.period}`)).toContain('5001 2025');
  });

  it('asks again when a given mapping does not fit the file', async () => {
    const error = await failure(
      'region;2024\n5001;1\n',
      mappingOf({
        organisation: { column: 3, form: 'code' },
        indicator: { fixed: 'institusjon_80pluss' },
        period: { columns: 'headers' },
      }),
    );
    expect(error).toMatchObject({
      kind: 'mapping_needed',
      problem: { kind: 'missing_columns', columns: ['org_code'] },
      questions: ['organisation'],
    });
  });

  it('guesses the number column of a long table (headed by the title) and asks to confirm it', async () => {
    const error = await failure(
      '"region";"statistikkvariabel";"år";"12345: Institusjonsbeboere 80+"\n' +
        '"5001 Trondheim";"Andel (prosent)";"2024";"12,5"\n',
    );
    expect(error).toMatchObject({
      kind: 'mapping_needed',
      questions: ['indicator_values', 'value'],
      guess: { period: { column: 2 }, value: 3 },
    });
  });
});

describe('FHI Statistikk', () => {
  const csv3 = [
    'GEO;AAR;KJONN;ALDER;TELLER;NEVNER;RATE;MEIS;SPVFLAGG',
    '5001;2019_2021;0;80_120;1 200;10 000;12,0;11,9;0',
    '1506;2019_2021;0;80_120;;;;;3',
    '5001;2020_2022;0;80_120;1 300;10 000;13,0;12,5;0',
  ].join('\n');

  it('asks only for the indicator of a csv3 table, guessing measures and the flag column', async () => {
    const error = await failure(csv3);
    expect(error).toMatchObject({
      kind: 'mapping_needed',
      questions: ['indicator'],
      guess: {
        organisation: { column: 0, form: 'code' },
        period: { column: 1 },
        value: 6,
        numerator: 4,
        denominator: 5,
        status: { column: 8, form: 'fhi_flag' },
      },
    });
  });

  it('loads with one indicator for the file: rolling periods dated by their last year, flags as status', async () => {
    const error = await failure(csv3);
    if (error.kind !== 'mapping_needed' || error.guess.organisation === null) throw new Error();
    const mapping: ImportMapping = {
      ...error.guess,
      organisation: error.guess.organisation,
      period: { column: 1 },
      indicator: { fixed: 'institusjon_80pluss' },
    };
    const { report, rows } = await load(csv3, mapping);
    expect(report.rejectedRows).toBe(0);
    expect(rows.map((r) => [r.org_code, r.period, r.value, r.numerator, r.status])).toEqual([
      ['1506', '2021', null, null, ':'],
      ['5001', '2021', 12, 1200, null],
      ['5001', '2022', 13, 1300, null],
    ]);
  });

  it('never loads a number the flag says is suppressed', async () => {
    const { rows } = await load(
      'GEO;AAR;INDIKATOR;TELLER;NEVNER;SPVFLAGG\n5001;2024;institusjon_80pluss;3;40;3\n',
    );
    expect(rows.map((r) => [r.value, r.numerator, r.denominator, r.status])).toEqual([
      [null, null, null, ':'],
    ]);
  });

  it('looks up organisations given by name (csv2), in either half of a Sámi name', async () => {
    const { report, rows } = await load(
      [
        'Geografi;År;Indikator;Teller;Nevner',
        'Trondheim - Tråante;2024;institusjon_80pluss;10;100',
        'molde;2024;institusjon_80pluss;5;50',
        'Atlantis;2024;institusjon_80pluss;5;50',
      ].join('\n'),
    );
    expect(rows.map((r) => r.org_code)).toEqual(['1506', '5001']);
    expect(problems(report)).toEqual([
      {
        line: 4,
        column: 'org_code',
        header: 'Geografi',
        value: 'Atlantis',
        reason: 'unknown_organisation',
      },
    ]);
  });

  it('joins one row per measure (MEASURE_TYPE) into one observation, leaving out measures not asked for', async () => {
    const { report, rows } = await load(
      [
        'GEO;AAR;INDIKATOR;MEASURE_TYPE;VALUE',
        '5001;2024;institusjon_80pluss;TELLER;10',
        '5001;2024;institusjon_80pluss;NEVNER;100',
        '5001;2024;institusjon_80pluss;SMR;97',
        '1506;2024;institusjon_80pluss;TELLER;x',
        '1506;2024;institusjon_80pluss;NEVNER;50',
      ].join('\n'),
    );
    expect(problems(report)).toEqual([
      { line: 5, column: 'numerator', header: 'VALUE', value: 'x', reason: 'not_a_number' },
    ]);
    expect(rows.map((r) => [r.org_code, r.value, r.numerator, r.denominator])).toEqual([
      ['5001', 10, 10, 100],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { completeMapping, guessMapping, type MappingQuestion } from '../../src/ingest/guess';
import {
  type ImportMapping,
  importMappingSchema,
  type MappingDraft,
  mappingKey,
  resolveMapping,
} from '../../src/ingest/mapping';
import { periodOfHeader } from '../../src/ingest/periods';

const INDICATORS = new Set(['cost', 'share']);
const shape = (headers: string[], sample: string[][] = []) => ({
  delimiter: ';' as const,
  headers,
  sample,
  skipRecords: 0,
});
const NONE: MappingDraft = {
  organisation: null,
  indicator: null,
  period: null,
  value: null,
  numerator: null,
  denominator: null,
  measure: null,
  status: null,
};

describe('guessMapping: long files named in English or Norwegian', () => {
  it.each<{ name: string; headers: string[]; draft: Partial<MappingDraft> }>([
    {
      name: 'the contract names, in order',
      headers: [
        'org_code',
        'indicator_id',
        'period',
        'value',
        'numerator',
        'denominator',
        'status',
      ],
      draft: { value: 3, numerator: 4, denominator: 5, status: { column: 6, form: 'symbol' } },
    },
    {
      name: 'Norwegian names in any case, with spaces and a BOM',
      headers: ['\uFEFFKommunenummer', ' Indikator ', 'PERIODE', 'Verdi'],
      draft: { value: 3 },
    },
    {
      name: 'numerator and denominator without a value',
      headers: ['knr', 'indikator', 'måned', 'teller', 'nevner'],
      draft: { numerator: 3, denominator: 4 },
    },
  ])('$name', ({ headers, draft }) => {
    const guess = guessMapping(shape(headers), INDICATORS);
    expect(guess.questions).toEqual([]);
    expect(guess.problem).toBeNull();
    expect(guess.draft).toEqual({
      ...NONE,
      organisation: { column: 0, form: 'code' },
      indicator: { column: 1 },
      period: { column: 2 },
      ...draft,
    });
  });

  it.each<{ name: string; headers: string[]; questions: MappingQuestion[]; problem: unknown }>([
    {
      name: 'every missing identifier, in contract order',
      headers: ['verdi'],
      questions: ['organisation', 'indicator', 'period'],
      problem: { kind: 'missing_columns', columns: ['org_code', 'indicator_id', 'period'] },
    },
    {
      name: 'two aliases of the same column, with both headers as written',
      headers: ['org_code', 'Kommunenummer', 'indicator_id', 'period', 'value'],
      questions: ['organisation'],
      problem: {
        kind: 'ambiguous_column',
        column: 'org_code',
        headers: ['org_code', 'Kommunenummer'],
      },
    },
    {
      name: 'year and month both given as period',
      headers: ['org_code', 'indicator_id', 'år', 'måned', 'value'],
      questions: ['period'],
      problem: { kind: 'ambiguous_column', column: 'period', headers: ['år', 'måned'] },
    },
    {
      name: 'no measure at all',
      headers: ['org_code', 'indicator_id', 'period', 'status'],
      questions: ['value'],
      problem: { kind: 'no_measure' },
    },
    {
      name: 'a numerator without a denominator',
      headers: ['org_code', 'indicator_id', 'period', 'teller'],
      questions: ['value'],
      problem: { kind: 'no_measure' },
    },
  ])('asks about $name', ({ headers, questions, problem }) => {
    const guess = guessMapping(shape(headers), INDICATORS);
    expect(guess.questions).toEqual(questions);
    expect(guess.problem).toEqual(problem);
    expect(completeMapping(guess)).toBeNull();
  });

  it('asks to translate an indicator column none of whose values is an indicator id', () => {
    const headers = ['org', 'indikator', 'år', 'verdi'];
    const unknown = guessMapping(shape(headers, [['5001', 'Andel', '2024', '1']]), INDICATORS);
    expect(unknown.questions).toEqual(['indicator_values']);
    expect(unknown.draft.indicator).toEqual({ column: 1, values: {} });
    // One known id is enough: the others are then reported row by row as unknown indicators.
    const some = guessMapping(
      shape(headers, [
        ['5001', 'Andel', '2024', '1'],
        ['5001', 'cost', '2024', '1'],
      ]),
      INDICATORS,
    );
    expect(some.questions).toEqual([]);
  });

  it.each<{ cells: string[]; form: string }>([
    { cells: ['5001', '1506', 'STO-HF'], form: 'code' },
    { cells: ['5001 Trondheim - Tråante', 'K-1506 Molde', '0 Hele landet'], form: 'code_and_name' },
    { cells: ['Trondheim', 'Snåase - Snåsa', 'Herøy (M. og R.)'], form: 'name' },
  ])('reads organisations written as $form', ({ cells, form }) => {
    const sample = cells.map((cell) => [cell, 'cost', '2024', '1']);
    const guess = guessMapping(shape(['kommune', 'indikator', 'år', 'verdi'], sample), INDICATORS);
    expect(guess.draft.organisation).toEqual({ column: 0, form });
  });
});

describe('guessMapping: wide, SSB and FHI files', () => {
  it('takes period headers as a wide table, numbers in the period columns', () => {
    const guess = guessMapping(
      shape(['region', 'indikator', '2023', '2024'], [['5001', 'cost', '1', '2']]),
      INDICATORS,
    );
    expect(guess.questions).toEqual([]);
    expect(guess.draft).toEqual({
      ...NONE,
      organisation: { column: 0, form: 'code' },
      indicator: { column: 1 },
      period: { columns: 'headers' },
    });
  });

  it('asks which columns when the period headers name several variables', () => {
    const guess = guessMapping(
      shape(['region', 'indikator', 'Teller 2024', 'Nevner 2024'], [['5001', 'cost', '1', '2']]),
      INDICATORS,
    );
    expect(guess.questions).toEqual(['period']);
  });

  it('guesses an unnamed column of municipality codes as the organisation, and asks', () => {
    const guess = guessMapping(
      shape(['', 'indikator', '2024'], [['5001 Trondheim', 'cost', '1']]),
      INDICATORS,
    );
    expect(guess.questions).toEqual(['organisation']);
    expect(guess.draft.organisation).toEqual({ column: 0, form: 'code_and_name' });
  });

  it("reads FHI's measure column and takes MEIS as the value only without RATE", () => {
    const headers = ['GEO', 'AAR', 'INDIKATOR', 'MEASURE_TYPE', 'VALUE'];
    const rows = (measures: string[]) => measures.map((m) => ['5001', '2024', 'cost', m, '1']);
    const withRate = guessMapping(shape(headers, rows(['TELLER', 'RATE', 'MEIS'])), INDICATORS);
    expect(withRate.draft.measure).toEqual({
      column: 3,
      values: { TELLER: 'numerator', RATE: 'value' },
    });
    expect(withRate.draft.value).toBe(4);
    expect(withRate.questions).toEqual([]);
    const meisOnly = guessMapping(shape(headers, rows(['MEIS'])), INDICATORS);
    expect(meisOnly.draft.measure?.values).toEqual({ MEIS: 'value' });
  });

  it('takes a flag column of 0–3 as FHI flags', () => {
    const guess = guessMapping(
      shape(['GEO', 'AAR', 'INDIKATOR', 'RATE', 'FLAGG'], [['5001', '2024', 'cost', '1', '3']]),
      INDICATORS,
    );
    expect(guess.draft.status).toEqual({ column: 4, form: 'fhi_flag' });
    expect(guess.draft.value).toBe(3);
  });
});

describe('resolveMapping', () => {
  const mapping: ImportMapping = {
    organisation: { column: 0, form: 'code' },
    indicator: { fixed: 'cost' },
    period: { columns: 'headers' },
    value: null,
    numerator: null,
    denominator: null,
    measure: null,
    status: null,
  };

  it('lists the period columns of a wide file with their periods', () => {
    const resolved = resolveMapping(mapping, ['region', 'Andel 2023', 'Andel 2024M02']);
    expect(resolved.ok && resolved.data.period).toEqual({
      columns: [
        { index: 1, header: 'Andel 2023', period: '2023' },
        { index: 2, header: 'Andel 2024M02', period: '2024M02' },
      ],
    });
  });

  it('refuses a column past the header, an identifier among the period columns, and no number', () => {
    expect(
      resolveMapping({ ...mapping, organisation: { column: 5, form: 'code' } }, ['a', '2024']),
    ).toMatchObject({ ok: false, error: { kind: 'missing_columns', columns: ['org_code'] } });
    expect(resolveMapping(mapping, ['2023', '2024'])).toMatchObject({
      ok: false,
      error: { kind: 'missing_columns', columns: ['org_code'] },
    });
    expect(resolveMapping({ ...mapping, period: { column: 1 } }, ['org', 'år'])).toEqual({
      ok: false,
      error: { kind: 'no_measure' },
    });
  });

  it('round-trips through JSON and the schema (what localStorage keeps)', () => {
    const stored = JSON.parse(JSON.stringify(mapping));
    expect(importMappingSchema.parse(stored)).toEqual(mapping);
    expect(importMappingSchema.safeParse({ ...stored, indicator: { fixed: ' ' } }).success).toBe(
      false,
    );
  });
});

describe('mappingKey', () => {
  it('is the same for the same header in any case and spacing, and differs for another', () => {
    expect(mappingKey(['Region', 'Statistikkvariabel'])).toBe(
      mappingKey(['region ', 'statistikkvariabel']),
    );
    expect(mappingKey(['region', 'statistikkvariabel'])).not.toBe(mappingKey(['region', 'verdi']));
  });

  it("is the same for next month's wide file, one period longer", () => {
    expect(mappingKey(['region', '2024M01', '2024M02'])).toBe(
      mappingKey(['region', '2024M01', '2024M02', '2024M03']),
    );
    expect(mappingKey(['region', 'Andel 2023'])).not.toBe(mappingKey(['region', 'Antall 2023']));
  });
});

describe('periodOfHeader', () => {
  it.each([
    ['2024', '2024', ''],
    ['2024M01', '2024M01', ''],
    ['2024-03', '2024-03', ''],
    ['2024K1', '2024K1', ''],
    ['2024-Q4', '2024-Q4', ''],
    ['2019_2021', '2019_2021', ''],
    ['Andel (prosent) 2024', '2024', 'Andel (prosent)'],
  ])('%s → %s', (header, period, label) => {
    expect(periodOfHeader(header)).toEqual({ period, label });
  });

  it.each(['5001', 'region', '2024M13', 'Tabell 12345', '20241', 'x2024'])(
    '%s is no period',
    (header) => {
      expect(periodOfHeader(header)).toBeNull();
    },
  );
});

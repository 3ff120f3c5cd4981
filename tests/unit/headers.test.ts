import { describe, expect, it } from 'vitest';
import type { ObservationColumn } from '../../src/domain/observations';
import { type ColumnMapping, mapHeaders } from '../../src/ingest/headers';

/** The full mapping expected, with every column not listed set to null. */
const mapping = (positions: Partial<Record<ObservationColumn, number>>): ColumnMapping => ({
  org_code: null,
  indicator_id: null,
  period: null,
  value: null,
  numerator: null,
  denominator: null,
  status: null,
  ...positions,
});

describe('mapHeaders accepts', () => {
  it.each<{ name: string; headers: string[]; expected: ColumnMapping }>([
    {
      name: 'the English contract',
      headers: [
        'org_code',
        'indicator_id',
        'period',
        'value',
        'numerator',
        'denominator',
        'status',
      ],
      expected: mapping({
        org_code: 0,
        indicator_id: 1,
        period: 2,
        value: 3,
        numerator: 4,
        denominator: 5,
        status: 6,
      }),
    },
    {
      name: 'Norwegian names (kommunenummer, indikator, periode, verdi, teller, nevner, status)',
      headers: ['kommunenummer', 'indikator', 'periode', 'verdi', 'teller', 'nevner', 'status'],
      expected: mapping({
        org_code: 0,
        indicator_id: 1,
        period: 2,
        value: 3,
        numerator: 4,
        denominator: 5,
        status: 6,
      }),
    },
    {
      name: 'orgnr, år and flagg',
      headers: ['orgnr', 'indikator', 'år', 'verdi', 'flagg'],
      expected: mapping({ org_code: 0, indicator_id: 1, period: 2, value: 3, status: 4 }),
    },
    {
      name: 'måned as the period',
      headers: ['kommunenummer', 'indikator', 'måned', 'verdi'],
      expected: mapping({ org_code: 0, indicator_id: 1, period: 2, value: 3 }),
    },
    {
      name: 'upper case Norwegian letters (ÅR, MÅNED)',
      headers: ['KOMMUNENUMMER', 'INDIKATOR', 'ÅR', 'VERDI'],
      expected: mapping({ org_code: 0, indicator_id: 1, period: 2, value: 3 }),
    },
    {
      name: 'mixed case and surrounding whitespace',
      headers: ['  Org_Code ', '\tIndicator_ID', 'Period\t', ' VALUE '],
      expected: mapping({ org_code: 0, indicator_id: 1, period: 2, value: 3 }),
    },
    {
      name: 'inner spaces as underscores',
      headers: ['org code', 'indicator  id', 'period', 'value'],
      expected: mapping({ org_code: 0, indicator_id: 1, period: 2, value: 3 }),
    },
    {
      name: 'a byte-order mark on the first header',
      headers: ['\uFEFFkommunenummer', 'indikator', 'periode', 'verdi'],
      expected: mapping({ org_code: 0, indicator_id: 1, period: 2, value: 3 }),
    },
    {
      name: 'any order',
      headers: ['verdi', 'periode', 'status', 'indikator', 'kommunenummer'],
      expected: mapping({ value: 0, period: 1, status: 2, indicator_id: 3, org_code: 4 }),
    },
    {
      name: 'extra columns, ignored',
      headers: ['kommune_navn', 'org_code', 'kommentar', 'indicator_id', 'period', 'x', 'value'],
      expected: mapping({ org_code: 1, indicator_id: 3, period: 4, value: 6 }),
    },
    {
      name: 'numerator and denominator instead of a value',
      headers: ['org_code', 'indicator_id', 'period', 'teller', 'nevner'],
      expected: mapping({ org_code: 0, indicator_id: 1, period: 2, numerator: 3, denominator: 4 }),
    },
  ])('$name', ({ headers, expected }) => {
    expect(mapHeaders(headers)).toEqual({ ok: true, data: expected });
  });
});

describe('mapHeaders reports', () => {
  it.each<{ name: string; headers: string[]; error: unknown }>([
    {
      name: 'every missing required column by name, in contract order',
      headers: ['kommune', 'verdi'],
      error: { kind: 'missing_columns', columns: ['org_code', 'indicator_id', 'period'] },
    },
    {
      name: 'a single missing column',
      headers: ['org_code', 'period', 'value'],
      error: { kind: 'missing_columns', columns: ['indicator_id'] },
    },
    {
      name: 'an empty header row as all required columns missing',
      headers: [],
      error: { kind: 'missing_columns', columns: ['org_code', 'indicator_id', 'period'] },
    },
    {
      name: 'two aliases of the same column, with both headers as written',
      headers: ['org_code', 'Kommunenummer', 'indicator_id', 'period', 'value'],
      error: {
        kind: 'ambiguous_column',
        column: 'org_code',
        headers: ['org_code', 'Kommunenummer'],
      },
    },
    {
      name: 'the same header twice',
      headers: ['org_code', 'indicator_id', 'period', 'verdi', 'VERDI'],
      error: { kind: 'ambiguous_column', column: 'value', headers: ['verdi', 'VERDI'] },
    },
    {
      name: 'year and month both given as period',
      headers: ['org_code', 'indicator_id', 'år', 'måned', 'value'],
      error: { kind: 'ambiguous_column', column: 'period', headers: ['år', 'måned'] },
    },
    {
      name: 'no measure at all',
      headers: ['org_code', 'indicator_id', 'period', 'status'],
      error: { kind: 'no_measure' },
    },
    {
      name: 'a numerator without a denominator as no measure',
      headers: ['org_code', 'indicator_id', 'period', 'teller'],
      error: { kind: 'no_measure' },
    },
    {
      name: 'a denominator without a numerator as no measure',
      headers: ['org_code', 'indicator_id', 'period', 'nevner'],
      error: { kind: 'no_measure' },
    },
  ])('$name', ({ headers, error }) => {
    expect(mapHeaders(headers)).toEqual({ ok: false, error });
  });
});

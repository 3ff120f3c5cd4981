import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildCodeMap,
  type CodeMap,
  type CountRow,
  checkCodeMap,
  describeMapping,
  HISTORY_COLUMNS,
  harmoniseCounts,
  type MunicipalityHistoryRow,
  targetsOf,
  WEIGHT_TOLERANCE,
} from '../../src/domain/harmonise';
import { parseMunicipalityHistory } from '../../src/ingest/municipality-history';

const root = path.resolve(import.meta.dirname, '../..');
const readText = (relative: string) => readFileSync(path.join(root, relative), 'utf8');

const historyText = readText('datasets/reference/municipalities-history.csv');
const currentCodes: ReadonlySet<string> = new Set(
  Papa.parse<{ code: string }>(readText('datasets/organisations.csv'), {
    header: true,
    skipEmptyLines: true,
  }).data.map((org) => org.code),
);

function shippedHistory(): MunicipalityHistoryRow[] {
  const parsed = parseMunicipalityHistory(historyText);
  if (!parsed.ok) throw new Error(`history does not parse: ${JSON.stringify(parsed.error)}`);
  return parsed.data;
}
const history = shippedHistory();
const built = buildCodeMap(history, currentCodes);
const codeMap = built.map;

const HEADER = HISTORY_COLUMNS.join(',');
/** A history file from data lines, with CRLF as the shipped one has. */
const historyFile = (...lines: string[]) => `${[HEADER, ...lines].join('\r\n')}\r\n`;

/** Builds a map from inline history lines, with today's codes given. */
function mapOf(current: readonly string[], ...lines: string[]) {
  const parsed = parseMunicipalityHistory(historyFile(...lines));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return buildCodeMap(parsed.data, new Set(current));
}

describe('parseMunicipalityHistory', () => {
  it('reads the shipped file (CRLF, Sámi names) into one row per line', () => {
    expect(historyText).toContain('\r\n');
    const dataLines = historyText.split('\r\n').filter((line) => line !== '').length - 1;
    expect(history).toHaveLength(dataLines);
    expect(history).toContainEqual({
      municip_code: '5012',
      municip_name: 'Snillfjord',
      county_code: '50',
      county_name: 'Trøndelag-Trööndelage',
      year_start: 2018,
      year_end: 2019,
      municip_code_end: '5059',
      weighting: 0.3,
    });
    expect(history.find((row) => row.municip_code === '5043')?.municip_name).toBe(
      'Raarvihke-Røyrvik',
    );
  });

  it('accepts LF, a BOM and a file without a final line break', () => {
    const text = `\uFEFF${HEADER}\n1502,Molde,15,Møre og Romsdal,1838,2019,1506,`;
    const parsed = parseMunicipalityHistory(text);
    expect(parsed).toEqual({
      ok: true,
      data: [
        {
          municip_code: '1502',
          municip_name: 'Molde',
          county_code: '15',
          county_name: 'Møre og Romsdal',
          year_start: 1838,
          year_end: 2019,
          municip_code_end: '1506',
          weighting: null,
        },
      ],
    });
  });

  it('reports every bad row with its physical line, counting blank lines and quoted breaks', () => {
    const parsed = parseMunicipalityHistory(
      historyFile(
        '1502,Molde,15,M,1838,2019,,', // line 2: ended without a successor
        '', // line 3: blank, skipped
        '"15\n03",Kristiansund,15,M,1838,2007,1505,', // lines 4–5: bad code
        '1504,Ålesund,15,M,1977,2019,1507,1.5', // line 6: weighting above 1
        '1505,Kristiansund,15,M,2008,,1506,', // line 7: live code with a successor
        '1506,Molde,15,M,2020,2019,1507,', // line 8: ends before it starts
        '1511,Vanylven', // line 9: too few cells
        '1514,Sande,15,M,18x7,,,', // line 10: bad year
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 2, column: 'municip_code_end' },
      { line: 4, column: 'municip_code' },
      { line: 6, column: 'weighting' },
      { line: 7, column: 'municip_code_end' },
      { line: 8, column: 'year_end' },
      { line: 9, column: null },
      { line: 10, column: 'year_start' },
    ]);
  });

  it('locates an unterminated quote on the line where its record starts', () => {
    const parsed = parseMunicipalityHistory(
      historyFile('1502,Molde,15,M,1838,2019,1506,', '1503,"Kristiansund,15,M,1838,2007,1505,'),
    );
    expect(parsed).toMatchObject({
      ok: false,
      error: [{ line: 3, message: 'Quoted field unterminated' }],
    });
  });

  it('rejects a file whose header is not the expected one', () => {
    const parsed = parseMunicipalityHistory('kommunenummer,navn\r\n1502,Molde\r\n');
    expect(parsed).toMatchObject({ ok: false, error: [{ line: 1, column: null }] });
  });
});

describe('buildCodeMap on the shipped history', () => {
  it('maps every old code to today\u2019s codes without issues', () => {
    expect(built.issues).toEqual([]);
    for (const [oldCode, targets] of codeMap) {
      expect(currentCodes.has(oldCode), oldCode).toBe(false);
      for (const target of targets) expect(currentCodes.has(target.code), oldCode).toBe(true);
    }
  });

  it.each<{ name: string; code: string; targets: { code: string; weight: number }[] }>([
    { name: 'Molde merger', code: '1502', targets: [{ code: '1506', weight: 1 }] },
    { name: 'Klæbu into Trondheim', code: '5030', targets: [{ code: '5001', weight: 1 }] },
    { name: 'Rindal changing county', code: '1567', targets: [{ code: '5061', weight: 1 }] },
    {
      name: 'Ålesund split in 2024',
      code: '1507',
      targets: [
        { code: '1508', weight: 0.5 },
        { code: '1580', weight: 0.5 },
      ],
    },
    {
      name: 'old Ålesund through 1507',
      code: '1504',
      targets: [
        { code: '1508', weight: 0.5 },
        { code: '1580', weight: 0.5 },
      ],
    },
    {
      name: 'Hornindal into Volda (county 14)',
      code: '1444',
      targets: [{ code: '1577', weight: 1 }],
    },
    { name: 'Mosvik through 1756 Inderøy', code: '1723', targets: [{ code: '5053', weight: 1 }] },
  ])('$name: $code', ({ code, targets }) => {
    expect(codeMap.get(code)).toEqual(targets);
  });

  it('splits Snillfjord 5012 three ways, and 1613 through it', () => {
    const expected = [
      { code: '5055', weight: 0.35 },
      { code: '5056', weight: 0.35 },
      { code: '5059', weight: 0.3 },
    ];
    expect(codeMap.get('5012')).toEqual(expected);
    expect(codeMap.get('1613')).toEqual(expected);
  });

  it('gives every old code shares that sum to 1', () => {
    expect(codeMap.size).toBeGreaterThan(80);
    for (const [code, targets] of codeMap) {
      const sum = targets.reduce((s, t) => s + t.weight, 0);
      expect(Math.abs(sum - 1), code).toBeLessThanOrEqual(WEIGHT_TOLERANCE);
    }
    expect(checkCodeMap(codeMap)).toEqual([]);
  });

  it('leaves today\u2019s codes, health trusts and codes outside the file unmapped', () => {
    for (const code of ['1506', '1508', '5001', '5061', 'STO-HF', '1811']) {
      expect(codeMap.has(code), code).toBe(false);
      expect(targetsOf(code, codeMap)).toEqual([{ code, weight: 1 }]);
    }
  });

  it('describes the mapping with old and new names', () => {
    const rows = describeMapping(history, codeMap);
    expect(rows).toHaveLength(codeMap.size);
    expect(rows.find((row) => row.oldCode === '1507')).toEqual({
      oldCode: '1507',
      oldName: 'Ålesund',
      targets: [
        { code: '1508', name: 'Ålesund', weight: 0.5 },
        { code: '1580', name: 'Haram', weight: 0.5 },
      ],
    });
    expect(rows.find((row) => row.oldCode === '1662')?.targets).toEqual([
      { code: '5001', name: 'Trondheim', weight: 1 },
    ]);
  });
});

describe('buildCodeMap on broken histories', () => {
  it('reports a split whose shares do not sum to 1 and leaves it (and its predecessors) out', () => {
    const result = mapOf(
      ['2001', '2002'],
      '1001,Old,10,C,1900,2009,2000,',
      '2000,Mid,20,C,2010,2019,2001,0.5',
      '2000,Mid,20,C,2010,2019,2002,0.4',
    );
    expect(result.map.size).toBe(0);
    expect(result.issues).toEqual([
      { kind: 'weights_do_not_sum_to_one', code: '1001', sum: 0.9 },
      { kind: 'weights_do_not_sum_to_one', code: '2000', sum: 0.9 },
    ]);
  });

  it('reports a cycle', () => {
    const result = mapOf(['3000'], '1001,A,10,C,1900,2009,1002,', '1002,B,10,C,1900,2009,1001,');
    expect(result.map.size).toBe(0);
    expect(result.issues).toEqual([
      { kind: 'cycle', code: '1001', path: ['1001', '1002', '1001'] },
      { kind: 'cycle', code: '1002', path: ['1001', '1002', '1001'] },
    ]);
  });

  it('reports a chain that ends outside today\u2019s codes', () => {
    const result = mapOf(['3000'], '1001,A,10,C,1900,2009,1002,', '1002,B,10,C,2010,,,');
    expect(result.issues).toEqual([{ kind: 'dead_end', code: '1001', at: '1002' }]);
  });

  it('adds up shares that reach one code by two paths', () => {
    const result = mapOf(
      ['3000'],
      '1001,A,10,C,1900,2009,1002,0.5',
      '1001,A,10,C,1900,2009,1003,0.5',
      '1002,B,10,C,2010,2019,3000,',
      '1003,C,10,C,2010,2019,3000,',
    );
    expect(result.map.get('1001')).toEqual([{ code: '3000', weight: 1 }]);
  });

  it('uses the latest interval of a reused code, and never maps a code that is live today', () => {
    const result = mapOf(
      ['2000', '3000', '1505'],
      '1001,A,10,C,1838,1900,2000,',
      '1001,A,10,C,1950,2019,3000,',
      '1505,Kristiansund,15,M,1838,1900,2000,',
    );
    expect(result.map.get('1001')).toEqual([{ code: '3000', weight: 1 }]);
    expect(result.map.has('1505')).toBe(false);
  });

  it('checkCodeMap flags hand-made maps that are not final or do not sum to 1', () => {
    const map: CodeMap = new Map([
      ['A', [{ code: 'B', weight: 1 }]],
      ['B', [{ code: 'C', weight: 0.6 }]],
    ]);
    expect(checkCodeMap(map)).toEqual([
      { kind: 'target_not_final', code: 'A', target: 'B' },
      { kind: 'weights_do_not_sum_to_one', code: 'B', sum: 0.6 },
    ]);
  });
});

describe('harmoniseCounts', () => {
  const oldCodes = [...codeMap.keys()];
  const keptCodes = [...currentCodes];
  const code = fc.oneof(fc.constantFrom(...oldCodes), fc.constantFrom(...keptCodes));
  const row = fc.record({
    code,
    key: fc.constantFrom('a×2019-01', 'a×2024-01', 'b×2019-01'),
    numerator: fc.integer({ min: 1, max: 100_000 }),
    denominator: fc.integer({ min: 1, max: 1_000_000 }),
  });
  const total = (rows: readonly CountRow[], field: 'numerator' | 'denominator') =>
    rows.reduce((s, r) => s + r[field], 0);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

  it('conserves Σnumerator and Σdenominator and leaves only today\u2019s codes, once per key', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const out = harmoniseCounts(rows, codeMap);
        expect(close(total(out, 'numerator'), total(rows, 'numerator'))).toBe(true);
        expect(close(total(out, 'denominator'), total(rows, 'denominator'))).toBe(true);
        for (const r of out) expect(currentCodes.has(r.code), r.code).toBe(true);
        const keys = out.map((r) => `${r.code}|${r.key}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('merges 1502 into 1506 and halves 1507', () => {
    const out = harmoniseCounts(
      [
        { code: '1502', key: 'k', numerator: 3, denominator: 10 },
        { code: '1506', key: 'k', numerator: 5, denominator: 30 },
        { code: '1507', key: 'k', numerator: 8, denominator: 40 },
        { code: 'STO-HF', key: 'k', numerator: 1, denominator: 2 },
      ],
      codeMap,
    );
    expect(out).toEqual([
      { code: '1506', key: 'k', numerator: 8, denominator: 40 },
      { code: '1508', key: 'k', numerator: 4, denominator: 20 },
      { code: '1580', key: 'k', numerator: 4, denominator: 20 },
      { code: 'STO-HF', key: 'k', numerator: 1, denominator: 2 },
    ]);
  });
});

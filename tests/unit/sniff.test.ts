import { describe, expect, it } from 'vitest';
import {
  type DecimalMark,
  type Delimiter,
  guessDecimalMark,
  SNIFF_BYTES,
  sniffBytes,
  sniffCsv,
} from '../../src/ingest/sniff';

describe('sniffCsv', () => {
  it.each<{
    name: string;
    text: string;
    delimiter: Delimiter;
    headers: string[];
    sample: string[][];
  }>([
    {
      name: 'comma',
      text: 'org_code,indicator_id,period,value\n5001,cost,2024,1.5\n1506,cost,2024,2\n',
      delimiter: ',',
      headers: ['org_code', 'indicator_id', 'period', 'value'],
      sample: [
        ['5001', 'cost', '2024', '1.5'],
        ['1506', 'cost', '2024', '2'],
      ],
    },
    {
      name: 'semicolon with decimal commas (a Norwegian Excel export)',
      text: 'kommunenummer;verdi\r\n5001;12,5\r\n5002;1,5\r\n',
      delimiter: ';',
      headers: ['kommunenummer', 'verdi'],
      sample: [
        ['5001', '12,5'],
        ['5002', '1,5'],
      ],
    },
    {
      name: 'tab',
      text: 'org\tindicator\tperiod\n5001\tcost\t2024\n',
      delimiter: '\t',
      headers: ['org', 'indicator', 'period'],
      sample: [['5001', 'cost', '2024']],
    },
    {
      name: 'quoted fields holding the other delimiters',
      text: 'a;b\n"1,5";"x,y,z"\n"2,5";"p,q"\n',
      delimiter: ';',
      headers: ['a', 'b'],
      sample: [
        ['1,5', 'x,y,z'],
        ['2,5', 'p,q'],
      ],
    },
    {
      name: 'a quoted header with a delimiter and doubled quotes',
      text: '"name, ""short""",value\nx,1\n',
      delimiter: ',',
      headers: ['name, "short"', 'value'],
      sample: [['x', '1']],
    },
    {
      name: 'a quoted line break inside a field',
      text: 'comment,value\n"line one\nline two",1\n"a\r\nb",2\n',
      delimiter: ',',
      headers: ['comment', 'value'],
      sample: [
        ['line one\nline two', '1'],
        ['a\r\nb', '2'],
      ],
    },
    {
      name: 'a header without data rows',
      text: 'org_code;indicator_id;period;value\n',
      delimiter: ';',
      headers: ['org_code', 'indicator_id', 'period', 'value'],
      sample: [],
    },
    {
      name: 'blank lines skipped',
      text: 'a,b\n\n1,2\n   \n3,4\n',
      delimiter: ',',
      headers: ['a', 'b'],
      sample: [
        ['1', '2'],
        ['3', '4'],
      ],
    },
  ])('finds $name', ({ text, delimiter, headers, sample }) => {
    expect(sniffCsv(text)).toEqual({
      ok: true,
      data: { delimiter, headers, sample, skipRecords: 0 },
    });
  });

  it.each([
    ['empty input', ''],
    ['only blank lines', '\n\r\n  \n'],
  ])('reports %s as empty', (_label, text) => {
    expect(sniffCsv(text)).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('reports a single column as having no delimiter', () => {
    expect(sniffCsv('value\n1\n2\n')).toEqual({ ok: false, error: { kind: 'no_delimiter' } });
  });

  it.each<{ name: string; text: string; skipRecords: number; headers: string[] }>([
    {
      name: "SSB's title line and the empty line under it",
      text: '"Tabell 12345: Andel 80 år og over, etter region og år"\n\n"region";"2023";"2024"\n"5001 Trondheim - Tråante";12,5;13\n',
      skipRecords: 2,
      headers: ['region', '2023', '2024'],
    },
    {
      name: 'a title row Excel padded with delimiters, CRLF',
      text: 'Tabell 1: Plo-meldinger;;;\r\n;;;\r\nkommune;indikator;periode;verdi\r\n5001;plo;2024;1\r\n',
      skipRecords: 2,
      headers: ['kommune', 'indikator', 'periode', 'verdi'],
    },
    {
      name: "Excel's sep= line, which also sets the delimiter",
      text: 'sep=,\r\norg;x,indicator,period,value\r\n5001;a,cost,2024,1\r\n',
      skipRecords: 1,
      headers: ['org;x', 'indicator', 'period', 'value'],
    },
    {
      name: 'a title whose text holds commas, above a semicolon table',
      text: 'Tabell 2: Befolkning, etter region, alder og år\nregion;år;verdi\n5001;2024;1\n5001;2025;2\n',
      skipRecords: 1,
      headers: ['region', 'år', 'verdi'],
    },
  ])('skips and counts $name', ({ text, skipRecords, headers }) => {
    const result = sniffCsv(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.skipRecords).toBe(skipRecords);
    expect(result.data.headers).toEqual(headers);
    expect(result.data.sample).toHaveLength(1 + Number(text.includes('2025')));
  });

  it('reports random bytes (NUL and other control characters) as binary', () => {
    let seed = 7;
    const random = Array.from({ length: 2000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(seed % 256);
    }).join('');
    expect(sniffCsv(`a;b\n${random}`)).toEqual({ ok: false, error: { kind: 'binary' } });
    expect(sniffCsv('a\u0000;b\n1;2\n')).toEqual({ ok: false, error: { kind: 'binary' } });
  });

  it('keeps a single NUL in a data cell of a text file (DuckDB reads it as a character)', () => {
    const result = sniffCsv(`a;b\n${'1;2\n'.repeat(50)}x\u0000;3\n`);
    expect(result.ok).toBe(true);
  });

  it('samples a bounded number of rows from a long file', () => {
    const result = sniffCsv(`a,b\n${'1,2\n'.repeat(1000)}`);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.sample.length).toBeGreaterThan(0);
    expect(result.data.sample.length).toBeLessThan(1000);
  });

  it('drops the cut-off last line of an ASCII head of SNIFF_BYTES', () => {
    const row = `5001;cost;2024;12,5;${'x'.repeat(400)}\n`;
    const file = `org;ind;period;value;comment\n${row.repeat(200)}`;
    const result = sniffCsv(file.slice(0, SNIFF_BYTES), true);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.sample.at(-1)).toEqual(row.trimEnd().split(';'));
  });

  // Regression: whether the head was cut used to be judged by its *string* length, but the head
  // is SNIFF_BYTES *bytes*; with æøå (2 bytes, 1 UTF-16 unit each) the string is shorter, so the
  // half line (ending in U+FFFD where the cut splits a character) was kept as a sample row.
  it('keeps a head with no line break whole, instead of calling it empty', () => {
    const result = sniffCsv(`a;b;${'c'.repeat(SNIFF_BYTES)}`, true);
    expect(result.ok && result.data.headers).toEqual(['a', 'b', 'c'.repeat(SNIFF_BYTES)]);
  });

  it('drops the cut-off last line of a UTF-8 head of SNIFF_BYTES bytes holding æøå', () => {
    const row = `5001;cost;2024;12,5;Ålesund ${'æøå'.repeat(150)}\n`;
    const file = `org;ind;period;value;comment\n${row.repeat(200)}`;
    const bytes = new TextEncoder().encode(file);
    expect(bytes.length).toBeGreaterThan(SNIFF_BYTES);
    const result = sniffBytes(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const cells = result.data.sample.flat();
    expect(cells.filter((cell) => cell.includes('\uFFFD'))).toEqual([]);
    expect(result.data.sample.at(-1)).toEqual(row.trimEnd().split(';'));
  });
});

describe('guessDecimalMark', () => {
  it.each<{ cells: string[]; delimiter: Delimiter; mark: DecimalMark }>([
    { cells: ['12,5'], delimiter: ',', mark: ',' },
    { cells: ['1 234,5'], delimiter: ';', mark: ',' },
    { cells: ['1\u00a0234,5'], delimiter: ';', mark: ',' },
    { cells: ['1\u202f234,5'], delimiter: ';', mark: ',' },
    { cells: ['1 234 567,25'], delimiter: '\t', mark: ',' },
    { cells: ['-12,5', '\u221212,5'], delimiter: ',', mark: ',' },
    { cells: ['  12,5  '], delimiter: ',', mark: ',' },
    { cells: ['12.5'], delimiter: ';', mark: '.' },
    { cells: ['-0.25', '100.0'], delimiter: ';', mark: '.' },
    { cells: ['12,5', '1.5', '2.5'], delimiter: ';', mark: '.' },
    { cells: ['12,5', '13,5', '1.5'], delimiter: ',', mark: ',' },
    // Cells that say nothing about the mark do not count.
    { cells: ['12', '', ':', '..', '1 234', 'abc', '12.5'], delimiter: ';', mark: '.' },
  ])('$cells with $delimiter → $mark', ({ cells, delimiter, mark }) => {
    expect(guessDecimalMark(cells, delimiter)).toBe(mark);
  });

  it.each<{ name: string; cells: string[]; delimiter: Delimiter; mark: DecimalMark }>([
    { name: 'no evidence, semicolon → comma', cells: [], delimiter: ';', mark: ',' },
    { name: 'no evidence, comma → point', cells: ['1', '2'], delimiter: ',', mark: '.' },
    { name: 'no evidence, tab → point', cells: [], delimiter: '\t', mark: '.' },
    { name: 'one each, semicolon → comma', cells: ['1,5', '1.5'], delimiter: ';', mark: ',' },
    { name: 'one each, comma → point', cells: ['1,5', '1.5'], delimiter: ',', mark: '.' },
    { name: 'one each, tab → point', cells: ['1,5', '1.5'], delimiter: '\t', mark: '.' },
  ])('tie: $name', ({ cells, delimiter, mark }) => {
    expect(guessDecimalMark(cells, delimiter)).toBe(mark);
  });
});

import { describe, expect, it } from 'vitest';
import {
  BOM,
  CSV_DIALECTS,
  type CsvValue,
  csvBlob,
  csvDocument,
  csvField,
  csvLines,
} from '../../src/export/csv';

const nb = CSV_DIALECTS.nb;
const en = CSV_DIALECTS.en;

describe('CSV export', () => {
  it.each<{ name: string; value: CsvValue; nb: string; en: string }>([
    {
      name: 'a HYPERLINK formula',
      value: '=HYPERLINK("http://x","y")',
      nb: `"'=HYPERLINK(""http://x"",""y"")"`,
      en: `"'=HYPERLINK(""http://x"",""y"")"`,
    },
    { name: 'a cell starting with a tab', value: '\t=1+1', nb: "'\t=1+1", en: "'\t=1+1" },
    { name: 'a cell starting with CR', value: '\r=1+1', nb: `"'\r=1+1"`, en: `"'\r=1+1"` },
    { name: '@SUM', value: '@SUM(A1)', nb: "'@SUM(A1)", en: "'@SUM(A1)" },
    {
      name: 'a plus sign',
      value: '+47 22 00 00 00',
      nb: "'+47 22 00 00 00",
      en: "'+47 22 00 00 00",
    },
    { name: 'text that looks like a negative number', value: '-1', nb: "'-1", en: "'-1" },
    { name: 'a negative number', value: -1.5, nb: '-1,5', en: '-1.5' },
    {
      name: 'a large number, without grouping',
      value: 1234567.25,
      nb: '1234567,25',
      en: '1234567.25',
    },
    { name: 'an integer', value: 45957, nb: '45957', en: '45957' },
    { name: 'a tiny number', value: 1.5e-7, nb: '1,5e-7', en: '1.5e-7' },
    { name: 'null', value: null, nb: '', en: '' },
    { name: 'a boolean', value: true, nb: 'true', en: 'true' },
    { name: 'a date as ISO text', value: '2024-02-29', nb: '2024-02-29', en: '2024-02-29' },
    {
      name: 'a field with the delimiter and quotes',
      value: 'Molde; "Romsdal", HF',
      nb: '"Molde; ""Romsdal"", HF"',
      en: '"Molde; ""Romsdal"", HF"',
    },
    { name: 'a semicolon only matters in nb', value: 'a;b', nb: '"a;b"', en: 'a;b' },
    { name: 'a comma only matters in en', value: 'a,b', nb: 'a,b', en: '"a,b"' },
    {
      name: 'a line break',
      value: 'line 1\nline 2',
      nb: '"line 1\nline 2"',
      en: '"line 1\nline 2"',
    },
    {
      name: 'æøå and a formula sign inside',
      value: 'Ålesund = Haram',
      nb: 'Ålesund = Haram',
      en: 'Ålesund = Haram',
    },
  ])('writes $name', ({ value, nb: inNb, en: inEn }) => {
    expect(csvField(value, nb)).toBe(inNb);
    expect(csvField(value, en)).toBe(inEn);
  });

  it('writes Norwegian Excel’s dialect in nb: semicolons and decimal commas', () => {
    const text = csvDocument(
      ['kommune', 'verdi'],
      [
        ['Trondheim', 91.9],
        ['Molde', null],
      ],
      nb,
    );
    expect(text).toBe(`${BOM}kommune;verdi\r\nTrondheim;91,9\r\nMolde;\r\n`);
  });

  it('writes commas and decimal points in en', () => {
    const text = csvDocument(['municipality', 'value'], [['Trondheim', 91.9]], en);
    expect(text).toBe(`${BOM}municipality,value\r\nTrondheim,91.9\r\n`);
  });

  it('guards the header too: column names come from the query', () => {
    expect(csvLines([['=cmd', 'ok']], nb)).toBe("'=cmd;ok\r\n");
  });

  it('starts the file with the UTF-8 byte-order mark, once', async () => {
    const header = csvLines([['navn']], nb);
    const blob = csvBlob([header, csvLines([['Ålesund']], nb)]);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('navn\r\nÅlesund\r\n');
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });
});

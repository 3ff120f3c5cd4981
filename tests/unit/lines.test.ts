import { describe, expect, it } from 'vitest';
import { parsedRowRecords, recordStartLines } from '../../src/ingest/lines';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('recordStartLines', () => {
  it.each<{ name: string; text: string; records: number[]; lines: [number, number][] }>([
    {
      name: 'one record per line',
      text: 'h1,h2\na,1\nb,2\nc,3\n',
      records: [1, 2, 3, 4],
      lines: [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ],
    },
    {
      name: 'a quoted line break pushes later records down',
      text: 'h1,h2\n"a\nstill a",1\nb,2\n"c\n\nc",3\nd,4\n',
      records: [2, 3, 4, 5],
      lines: [
        [2, 2],
        [3, 4],
        [4, 5],
        [5, 8],
      ],
    },
    {
      name: 'CRLF line ends, also inside quotes',
      text: 'h1,h2\r\na,1\r\n"b\r\nb",2\r\nc,3\r\n',
      records: [2, 3, 4],
      lines: [
        [2, 2],
        [3, 3],
        [4, 5],
      ],
    },
    {
      name: 'quotes escaped by doubling, with and without a line break after them',
      text: 'h1,h2\n"say ""hi""",1\n"a ""quoted""\nline",2\nc,3\n',
      records: [2, 3, 4],
      lines: [
        [2, 2],
        [3, 3],
        [4, 5],
      ],
    },
    {
      name: 'an escaped quote right before the closing quote',
      text: 'h\n"x"""\ny\n',
      records: [2, 3],
      lines: [
        [2, 2],
        [3, 3],
      ],
    },
    {
      name: 'unsorted and repeated records',
      text: 'h\na\nb\nc\n',
      records: [4, 2, 4, 2],
      lines: [
        [2, 2],
        [4, 4],
      ],
    },
    {
      name: 'records past the end, zero and negative are left out',
      text: 'h\na\n',
      records: [-1, 0, 2, 3, 99],
      lines: [[2, 2]],
    },
    {
      name: 'a last record without a line break',
      text: 'h\na\nb',
      records: [3],
      lines: [[3, 3]],
    },
    { name: 'no records wanted', text: 'h\na\n', records: [], lines: [] },
    { name: 'empty file', text: '', records: [1], lines: [] },
  ])('$name', ({ text, records, lines }) => {
    expect(recordStartLines(utf8(text), records)).toEqual(new Map(lines));
  });

  it('honours another quote character', () => {
    const text = "h\n'a\nb'\nc\n";
    expect(recordStartLines(utf8(text), [3], 0x27)).toEqual(new Map([[3, 4]]));
    expect(recordStartLines(utf8(text), [3])).toEqual(new Map([[3, 3]]));
  });

  it('is not confused by multi-byte UTF-8 (æøå bytes are never a quote or a line break)', () => {
    const text = 'kommune\n"Ålesund\nØrsta"\nBodø\n';
    expect(recordStartLines(utf8(text), [3])).toEqual(new Map([[3, 4]]));
  });
});

describe('parsedRowRecords', () => {
  it.each<{
    name: string;
    rows: number[];
    rejected: number[];
    header?: number;
    records: [number, number][];
  }>([
    {
      name: 'no rejects: row n is record n + 1',
      rows: [1, 2, 5],
      rejected: [],
      records: [
        [1, 2],
        [2, 3],
        [5, 6],
      ],
    },
    {
      name: 'a reject before the first row',
      rows: [1, 2],
      rejected: [2],
      records: [
        [1, 3],
        [2, 4],
      ],
    },
    {
      // Records: 1 header, 2 row1, 3 rejected, 4 row2, 5 row3, 6 rejected, 7 rejected, 8 row4.
      name: 'rejects interleaved, including two in a row',
      rows: [1, 2, 3, 4],
      rejected: [3, 6, 7],
      records: [
        [1, 2],
        [2, 4],
        [3, 5],
        [4, 8],
      ],
    },
    {
      name: 'only some rows asked for',
      rows: [2, 4],
      rejected: [3, 6, 7],
      records: [
        [2, 4],
        [4, 8],
      ],
    },
    {
      name: 'rejects after the last row do not matter',
      rows: [1, 2],
      rejected: [10, 11],
      records: [
        [1, 2],
        [2, 3],
      ],
    },
    {
      name: 'several header records',
      rows: [1, 2],
      rejected: [4],
      header: 2,
      records: [
        [1, 3],
        [2, 5],
      ],
    },
    { name: 'no rows', rows: [], rejected: [2, 3], records: [] },
  ])('$name', ({ rows, rejected, header, records }) => {
    expect(parsedRowRecords(rows, rejected, header)).toEqual(new Map(records));
  });

  it('agrees with a brute-force walk over the file', () => {
    // Records 2..41 of a file; every record number divisible by 3 or 7 was rejected.
    const all = Array.from({ length: 40 }, (_, i) => i + 2);
    const rejected = all.filter((record) => record % 3 === 0 || record % 7 === 0);
    const parsed = all.filter((record) => !rejected.includes(record));
    const rows = parsed.map((_, i) => i + 1);
    expect(parsedRowRecords(rows, rejected)).toEqual(
      new Map(parsed.map((record, i) => [i + 1, record])),
    );
  });
});

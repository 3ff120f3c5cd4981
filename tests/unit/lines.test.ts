import { describe, expect, it } from 'vitest';
import { locateLines } from '../../src/ingest/lines';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('locateLines: parsed rows', () => {
  it.each<{ name: string; text: string; rows: number[]; lines: [number, number][] }>([
    {
      name: 'one row per line',
      text: 'h1,h2\na,1\nb,2\nc,3\n',
      rows: [1, 2, 3],
      lines: [
        [1, 2],
        [2, 3],
        [3, 4],
      ],
    },
    {
      name: 'a quoted line break pushes later rows down',
      text: 'h1,h2\n"a\nstill a",1\nb,2\n"c\n\nc",3\nd,4\n',
      rows: [1, 2, 3, 4],
      lines: [
        [1, 2],
        [2, 4],
        [3, 5],
        [4, 8],
      ],
    },
    {
      name: 'CRLF line ends, also inside quotes',
      text: 'h1,h2\r\na,1\r\n"b\r\nb",2\r\nc,3\r\n',
      rows: [1, 2, 3],
      lines: [
        [1, 2],
        [2, 3],
        [3, 5],
      ],
    },
    {
      name: 'quotes escaped by doubling, with and without a line break after them',
      text: 'h1,h2\n"say ""hi""",1\n"a ""quoted""\nline",2\nc,3\n',
      rows: [1, 2, 3],
      lines: [
        [1, 2],
        [2, 3],
        [3, 5],
      ],
    },
    {
      name: 'an escaped quote right before the closing quote',
      text: 'h,i\n"x""",1\ny,2\n',
      rows: [1, 2],
      lines: [
        [1, 2],
        [2, 3],
      ],
    },
    {
      name: 'rows past the end, zero and negative are left out',
      text: 'h,i\na,1\n',
      rows: [-1, 0, 1, 2, 99],
      lines: [[1, 2]],
    },
    {
      name: 'a last row without a line break',
      text: 'h,i\na,1\nb,2',
      rows: [2],
      lines: [[2, 3]],
    },
    { name: 'no rows wanted', text: 'h,i\na,1\n', rows: [], lines: [] },
    { name: 'empty file', text: '', rows: [1], lines: [] },
  ])('$name', ({ text, rows, lines }) => {
    const located = locateLines(utf8(text), ',', { headerRecord: 1, rows, rejected: [] });
    expect(located.rows).toEqual(new Map(lines));
  });

  it('regression: empty lines are not rows (DuckDB skips them), so later rows keep their lines', () => {
    const text = 'a;b\n1;2\n\n\n3;4\r\n\r\n5;6\n';
    const located = locateLines(utf8(text), ';', { headerRecord: 1, rows: [2, 3], rejected: [] });
    expect(located.rows).toEqual(
      new Map([
        [2, 5],
        [3, 7],
      ]),
    );
  });

  it('regression: a quote inside an unquoted field is a literal quote, not the start of a quoted field', () => {
    const text = 'a;b\n1;x"y\n2;z\n3;w\n';
    const located = locateLines(utf8(text), ';', { headerRecord: 1, rows: [3], rejected: [] });
    expect(located.rows).toEqual(new Map([[3, 4]]));
  });

  it('only a quote at the start of a field of the given delimiter opens a quoted field', () => {
    const text = 'a;b\n1,"x\ny";2\n3;4\n';
    // With `;` the quote follows a comma inside the field: literal, and `y";2` is a row of its own.
    expect(locateLines(utf8(text), ';', { headerRecord: 1, rows: [3], rejected: [] }).rows).toEqual(
      new Map([[3, 4]]),
    );
    // With `,` it opens a quoted field holding the line break.
    expect(locateLines(utf8(text), ',', { headerRecord: 1, rows: [2], rejected: [] }).rows).toEqual(
      new Map([[2, 4]]),
    );
  });

  it('is not confused by multi-byte UTF-8 (æøå bytes are never a quote or a line break)', () => {
    const text = 'kommune;x\n"Ålesund\nØrsta";1\nBodø;2\n';
    const located = locateLines(utf8(text), ';', { headerRecord: 1, rows: [2], rejected: [] });
    expect(located.rows).toEqual(new Map([[2, 4]]));
  });

  it('counts title records above the header (SSB) as records but never as rows', () => {
    const text = '"Tabell 1: x"\n\nregion;2024\n\n5001 Trondheim;1\n1506 Molde;2\n';
    const located = locateLines(utf8(text), ';', { headerRecord: 3, rows: [1, 2], rejected: [] });
    expect(located.rows).toEqual(
      new Map([
        [1, 5],
        [2, 6],
      ]),
    );
  });
});

describe('locateLines: rejected records', () => {
  it('skips rejected records when numbering rows and locates them by record number', () => {
    // Records: 1 header, 2 row 1, 3 rejected, 4 row 2 (two lines), 5 empty, 6 rejected, 7 row 3.
    const text = 'a,b\n1,2\n3\n"4\n4",5\n\n6\n7,8\n';
    const located = locateLines(utf8(text), ',', {
      headerRecord: 1,
      rows: [1, 2, 3],
      rejected: [3, 6],
    });
    expect(located.rows).toEqual(
      new Map([
        [1, 2],
        [2, 4],
        [3, 8],
      ]),
    );
    expect(located.rejected).toEqual(
      new Map([
        [3, 3],
        [6, 7],
      ]),
    );
  });

  it('agrees with a brute-force walk over a file without quotes', () => {
    // Records 2..41; every record divisible by 3 or 7 was rejected, every one divisible by 5 empty.
    const records = Array.from({ length: 40 }, (_, i) => i + 2);
    const empty = (r: number) => r % 5 === 0;
    const rejected = records.filter((r) => !empty(r) && (r % 3 === 0 || r % 7 === 0));
    const parsed = records.filter((r) => !empty(r) && !rejected.includes(r));
    const text = `h,i\n${records.map((r) => (empty(r) ? '' : `${r},x`)).join('\n')}\n`;
    const located = locateLines(utf8(text), ',', {
      headerRecord: 1,
      rows: parsed.map((_, i) => i + 1),
      rejected,
    });
    expect(located.rows).toEqual(new Map(parsed.map((record, i) => [i + 1, record])));
    expect(located.rejected).toEqual(new Map(rejected.map((record) => [record, record])));
  });
});

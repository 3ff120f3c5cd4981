import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeToUtf8, type SourceEncoding } from '../../src/ingest/encoding';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);
/** Windows-1252 bytes for text that only uses Latin-1 letters (where the code points agree). */
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeToUtf8', () => {
  it.each<{ name: string; input: Uint8Array; encoding: SourceEncoding; text: string }>([
    {
      name: 'UTF-8 with a BOM, which is stripped',
      input: bytes(...BOM, ...utf8('kommune;år\nÅlesund;2024\n')),
      encoding: 'utf-8-bom',
      text: 'kommune;år\nÅlesund;2024\n',
    },
    {
      name: 'only a BOM',
      input: bytes(...BOM),
      encoding: 'utf-8-bom',
      text: '',
    },
    {
      name: 'plain UTF-8 with æøå',
      input: utf8('Ålesund;Bodø;Tromsø;Færder\n'),
      encoding: 'utf-8',
      text: 'Ålesund;Bodø;Tromsø;Færder\n',
    },
    { name: 'plain ASCII', input: utf8('a,b\n1,2\n'), encoding: 'utf-8', text: 'a,b\n1,2\n' },
    { name: 'empty input', input: bytes(), encoding: 'utf-8', text: '' },
    {
      name: 'input shorter than a BOM',
      input: bytes(0xef, 0xbb),
      encoding: 'windows-1252',
      text: 'ï»',
    },
    {
      name: 'Windows-1252 Ålesund (0xC5)',
      input: bytes(0xc5, ...latin1('lesund')),
      encoding: 'windows-1252',
      text: 'Ålesund',
    },
    {
      name: 'Windows-1252 æøå and ÆØÅ',
      input: latin1('æøå;ÆØÅ\n'),
      encoding: 'windows-1252',
      text: 'æøå;ÆØÅ\n',
    },
  ])('$name', ({ input, encoding, text }) => {
    const decoded = decodeToUtf8(input);
    expect(decoded.encoding).toBe(encoding);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(decoded.bytes)).toBe(text);
    expect(decoded.bytes[0]).not.toBe(0xef);
  });

  it('turns Windows-1252 Ålesund into the UTF-8 bytes C3 85', () => {
    const decoded = decodeToUtf8(bytes(0xc5, ...latin1('lesund')));
    expect([...decoded.bytes]).toEqual([0xc3, 0x85, ...latin1('lesund')]);
  });

  // Regression: bytes 0x80–0x9F are where Windows-1252 differs from ISO-8859-1, and Excel writes
  // them often (€, ‘ ’ “ ”, –). Browsers decode them per the WHATWG table, but Node ≥ 20.18.3
  // takes a Latin-1 fast path for 'windows-1252' (nodejs/node#56542, #60888) and yields C1
  // control characters, so the same file imports differently in Node tests than in the page.
  it('decodes the Windows-1252 bytes 0x80–0x9F (€ ‘ ’ “ ” –) as browsers do', () => {
    const decoded = decodeToUtf8(bytes(0x41, 0x80, 0x91, 0x92, 0x93, 0x94, 0x96));
    expect(decoded.encoding).toBe('windows-1252');
    expect(new TextDecoder().decode(decoded.bytes)).toBe('A€\u2018\u2019\u201c\u201d–');
  });

  it('reads UTF-16 with a byte-order mark (Excel «Unicode-tekst»), little- and big-endian', () => {
    const text = 'kommune\tverdi\r\nÅlesund\t1,5\r\n';
    const le = [
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ];
    const be = [
      0xfe,
      0xff,
      ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ];
    for (const input of [le, be]) {
      const decoded = decodeToUtf8(bytes(...input));
      expect(decoded.encoding).toBe('utf-16');
      expect(new TextDecoder().decode(decoded.bytes)).toBe(text);
    }
  });
});

describe('decodeToUtf8 on a file that mixes encodings', () => {
  it('reads each line that is not UTF-8 as Windows-1252 and lists those lines', () => {
    const input = bytes(
      ...utf8('kommune;verdi\nBodø;1\n'),
      ...latin1('Tromsø;2\nÅlesund;3\n'),
      ...utf8('Færder;4\n'),
    );
    const decoded = decodeToUtf8(input);
    expect(decoded.encoding).toBe('mixed');
    expect(new TextDecoder().decode(decoded.bytes)).toBe(
      'kommune;verdi\nBodø;1\nTromsø;2\nÅlesund;3\nFærder;4\n',
    );
    expect(decoded.windows1252Lines).toEqual({ first: [3, 4], count: 2 });
  });

  it('treats a BOM file with Windows-1252 lines as mixed (the BOM says UTF-8)', () => {
    const decoded = decodeToUtf8(bytes(...BOM, ...utf8('a;b\n'), ...latin1('Ørsta;1')));
    expect(decoded.encoding).toBe('mixed');
    expect(new TextDecoder().decode(decoded.bytes)).toBe('a;b\nØrsta;1');
    expect(decoded.windows1252Lines).toEqual({ first: [2], count: 1 });
  });

  it('reports no re-read lines for files in one encoding', () => {
    expect(decodeToUtf8(utf8('æ\n')).windows1252Lines).toBeNull();
    expect(decodeToUtf8(latin1('æ\n')).windows1252Lines).toBeNull();
  });

  it('always yields valid UTF-8, and leaves valid UTF-8 as it is', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (input) => {
        const decoded = decodeToUtf8(input);
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(decoded.bytes)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        // A leading U+FEFF is a byte-order mark and is dropped.
        const expected = text.startsWith('\uFEFF') ? text.slice(1) : text;
        expect(new TextDecoder().decode(decodeToUtf8(utf8(text)).bytes)).toBe(expected);
      }),
    );
  });

  it('recovers every line of UTF-8 and Windows-1252 lines pasted together', () => {
    const latinText = fc.string({ unit: fc.constantFrom(...'abc ;,Ææ Øø Åå é'), minLength: 1 });
    const lines = fc.array(fc.tuple(latinText, fc.boolean()), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(lines, (parts) => {
        const input = parts.flatMap(([text, asUtf8]) => [
          ...(asUtf8 ? utf8(`${text}\n`) : latin1(`${text}\n`)),
        ]);
        const decoded = decodeToUtf8(bytes(...input));
        expect(new TextDecoder().decode(decoded.bytes)).toBe(
          parts.map(([text]) => `${text}\n`).join(''),
        );
      }),
    );
  });
});

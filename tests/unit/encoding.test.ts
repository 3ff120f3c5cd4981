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
});

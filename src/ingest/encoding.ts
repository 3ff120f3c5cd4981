export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16' | 'mixed';

export interface DecodedFile {
  /** UTF-8 bytes without a byte-order mark: what DuckDB's CSV reader expects. */
  bytes: Uint8Array;
  encoding: SourceEncoding;
  /**
   * For a `mixed` file, the physical lines (1-based) that were not UTF-8 and were read as
   * Windows-1252: the first MIXED_LINES_LISTED of them, and how many there were.
   */
  windows1252Lines: { first: number[]; count: number } | null;
}

/** How many re-read lines of a mixed file are listed in the report; the count covers them all. */
export const MIXED_LINES_LISTED = 100;

const LF = 0x0a;

/**
 * Normalises a file to UTF-8. Excel on a Norwegian PC writes UTF-8 with a BOM, Windows-1252, or
 * (as «Unicode-tekst») UTF-16 with a BOM. The encoding is detected, never assumed, because reading
 * Windows-1252 as UTF-8 turns `Ålesund` into `�lesund`.
 *
 * One file can mix encodings — typically two exports pasted together. Then each line is read on
 * its own: a line that is valid UTF-8 stays as it is, a line that is not is read as Windows-1252,
 * and the report lists those lines so the analyst can check them. Reading the whole file as one
 * encoding would garble every æøå of the other part. A file with no valid non-ASCII UTF-8 at all
 * is plain Windows-1252 (a Windows-1252 line is almost never valid UTF-8 by accident: æøå are
 * single bytes ≥ 0xC0 followed by letters, which UTF-8 forbids).
 */
export function decodeToUtf8(input: Uint8Array): DecodedFile {
  const b0 = input[0];
  const b1 = input[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const text = new TextDecoder(b0 === 0xff ? 'utf-16le' : 'utf-16be').decode(input.subarray(2));
    return { bytes: new TextEncoder().encode(text), encoding: 'utf-16', windows1252Lines: null };
  }
  const bom = b0 === 0xef && b1 === 0xbb && input[2] === 0xbf;
  const body = bom ? input.subarray(3) : input;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { bytes: body, encoding: bom ? 'utf-8-bom' : 'utf-8', windows1252Lines: null };
  } catch {
    return decodeByLine(body, bom);
  }
}

/** The part of a file that is not valid UTF-8, line by line (see `decodeToUtf8`). */
function decodeByLine(body: Uint8Array, bom: boolean): DecodedFile {
  const invalid: { line: number; start: number; end: number }[] = [];
  let utf8Lines = 0;
  let line = 1;
  let start = 0;
  let lineInvalid = false;
  let lineMultiByte = false;
  const endLine = (end: number) => {
    if (lineInvalid) invalid.push({ line, start, end });
    else if (lineMultiByte) utf8Lines += 1;
  };
  for (let i = 0; i < body.length; ) {
    const byte = body[i] ?? 0;
    if (byte === LF) {
      endLine(i + 1);
      line += 1;
      start = i + 1;
      lineInvalid = false;
      lineMultiByte = false;
      i += 1;
    } else if (byte < 0x80) i += 1;
    else {
      const length = utf8SequenceLength(body, i);
      if (length === 0) {
        lineInvalid = true;
        i += 1;
      } else {
        lineMultiByte = true;
        i += length;
      }
    }
  }
  endLine(body.length);
  if (!bom && utf8Lines === 0) {
    return {
      bytes: new TextEncoder().encode(decodeWindows1252(body)),
      encoding: 'windows-1252',
      windows1252Lines: null,
    };
  }
  const parts: Uint8Array[] = [];
  let copied = 0;
  for (const part of invalid) {
    parts.push(body.subarray(copied, part.start));
    parts.push(new TextEncoder().encode(decodeWindows1252(body.subarray(part.start, part.end))));
    copied = part.end;
  }
  parts.push(body.subarray(copied));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return {
    bytes,
    encoding: 'mixed',
    windows1252Lines: {
      first: invalid.slice(0, MIXED_LINES_LISTED).map((part) => part.line),
      count: invalid.length,
    },
  };
}

const continuation = (byte: number | undefined) =>
  byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/**
 * The length of the well-formed UTF-8 sequence starting at `i` (a byte ≥ 0x80), or 0 if there is
 * none: the same rules as a fatal TextDecoder (no overlong forms, surrogates or code points above
 * U+10FFFF).
 */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  const next = bytes[i + 1];
  if (lead >= 0xc2 && lead <= 0xdf) return continuation(next) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    const ok = next !== undefined && next >= low && next <= high && continuation(bytes[i + 2]);
    return ok ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    const ok =
      next !== undefined &&
      next >= low &&
      next <= high &&
      continuation(bytes[i + 2]) &&
      continuation(bytes[i + 3]);
    return ok ? 4 : 0;
  }
  return 0;
}

/**
 * Where Windows-1252 differs from ISO-8859-1: 0x80–0x9F hold € ‘ ’ “ ” – and friends, which Excel
 * writes often. Decoded by hand because Node 20's TextDecoder maps them to C1 control characters
 * (nodejs/node#56542) while browsers do not; the tests run in Node and must see what the page sees.
 * The five bytes Windows-1252 leaves undefined keep their ISO-8859-1 meaning, as in browsers.
 */
const HIGH_CONTROL_RANGE = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(input: Uint8Array): string {
  let text = '';
  for (let start = 0; start < input.length; start += 0x8000) {
    const chunk = input.subarray(start, start + 0x8000);
    const codes = Array.from(chunk, (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE.codePointAt(byte - 0x80) ?? byte) : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

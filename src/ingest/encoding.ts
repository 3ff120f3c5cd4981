export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface DecodedFile {
  /** UTF-8 bytes without a byte-order mark: what DuckDB's CSV reader expects. */
  bytes: Uint8Array;
  encoding: SourceEncoding;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Normalises a file to UTF-8. Excel on a Norwegian PC writes either UTF-8 with a BOM or
 * Windows-1252; the encoding is detected (invalid UTF-8 ⇒ Windows-1252), never assumed, because
 * reading Windows-1252 as UTF-8 turns `Ålesund` into `�lesund`.
 */
export function decodeToUtf8(input: Uint8Array): DecodedFile {
  if (BOM.every((byte, index) => input[index] === byte)) {
    return { bytes: input.subarray(3), encoding: 'utf-8-bom' };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(input);
    return { bytes: input, encoding: 'utf-8' };
  } catch {
    return { bytes: new TextEncoder().encode(decodeWindows1252(input)), encoding: 'windows-1252' };
  }
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

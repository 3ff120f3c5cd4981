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
    const text = new TextDecoder('windows-1252').decode(input);
    return { bytes: new TextEncoder().encode(text), encoding: 'windows-1252' };
  }
}

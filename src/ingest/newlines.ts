const LF = 0x0a;
const CR = 0x0d;

/**
 * Gives every line the same ending, LF, when a file mixes them. DuckDB's CSV reader (1.4) stops
 * with "The CSV Parser state machine reached an invalid state" as soon as LF, CRLF or a lone CR
 * (old Mac) meet outside quotes — which happens whenever two exports are pasted together or a
 * file is edited on another system. Files with one kind of ending (all LF, or all CRLF) are
 * returned as they are, without a copy. A lone CR becomes a line break, as editors show it.
 */
export function unifyLineEnds(bytes: Uint8Array): Uint8Array {
  let cr = bytes.indexOf(CR);
  if (cr < 0) return bytes;
  let crlf = 0;
  let crs = 0;
  for (; cr >= 0; cr = bytes.indexOf(CR, cr + 1)) {
    crs += 1;
    if (bytes[cr + 1] === LF) crlf += 1;
  }
  let lfs = 0;
  for (let lf = bytes.indexOf(LF); lf >= 0; lf = bytes.indexOf(LF, lf + 1)) lfs += 1;
  if (crlf === crs && crlf === lfs) return bytes;
  const unified = new Uint8Array(bytes.length - crlf);
  let out = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte !== CR) unified[out++] = byte;
    else if (bytes[i + 1] !== LF) unified[out++] = LF;
  }
  return unified;
}

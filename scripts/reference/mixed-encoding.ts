/**
 * Decodes text in which UTF-8 and Latin-1 are mixed within one line, as in FHI's split table
 * (a UTF-8 no-break space and a Latin-1 `ø` in the same row). Deciding per line, as the upload
 * does (docs/data-contract.md), would turn the no-break space into `Â` on such a line, so this
 * decides per character: a valid UTF-8 sequence is UTF-8, any other byte is one Windows-1252
 * letter (the same as Latin-1 for every letter Norwegian and Sámi names use).
 */
const singleByte = new TextDecoder('windows-1252');
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeMixedUtf8AndLatin1(bytes: Uint8Array): string {
  let text = '';
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    const end = index + Math.max(length, 1);
    const chunk = bytes.subarray(index, end);
    text += length > 0 ? utf8.decode(chunk) : singleByte.decode(chunk);
    index = end;
  }
  return text;
}

/** Bytes in the well-formed UTF-8 sequence starting at `index`, or 0 if there is none. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const length = lengthFromLeadByte(bytes[index] ?? 0);
  if (length <= 1) return length;
  const sequence = bytes.subarray(index, index + length);
  if (sequence.length < length) return 0;
  try {
    utf8.decode(sequence);
    return length;
  } catch {
    // Overlong forms and surrogates are refused by the decoder, not by the lead byte.
    return 0;
  }
}

/** The length a UTF-8 sequence with this first byte has; 0 for a byte that cannot start one. */
function lengthFromLeadByte(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

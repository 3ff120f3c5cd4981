import { describe, expect, it } from 'vitest';
import { unifyLineEnds } from '../../src/ingest/newlines';

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('unifyLineEnds', () => {
  it.each([
    ['all LF', 'a;b\n1;2\n'],
    ['all CRLF', 'a;b\r\n1;2\r\n'],
    ['no line break', 'a;b'],
    ['empty', ''],
  ])('returns a file with one kind of line end as it is (%s)', (_name, input) => {
    const bytes = utf8(input);
    expect(unifyLineEnds(bytes)).toBe(bytes);
  });

  it.each([
    ['LF then CRLF', 'a;b\n1;2\r\n3;4\n', 'a;b\n1;2\n3;4\n'],
    ['CRLF then LF', 'a;b\r\n1;2\n', 'a;b\n1;2\n'],
    ['a lone CR', 'a;b\n1;x\ry\n', 'a;b\n1;x\ny\n'],
    ['only lone CRs (old Mac)', 'a;b\r1;2\r', 'a;b\n1;2\n'],
    ['CR CR LF', 'a\r\r\nb', 'a\n\nb'],
  ])('makes every line end LF when they are mixed (%s)', (_name, input, output) => {
    expect(text(unifyLineEnds(utf8(input)))).toBe(output);
  });
});

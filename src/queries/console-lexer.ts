import { fail, ok, type Result } from '../domain/result';

/**
 * A just-good-enough SQL lexer for screening console input: it only has to agree with DuckDB's
 * (PostgreSQL's) scanner on where strings, quoted names and comments begin and end, so that a
 * semicolon or a keyword hidden in one is never mistaken for code, nor code for one.
 */
export type Token =
  | { kind: 'word'; lower: string; text: string }
  | { kind: 'quoted'; name: string }
  | { kind: 'string'; value: string }
  | { kind: 'punct'; text: '(' | ')' | ',' | ';' | '.' }
  | { kind: 'param'; text: string }
  | { kind: 'other'; text: string };

export type LexProblem = 'string' | 'identifier' | 'comment';

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

/** Splits SQL into tokens, dropping whitespace and comments; fails on anything left open. */
export function lex(text: string): Result<Token[], LexProblem> {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '-' && next === '-') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i += 1;
    } else if (c === '/' && next === '*') {
      const end = blockCommentEnd(text, i);
      if (end === null) return fail('comment');
      i = end;
    } else if (c === "'" || ((c === 'e' || c === 'E') && next === "'")) {
      // E'…' takes backslash escapes (E'\'' is one quote); plain '…' does not ('a\' is a\).
      // Words are read whole below, so the E of `namE'x'` never gets here.
      const escapes = c !== "'";
      const read = quoted(text, escapes ? i + 1 : i, "'", escapes);
      if (read === null) return fail('string');
      tokens.push({ kind: 'string', value: read.value });
      i = read.end;
    } else if (c === '"') {
      const read = quoted(text, i, '"', false);
      if (read === null) return fail('identifier');
      tokens.push({ kind: 'quoted', name: read.value });
      i = read.end;
    } else if (c === '$' && /[0-9]/.test(next)) {
      const match = /^\$[0-9]+/.exec(text.slice(i));
      tokens.push({ kind: 'param', text: match?.[0] ?? '$' });
      i += match?.[0].length ?? 1;
    } else if (c === '$') {
      const tag = DOLLAR_TAG.exec(text.slice(i))?.[0];
      if (tag === undefined) {
        // `$name` is a named parameter in DuckDB.
        let end = i + 1;
        while (end < text.length && WORD_PART.test(text[end] ?? '')) end += 1;
        tokens.push({ kind: 'param', text: text.slice(i, end) });
        i = end;
      } else {
        const close = text.indexOf(tag, i + tag.length);
        if (close < 0) return fail('string');
        tokens.push({ kind: 'string', value: text.slice(i + tag.length, close) });
        i = close + tag.length;
      }
    } else if (c === '?') {
      tokens.push({ kind: 'param', text: '?' });
      i += 1;
    } else if (WORD_START.test(c)) {
      let end = i + 1;
      while (end < text.length && WORD_PART.test(text[end] ?? '')) end += 1;
      const word = text.slice(i, end);
      tokens.push({ kind: 'word', lower: word.toLowerCase(), text: word });
      i = end;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next))) {
      let end = i + 1;
      while (end < text.length && /[0-9A-Za-z_.]/.test(text[end] ?? '')) end += 1;
      tokens.push({ kind: 'other', text: text.slice(i, end) });
      i = end;
    } else if (c === '(' || c === ')' || c === ',' || c === ';' || c === '.') {
      tokens.push({ kind: 'punct', text: c });
      i += 1;
    } else {
      tokens.push({ kind: 'other', text: c });
      i += 1;
    }
  }
  return ok(tokens);
}

/** DuckDB's block comments nest: `/* a /* b *\/ c *\/` is one comment. */
function blockCommentEnd(text: string, start: number): number | null {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text.startsWith('/*', i)) {
      depth += 1;
      i += 2;
    } else if (text.startsWith('*/', i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  return null;
}

/** Reads a `quote`-delimited run from `start` (the opening quote); a doubled quote is one. */
function quoted(
  text: string,
  start: number,
  quote: string,
  backslashEscapes: boolean,
): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (backslashEscapes && c === '\\') {
      value += text.slice(i, i + 2);
      i += 2;
    } else if (c === quote && text[i + 1] === quote) {
      value += quote;
      i += 2;
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else {
      value += c;
      i += 1;
    }
  }
  return null;
}

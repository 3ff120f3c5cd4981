/**
 * How a cell naming an organisation is compared with the register's spellings
 * (docs/national-register.md, «How a file's spellings are read»): NFC, every run of white space
 * (no-break and narrow no-break spaces included) one space, the ends trimmed, an en or em dash
 * between names written ` - ` (SSB joins a municipality's Norwegian and Sámi names that way, other
 * sources use `–`), and lower case. A hyphen without spaces is part of one name (`Sør-Varanger`)
 * and stays.
 *
 * The import does the same in SQL (`SPELLING_KEY_SQL`); a test holds the two to the same answers.
 */
export function spellingKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim()
    .replace(/ ?[\u2013\u2014] ?/g, ' - ')
    .toLowerCase();
}

/** `spellingKey` as a DuckDB expression over the SQL expression `column` (trusted text). */
export function spellingKeySql(column: string): string {
  const spaced = `regexp_replace(nfc_normalize(${column}), '[\\s\\x{00A0}\\x{2007}\\x{202F}]+', ' ', 'g')`;
  return `lower(regexp_replace(trim(${spaced}), ' ?[\\x{2013}\\x{2014}] ?', ' - ', 'g'))`;
}

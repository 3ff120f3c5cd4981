import type { SqlQuery } from '../../db/sql';
import { spellingKeySql } from '../../domain/spelling';

/**
 * Organisations as real files write them → the register's codes (docs/national-register.md,
 * «How a file's spellings are read»). Each distinct cell of the staged rows is tried, in order:
 *
 * 1. the whole cell (`0301`, `301`, `K-0301`, `Hele landet`, `EAK`, `883974832`, `Snåase - Snåsa`);
 * 2. the number it starts with (`5001 Trondheim - Tråante`, `K-5001 Trondheim`); a number the
 *    register does not know stays as that number, so an old code still reaches harmonisation;
 * 3. either half of a name joined with ` - ` (`Tråante - Trondheim` as well as the other way).
 *
 * A cell that matches nothing keeps its text and is reported as an unknown organisation. The
 * rows are changed in place (UPDATE keeps each row's rowid, which is its line in the report).
 */
export function resolveSpellings(): SqlQuery {
  const key = spellingKeySql('org_code');
  const alias = (expression: string) =>
    `(SELECT a.code FROM organisation_aliases a WHERE a.alias = ${expression})`;
  return {
    text: `UPDATE import_typed SET org_code = s.code
      FROM (SELECT raw, coalesce(${alias('key')}, ${alias('lead')}, lead,
          ${alias('first_name')}, ${alias('second_name')}) AS code
        FROM (SELECT raw, key,
            nullif(regexp_extract(key, '^(?:[a-z]{1,3}-)?([0-9]+)(?: |$)', 1), '') AS lead,
            CASE WHEN contains(key, ' - ') THEN split_part(key, ' - ', 1) END AS first_name,
            CASE WHEN contains(key, ' - ') THEN split_part(key, ' - ', 2) END AS second_name
          FROM (SELECT org_code AS raw, ${key} AS key
            FROM (SELECT DISTINCT org_code FROM import_typed WHERE org_code IS NOT NULL)))) AS s
      WHERE import_typed.org_code = s.raw AND s.code IS NOT NULL AND s.code <> s.raw`,
    params: [],
  };
}

/**
 * Reader for SKDE Helseatlas's catchment tables: a Markdown page whose body is an HTML table, one
 * row per catchment area, the members in one cell as `5001 Trondheim, 5014 Frøya, …`.
 */

export interface CatchmentMember {
  /** A municipality (4 digits) or an Oslo district (6 digits, `030101`). */
  code: string;
  name: string;
}

export interface CatchmentArea {
  /** SKDE's short name of the area (`St. Olavs`, `Ahus`). */
  name: string;
  members: CatchmentMember[];
}

/** Data rows only: the header row uses `<th>`, so it never matches. */
const ROW = /<tr>\s*<td>([^<]*)<\/td>\s*<td>([^<]*)<\/td>\s*<\/tr>/gi;
const MEMBER = /^(\d{4}|\d{6}) (\S.*)$/;

export function readCatchments(markdown: string): CatchmentArea[] {
  const areas = [...markdown.matchAll(ROW)].map(([, name = '', cell = '']) => ({
    name: name.trim(),
    members: cell.split(',').map((entry) => parseMember(entry.trim(), name)),
  }));
  if (areas.length === 0) throw new Error('SKDE catchments: no table rows found');
  return areas;
}

function parseMember(entry: string, area: string): CatchmentMember {
  const match = MEMBER.exec(entry);
  if (!match?.[1] || !match[2]) {
    throw new Error(`SKDE catchments, ${area}: "${entry}" is not "code name"`);
  }
  return { code: match[1], name: match[2] };
}

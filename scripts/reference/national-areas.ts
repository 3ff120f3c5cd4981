import { toCsv } from '../datasets/csv';
import { splitOfficialName } from './area-names';
import type { County } from './counties';
import type { Municipality } from './read-klass';

/** The nation, today's counties and today's municipalities, with each official name split into its forms. */
export const NATIONAL_AREAS_FILE = 'national-areas.csv';

/** SSB and FHI write the whole country as code 0; "Hele landet" is how their tables label it. */
const NATION = { code: '0', name: 'Hele landet' };

const HEADER = [
  'code',
  'name',
  'name_norwegian',
  'name_other_1',
  'name_other_2',
  'level',
  'parent_code',
];

/**
 * `norwegianNames` says which form of a many-form municipality name is Norwegian (SKDE writes the
 * Norwegian form alone); single-form names need no entry.
 */
export function nationalAreasCsv(
  counties: readonly County[],
  municipalities: readonly Municipality[],
  norwegianNames: ReadonlyMap<string, string>,
): string {
  const countyCodes = new Set(counties.map((county) => county.code));
  const row = (
    code: string,
    official: string,
    norwegian: string | undefined,
    level: string,
    parent: string,
  ) => {
    const forms = splitOfficialName(official, norwegian);
    return [code, official, forms.norwegian, forms.others[0], forms.others[1], level, parent];
  };
  const rows = [
    [NATION.code, NATION.name, NATION.name, null, null, 'nation', null],
    ...counties.map((county) =>
      row(county.code, county.name, county.norwegianName, 'county', NATION.code),
    ),
    ...municipalities.map((municipality) => {
      const county = municipality.code.slice(0, 2);
      if (!countyCodes.has(county))
        throw new Error(`${municipality.code}: no county ${county} in 2024`);
      return row(
        municipality.code,
        municipality.name,
        norwegianNames.get(municipality.code),
        'municipality',
        county,
      );
    }),
  ];
  const emptyCounty = counties.find(
    (county) => !municipalities.some((m) => m.code.startsWith(county.code)),
  );
  if (emptyCounty) throw new Error(`county ${emptyCounty.code} has no municipality in 2024`);
  return toCsv(
    HEADER,
    rows.sort((a, b) => compareCodes(String(a[0]), String(b[0]))),
  );
}

/** Code-unit order puts each county just before its municipalities (`15`, `1505`, …). */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

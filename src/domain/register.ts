import type { CodeMap, CodeTarget } from './harmonise';
import type { Organisation } from './organisations';
import { spellingKey } from './spelling';

/**
 * The national register as the app uses it (docs/national-register.md, «In the app»): the
 * programme's own organisations list, joined with every area and health organisation of the
 * country, every spelling a real file may use for each, and the old municipality codes.
 */

/** One row of `datasets/reference/national-areas.csv`. */
export interface AreaRow {
  code: string;
  name: string;
  name_norwegian: string;
  name_other_1: string | null;
  name_other_2: string | null;
  level: 'nation' | 'county' | 'municipality';
  parent_code: string | null;
}

/** One row of `datasets/reference/health-organisations.csv`. */
export interface HealthOrganisationRow {
  org_nr: string;
  name: string;
  short_name: string;
  level: number;
  type: 'nation' | 'rhf' | 'health_trust' | 'private' | 'hospital';
  parent_org_nr: string | null;
}

/** One municipality's row of `datasets/reference/catchment-somatic-2024.csv`. */
export interface CatchmentRow {
  code: string;
  health_trust_org_nr: string;
}

/** One row of `datasets/reference/municipality-codes.csv`. */
export interface CodeRow {
  code: string;
  current_code: string;
  weight: number;
}

export interface RegisterSources {
  areas: readonly AreaRow[];
  health: readonly HealthOrganisationRow[];
  catchments: readonly CatchmentRow[];
  codes: readonly CodeRow[];
}

export interface NationalRegister {
  /** The programme's organisations first, as `organisations.csv` lists them, then the rest. */
  organisations: readonly Organisation[];
  /** Spelling key (see spelling.ts) → organisation code, or an old municipality code. */
  aliases: ReadonlyMap<string, string>;
  /** Every municipality code in use since 2017 that is not today's → today's codes. */
  codeMap: CodeMap;
}

/**
 * The three counties of 2020–2023 that the 2024 reform split (Viken into Østfold, Akershus and
 * Buskerud; Vestfold og Telemark; Troms og Finnmark). Files for those years report them, and a
 * county's total cannot be shared out among today's, so each stays a county of its own, named
 * with its years. The names are SSB's of 2020–2023, written here: KLASS 131 lists municipalities
 * only (docs/national-register.md, «Counties that ended»).
 */
const ENDED_COUNTIES: readonly { code: string; names: readonly string[] }[] = [
  { code: '30', names: ['Viken'] },
  { code: '38', names: ['Vestfold og Telemark'] },
  { code: '54', names: ['Troms og Finnmark', 'Romsa ja Finnmárku', 'Tromssa ja Finmarkku'] },
];

const endedCountyName = (names: readonly string[]) => `${names.join(' - ')} (2020–2023)`;

/** KOSTRA and NAV write the whole country so; `Hele landet` is the register's own name. */
const NATION_SPELLINGS = ['Hele landet', 'Landet', 'Norge', 'Nasjonalt', 'EAK'];

const outside = (
  code: string,
  name: string,
  type: Organisation['type'],
  parent: string | null,
  county: string | null,
  orgNr: string | null = null,
): Organisation => ({
  code,
  name,
  type,
  parent,
  county,
  go_live: null,
  go_live_assumed: false,
  org_nr: orgNr,
  programme: false,
  municipal_region: null,
});

/** An SKDE row's name as shown: the short form for the RHFs and trusts, which SKDE capitalises. */
const healthName = (row: HealthOrganisationRow) => (row.level <= 2 ? row.short_name : row.name);

/**
 * Builds the register. Codes: municipalities and counties as SSB writes them (`0301`, `03`), the
 * nation `0`, health organisations by org number; except that an organisation the programme
 * already lists keeps the programme's code, and its org number becomes an alias of it.
 */
export function buildNationalRegister(
  programme: readonly Organisation[],
  sources: RegisterSources,
): NationalRegister {
  // The register's rows for these organisations are the programme's own.
  const programmeOrgNumbers = new Map(
    programme.flatMap((o) => (o.org_nr === null ? [] : [[o.org_nr, o.code] as const])),
  );
  const programmeCodes = new Set(programme.map((o) => o.code));
  const byOrgNr = (orgNr: string) => programmeOrgNumbers.get(orgNr) ?? orgNr;
  const trustOf = new Map(sources.catchments.map((c) => [c.code, byOrgNr(c.health_trust_org_nr)]));
  const nation = sources.areas.find((a) => a.level === 'nation');
  const rest: Organisation[] = [];
  for (const area of sources.areas) {
    if (programmeCodes.has(area.code)) continue;
    const parent =
      area.level === 'municipality' ? (trustOf.get(area.code) ?? null) : area.parent_code;
    const county = area.level === 'municipality' ? area.parent_code : null;
    rest.push(outside(area.code, area.name, area.level, parent, county));
  }
  for (const county of ENDED_COUNTIES) {
    rest.push(
      outside(county.code, endedCountyName(county.names), 'county', nation?.code ?? null, null),
    );
  }
  for (const row of sources.health) {
    // SKDE's nation (org number 1) is the register's nation, `0`: one whole country.
    if (row.type === 'nation' || programmeOrgNumbers.has(row.org_nr)) continue;
    const parent =
      row.parent_org_nr === null || row.level === 1
        ? (nation?.code ?? null)
        : byOrgNr(row.parent_org_nr);
    rest.push(outside(row.org_nr, healthName(row), row.type, parent, null, row.org_nr));
  }
  const organisations = [...programme, ...rest];
  const codeMap = codeMapOf(sources.codes);
  return {
    organisations,
    aliases: aliasesOf(programme, programmeOrgNumbers, sources, codeMap),
    codeMap,
  };
}

/** Old codes → today's, with the weights the register script worked out. */
function codeMapOf(codes: readonly CodeRow[]): CodeMap {
  const map = new Map<string, CodeTarget[]>();
  for (const row of codes) {
    if (row.code === row.current_code) continue;
    const targets = map.get(row.code) ?? [];
    targets.push({ code: row.current_code, weight: row.weight });
    map.set(row.code, targets);
  }
  return map;
}

/**
 * Every spelling → its code. The first claim on a spelling wins, in this order: the programme's
 * own organisations, municipalities, counties, the nation, health organisations, old codes. So
 * `Oslo` is the municipality 0301 (the county 03 has the same borders and the same numbers), and
 * a hospital's short name (`Ålesund`) never shadows a municipality: hospitals get no name alias.
 */
function aliasesOf(
  programme: readonly Organisation[],
  programmeOrgNumbers: ReadonlyMap<string, string>,
  { areas, health }: RegisterSources,
  codeMap: CodeMap,
): Map<string, string> {
  const { aliases, claim, claimCode } = aliasClaims();
  claimOrganisations(programme, claim, claimCode);
  const byLevel = (level: AreaRow['level']) => areas.filter((a) => a.level === level);
  for (const area of [...byLevel('municipality'), ...byLevel('county'), ...byLevel('nation')]) {
    claimCode(area.code, area.code);
    for (const name of [area.name, area.name_norwegian, area.name_other_1, area.name_other_2]) {
      claim(name, area.code);
    }
    if (area.level === 'nation') for (const name of NATION_SPELLINGS) claim(name, area.code);
  }
  for (const county of ENDED_COUNTIES) {
    claimCode(county.code, county.code);
    for (const name of [county.names.join(' - '), ...county.names]) claim(name, county.code);
  }
  for (const row of health) {
    // SKDE's `1` for the nation is no spelling of it elsewhere: a `1` may be Østfold's old county
    // 01 without its zero, or just a number. SKDE's name for it (`Nasjonalt`) is one.
    if (row.type === 'nation') continue;
    const code = programmeOrgNumbers.get(row.org_nr) ?? row.org_nr;
    claim(row.org_nr, code);
    if (row.level === 1 || row.level === 2) {
      claim(row.name, code);
      claim(row.short_name, code);
    }
  }
  for (const old of codeMap.keys()) claimCode(old, old);
  return aliases;
}

type Claim = (spelling: string | null, code: string) => void;

/** An alias map and the two ways to add to it; the first claim on a spelling wins. */
function aliasClaims() {
  const aliases = new Map<string, string>();
  const claim: Claim = (spelling, code) => {
    if (spelling === null || spelling === '') return;
    const key = spellingKey(spelling);
    if (!aliases.has(key)) aliases.set(key, code);
  };
  const claimCode: Claim = (code, target) => {
    if (code === null) return;
    claim(code, target);
    claim(`K-${code}`, target);
    // 301 for 0301, 3 for 03: spreadsheets drop a leading zero.
    if (code.startsWith('0') && code.length > 1) {
      claim(code.slice(1), target);
      claim(`K-${code.slice(1)}`, target);
    }
  };
  return { aliases, claim, claimCode };
}

function claimOrganisations(orgs: readonly Organisation[], claim: Claim, claimCode: Claim) {
  for (const org of orgs) {
    claimCode(org.code, org.code);
    claim(org.name, org.code);
    if (org.org_nr !== null) claim(org.org_nr, org.code);
  }
}

/** The spellings of a list of organisations alone: their codes and names (without a register). */
export function organisationAliases(orgs: readonly Organisation[]): Map<string, string> {
  const { aliases, claim, claimCode } = aliasClaims();
  claimOrganisations(orgs, claim, claimCode);
  return aliases;
}

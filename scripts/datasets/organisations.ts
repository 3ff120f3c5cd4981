import type { OrgType } from '../../src/domain/organisations';
import { type Cell, parseCsv, toCsv } from './csv';

/** One row of datasets/organisations.csv, before the schema turns empty cells into null. */
export interface OrgRow {
  code: string;
  name: string;
  type: OrgType;
  parent: string | null;
  county: string | null;
  go_live: string | null;
  go_live_assumed: boolean;
  org_nr: string | null;
}

const ORGANISATION_COLUMNS = [
  'code',
  'name',
  'type',
  'parent',
  'county',
  'go_live',
  'go_live_assumed',
  'org_nr',
] as const;

const RHF_CODE = 'HMN-RHF';
/** Org numbers as SKDE's hospital structure gives them (datasets/reference/health-organisations.csv). */
const RHF_ORG_NR = '983658776';

/**
 * The three health trusts. `catchmentName` is how SKDE's catchment table names them.
 * The public dates (docs/programme.md) give HMR and HNT to the day; for St. Olavs it gives only November 2022, so the
 * day (Saturday 12th, like the other go-lives) is an assumption.
 */
const HEALTH_TRUSTS = [
  {
    code: 'STO-HF',
    orgNr: '883974832',
    name: 'St. Olavs hospital HF',
    catchmentName: 'St. Olavs hospital HF',
    county: '50',
    goLive: '2022-11-12',
    assumed: true,
  },
  {
    code: 'HMR-HF',
    orgNr: '997005562',
    name: 'Helse Møre og Romsdal HF',
    catchmentName: 'Helse Møre og Romsdal HF',
    county: '15',
    goLive: '2024-04-27',
    assumed: false,
  },
  {
    code: 'HNT-HF',
    orgNr: '983974791',
    name: 'Helse Nord-Trøndelag HF',
    catchmentName: 'Helse Nord-Trøndelag HF',
    county: '50',
    goLive: '2024-11-09',
    assumed: false,
  },
] as const;

/**
 * Bindal (Nordland, in Helse Nord's hospital catchment) took the shared record through the
 * Namdalen region, so it is listed under Helse Nord-Trøndelag HF although SKDE's Midt-Norge
 * table does not include it.
 */
const EXTRA_MUNICIPALITIES = [{ code: '1811', name: 'Bindal', county: '18', parent: 'HNT-HF' }];

interface GoLiveGroup {
  group: string;
  /** ISO date, or null for "not yet live at the end of the demo period". */
  goLive: string | null;
  /** False only where the public dates (docs/programme.md) give the exact day. */
  assumed: boolean;
  codes: readonly string[];
}

/**
 * Go-live per municipality. Only Trondheim's date is public to the day. The public dates name the
 * first group (Verdal, February 2023) and Namdalen incl. Bindal (February 2025) by month; the
 * rest of each group, all the days (Saturdays, like the public go-lives) and the other groups
 * are ASSUMPTIONS of the demo data. The not-yet-live group gives a comparison group.
 */
const GO_LIVE_GROUPS: readonly GoLiveGroup[] = [
  { group: 'Trondheim kommune', goLive: '2022-05-07', assumed: false, codes: ['5001'] },
  {
    group: 'Første gruppe (Verdal m.fl.)',
    goLive: '2023-02-04',
    assumed: true,
    codes: ['5038', '5036', '5034', '5031', '5028', '5029', '5032', '5033', '5022'],
  },
  {
    group: 'Høsten 2023 (St. Olavs-området)',
    goLive: '2023-10-07',
    assumed: true,
    codes: ['5059', '5055', '5056', '5014', '5057', '5054', '5058', '5021', '5027', '5061'],
  },
  {
    group: 'Nordmøre og Romsdal, med Helse Møre og Romsdal',
    goLive: '2024-04-27',
    assumed: true,
    codes: ['1506', '1505', '1579', '1554', '1547', '1557', '1560', '1563', '1566', '1573', '1576'],
  },
  {
    group: 'Innherred og Værnes, med Helse Nord-Trøndelag',
    goLive: '2024-11-09',
    assumed: true,
    codes: ['5035', '5037', '5006', '5053', '5041'],
  },
  {
    group: 'Namdalen (inkl. Bindal)',
    goLive: '2025-02-01',
    assumed: true,
    codes: [
      '5007',
      '5045',
      '5046',
      '5042',
      '5043',
      '5044',
      '5047',
      '5049',
      '5060',
      '5052',
      '5020',
      '1811',
    ],
  },
  {
    group: 'Nordre Sunnmøre',
    goLive: '2025-04-05',
    assumed: true,
    codes: ['1508', '1531', '1532', '1535', '1539', '1580', '1578'],
  },
  {
    group: 'Ikke i drift ennå (sammenligningsgruppe)',
    goLive: null,
    assumed: true,
    codes: ['1511', '1514', '1515', '1516', '1517', '1520', '1577', '1525', '1528', '5025', '5026'],
  },
];

interface CatchmentRow {
  code: string;
  name: string;
  county: string;
  trustName: string;
}

/** Reads SKDE's catchment table (today's 65 municipalities of counties 15 and 50). */
export function readCatchment(csvText: string): CatchmentRow[] {
  return parseCsv(csvText).map((row) => ({
    code: required(row, 'kommunenummer'),
    name: required(row, 'kommunenavn'),
    county: required(row, 'fylkesnummer'),
    trustName: required(row, 'helseforetak'),
  }));
}

function required(row: Record<string, string>, column: string): string {
  const value = row[column]?.trim();
  if (!value) throw new Error(`catchment table: empty "${column}" in ${JSON.stringify(row)}`);
  return value;
}

/** Looks a municipality up in the go-live table; every municipality must be in exactly one group. */
function goLiveOf(code: string): GoLiveGroup {
  const groups = GO_LIVE_GROUPS.filter((group) => group.codes.includes(code));
  const [group] = groups;
  if (!group || groups.length > 1) {
    throw new Error(`municipality ${code} is in ${groups.length} go-live groups; expected 1`);
  }
  return group;
}

function trustCodeOf(trustName: string): string {
  const trust = HEALTH_TRUSTS.find((candidate) => candidate.catchmentName === trustName);
  if (!trust) throw new Error(`unknown health trust "${trustName}" in catchment table`);
  return trust.code;
}

/** The RHF, its three trusts and every municipality (sorted by code), with go-live dates. */
export function buildOrganisations(catchment: readonly CatchmentRow[]): OrgRow[] {
  const rhf: OrgRow = {
    code: RHF_CODE,
    name: 'Helse Midt-Norge RHF',
    type: 'rhf',
    parent: null,
    county: null,
    go_live: null,
    go_live_assumed: false,
    org_nr: RHF_ORG_NR,
  };
  const trusts: OrgRow[] = HEALTH_TRUSTS.map((trust) => ({
    code: trust.code,
    name: trust.name,
    type: 'health_trust',
    parent: RHF_CODE,
    county: trust.county,
    go_live: trust.goLive,
    go_live_assumed: trust.assumed,
    org_nr: trust.orgNr,
  }));
  const municipalities = [
    ...catchment.map((row) => ({ ...row, parent: trustCodeOf(row.trustName) })),
    ...EXTRA_MUNICIPALITIES,
  ]
    .map((row): OrgRow => {
      const group = goLiveOf(row.code);
      return {
        code: row.code,
        name: row.name,
        type: 'municipality',
        parent: row.parent,
        county: row.county,
        go_live: group.goLive,
        go_live_assumed: group.assumed,
        org_nr: null,
      };
    })
    .sort((a, b) => compareCodes(a.code, b.code));
  assertGroupsCovered(municipalities);
  return [rhf, ...trusts, ...municipalities];
}

/** A stale code in the go-live table would otherwise vanish silently. */
function assertGroupsCovered(municipalities: readonly OrgRow[]): void {
  const known = new Set(municipalities.map((org) => org.code));
  const stray = GO_LIVE_GROUPS.flatMap((group) => group.codes).filter((code) => !known.has(code));
  if (stray.length > 0) throw new Error(`go-live table lists unknown codes: ${stray.join(', ')}`);
}

/** Code-unit order, independent of the machine's locale (localeCompare is not). */
export function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function organisationsCsv(orgs: readonly OrgRow[]): string {
  const rows = orgs.map((org): Cell[] => [
    org.code,
    org.name,
    org.type,
    org.parent,
    org.county,
    org.go_live,
    String(org.go_live_assumed),
    org.org_nr,
  ]);
  return toCsv(ORGANISATION_COLUMNS, rows);
}

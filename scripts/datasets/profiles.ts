import type { OrgRow } from './organisations';
import { streamFor } from './random';

/**
 * What the observation model needs to know about an organisation. Everything here is an
 * ASSUMPTION of the demo data, listed in datasets/README.md.
 */
export interface OrgProfile {
  code: string;
  /** First month (index from 2019-01) the new record can affect; null = never in the data. */
  firstLiveMonth: number | null;
  population2024: number;
  /** 0 for the largest city, 1 for the smallest municipality: drives age mix and distances. */
  rurality: number;
  share67: number;
  share80: number;
  /** Health-trust volumes; null for municipalities. */
  trust: TrustProfile | null;
}

interface TrustProfile {
  dischargesAged67PerMonth: number;
  admissionsPerMonth: number;
  legacySystems: number;
  legacyCostPerMonth: number;
}

/** ASSUMED 2024 populations of the larger municipalities (rounded from public figures). */
const ASSUMED_POPULATION_2024: Readonly<Record<string, number>> = {
  '5001': 214_000, // Trondheim
  '1508': 67_000, // Ålesund (after the 2024 split)
  '1506': 33_000, // Molde
  '5035': 25_000, // Stjørdal
  '1505': 24_000, // Kristiansund
  '5006': 24_000, // Steinkjer
  '5037': 20_000, // Levanger
  '5059': 18_000, // Orkland
  '5028': 17_000, // Melhus
  '5007': 15_000, // Namsos
  '5031': 14_000, // Malvik
};

/** Smaller municipalities get a deterministic ASSUMED population, log-uniform in this range. */
const SMALL_POPULATION_RANGE = { min: 500, max: 12_000 } as const;

/** ASSUMED monthly volumes per health trust (order of magnitude only). */
const TRUST_PROFILES: Readonly<Record<string, TrustProfile>> = {
  'STO-HF': {
    dischargesAged67PerMonth: 2300,
    admissionsPerMonth: 5200,
    legacySystems: 14,
    legacyCostPerMonth: 5_200_000,
  },
  'HMR-HF': {
    dischargesAged67PerMonth: 1900,
    admissionsPerMonth: 4300,
    legacySystems: 12,
    legacyCostPerMonth: 4_100_000,
  },
  'HNT-HF': {
    dischargesAged67PerMonth: 850,
    admissionsPerMonth: 1900,
    legacySystems: 9,
    legacyCostPerMonth: 2_100_000,
  },
};

const FIRST_YEAR = 2019;
const LAST_YEAR = 2025;
export const MONTH_COUNT = (LAST_YEAR - FIRST_YEAR + 1) * 12;

/** `YYYY-MM` for a month index counted from 2019-01 (indices past 2025-12 are allowed). */
export function periodLabel(monthIndex: number): string {
  const year = FIRST_YEAR + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function yearOf(monthIndex: number): number {
  return FIRST_YEAR + Math.floor(monthIndex / 12);
}

/**
 * The first month a go-live can show in monthly data: its own month if it fell in the first
 * half, else the next (a go-live on the 27th leaves that month mostly "before").
 */
function firstLiveMonth(goLive: string | null): number | null {
  if (goLive === null) return null;
  const [year, month, day] = goLive.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new Error(`bad go-live date "${goLive}"`);
  }
  return (year - FIRST_YEAR) * 12 + (month - 1) + (day > 15 ? 1 : 0);
}

function populationOf(code: string): number {
  const known = ASSUMED_POPULATION_2024[code];
  if (known !== undefined) return known;
  const { min, max } = SMALL_POPULATION_RANGE;
  const u = streamFor('population', code)();
  return Math.round((min * (max / min) ** u) / 10) * 10;
}

const LARGEST = 214_000;

function ruralityOf(population: number): number {
  const { min } = SMALL_POPULATION_RANGE;
  const x = Math.log(LARGEST / population) / Math.log(LARGEST / min);
  return Math.min(1, Math.max(0, x));
}

/** Population in a given year: the cities grow a little, the smallest places shrink a little. */
export function populationIn(profile: OrgProfile, year: number): number {
  const growth = 0.008 * (1 - profile.rurality) - 0.004 * profile.rurality;
  return Math.round(profile.population2024 * (1 + growth) ** (year - 2024));
}

/**
 * Builds a profile per organisation that reports data. A trust's population is the sum of the
 * municipalities in its SKDE catchment (Bindal belongs to Helse Nord's hospitals and is left out).
 */
export function buildProfiles(
  orgs: readonly OrgRow[],
  catchmentCodes: ReadonlySet<string>,
): OrgProfile[] {
  const municipalities = orgs.filter((org) => org.type === 'municipality').map(municipalityProfile);
  const trusts = orgs
    .filter((org) => org.type === 'health_trust')
    .map((org) => {
      const members = orgs.filter((m) => m.parent === org.code && catchmentCodes.has(m.code));
      const population = members.reduce((sum, m) => sum + populationOf(m.code), 0);
      return trustProfile(org, population);
    });
  return [...trusts, ...municipalities];
}

function municipalityProfile(org: OrgRow): OrgProfile {
  const population2024 = populationOf(org.code);
  const rurality = ruralityOf(population2024);
  // Rural Norway is older: about 15 % aged 67+ in Trondheim, about 26 % in the smallest places.
  const share67 = 0.15 + 0.11 * rurality;
  return {
    code: org.code,
    firstLiveMonth: firstLiveMonth(org.go_live),
    population2024,
    rurality,
    share67,
    share80: share67 * 0.27,
    trust: null,
  };
}

function trustProfile(org: OrgRow, population2024: number): OrgProfile {
  const trust = TRUST_PROFILES[org.code];
  if (!trust) throw new Error(`no volume profile for health trust ${org.code}`);
  return {
    code: org.code,
    firstLiveMonth: firstLiveMonth(org.go_live),
    population2024,
    rurality: ruralityOf(population2024),
    share67: 0.18,
    share80: 0.05,
    trust,
  };
}

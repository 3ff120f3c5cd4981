import { type OrgProfile, populationIn, yearOf } from './profiles';
import { lognormalFactor, poisson, type Rng } from './random';

/**
 * How each indicator's demo series is drawn: level, seasonality, drift and the effect of
 * go-live. One table, so a reader can compare indicators at a glance. All values are ASSUMED
 * orders of magnitude from docs/programme.md («The demo indicators»), not measurements.
 */

interface Season {
  /** winter: peak in January, trough in July; holiday: dips in July (and a little in December). */
  shape: 'none' | 'winter' | 'holiday';
  amplitude: number;
}

/** Change after the organisation's go-live, in the "better" direction of the indicator. */
export interface GoLiveEffect {
  /** Relative improvement at full effect (0.2 = 20 % better). */
  improvement: number;
  rampMonths: number;
  /** Relative worsening right after go-live, fading out over dipMonths (0 = no dip). */
  dip: number;
  dipMonths: number;
}

/** What one month of an organisation looks like before the value is drawn. */
export interface MonthContext {
  profile: OrgProfile;
  monthIndex: number;
  rng: Rng;
}

type Draw =
  /** A share or rate of people/events: numerator ~ Binomial(denominator, p). */
  | { kind: 'binomial'; denominator: Denominator }
  /** A stock that moves slowly: numerator = round(denominator × p), no binomial noise. */
  | { kind: 'rounded'; denominator: Denominator }
  /** An amount per unit (NOK per inhabitant): numerator in whole kroner. */
  | { kind: 'amount'; denominator: Denominator }
  /** A mean over clinicians measured: value with one decimal, denominator = clinicians. */
  | { kind: 'mean'; clinicians: readonly [number, number] }
  /** A total (count or NOK): value only. */
  | { kind: 'total' };

type Denominator = (context: MonthContext) => number;

export interface SeriesModel {
  /** Level before go-live, in the indicator's unit, for this organisation. */
  base: (profile: OrgProfile) => number;
  /** Spread of organisations around the base (sd of a log factor). */
  orgSpread: number;
  /** Month-to-month variation beyond counting noise (sd of a log factor). */
  noise: number;
  season: Season;
  /** Drift independent of go-live, relative per year (national trends, prices). */
  trendPerYear: number;
  /** null = the indicator does not respond to go-live in the demo data. */
  goLive: GoLiveEffect | null;
  /** Upper bound of the level in the unit (a share cannot pass 100 %). */
  max: number;
  draw: Draw;
  /** Counts 1..(below-1) are suppressed at source with `:`, as SSB does for KOSTRA cells. */
  suppressAtSourceBelow: number;
}

const NO_SEASON: Season = { shape: 'none', amplitude: 0 };

/** Multiplier for calendar month 0–11. */
export function seasonFactor(season: Season, month: number): number {
  switch (season.shape) {
    case 'none':
      return 1;
    case 'winter':
      return 1 + season.amplitude * Math.cos((2 * Math.PI * month) / 12);
    case 'holiday': {
      const weights = [0, 0, 0, 0, 0, 0.4, 1, 0.5, 0, 0, 0, 0.3];
      return 1 - season.amplitude * (weights[month] ?? 0);
    }
  }
}

/** Linear blend between the largest city and the smallest municipality. */
const byRurality =
  (city: number, rural: number) =>
  (profile: OrgProfile): number =>
    city + (rural - city) * profile.rurality;

const constant = (value: number) => (): number => value;

function trust(profile: OrgProfile) {
  if (!profile.trust) throw new Error(`${profile.code} is not a health trust`);
  return profile.trust;
}

/** Hospital volumes: more admissions in winter, fewer in the July holidays. */
const hospitalVolume =
  (pick: (profile: OrgProfile) => number): Denominator =>
  ({ profile, monthIndex, rng }) => {
    const month = monthIndex % 12;
    const seasonal =
      seasonFactor({ shape: 'winter', amplitude: 0.06 }, month) *
      seasonFactor({ shape: 'holiday', amplitude: 0.12 }, month);
    return Math.max(1, poisson(rng, pick(profile) * seasonal));
  };

/** A share of the population in the month's year (residents are counted once a year). */
const populationShare =
  (share: (profile: OrgProfile) => number): Denominator =>
  ({ profile, monthIndex }) =>
    Math.max(1, Math.round(populationIn(profile, yearOf(monthIndex)) * share(profile)));

const DENOMINATORS = {
  discharges67: hospitalVolume((p) => trust(p).dischargesAged67PerMonth),
  admissions: hospitalVolume((p) => trust(p).admissionsPerMonth),
  population: populationShare(() => 1),
  aged16Plus: populationShare(() => 0.8),
  aged67Plus: populationShare((p) => p.share67),
  aged80Plus: populationShare((p) => p.share80),
  /** About one PLO message per 90 inhabitants a month, fewer in the holidays. */
  ploMessages: ({ profile, monthIndex, rng }) =>
    Math.max(
      1,
      poisson(
        rng,
        (populationIn(profile, yearOf(monthIndex)) / 90) *
          seasonFactor({ shape: 'holiday', amplitude: 0.2 }, monthIndex % 12),
      ),
    ),
  /** Home-care recipients with a medication list: 1.8 % (city) to 2.6 % (rural), a slow stock. */
  homeCareUsers: ({ profile, monthIndex, rng }) =>
    Math.max(
      1,
      Math.round(
        populationIn(profile, yearOf(monthIndex)) *
          (0.018 + 0.008 * profile.rurality) *
          lognormalFactor(rng, 0.02),
      ),
    ),
  /** A municipality's monthly benefit report has 24 indicators. */
  reportIndicators: () => 24,
} satisfies Record<string, Denominator>;

const SERIES_MODELS: Readonly<Record<string, SeriesModel>> = {
  reinnleggelse_30d_67: {
    base: constant(16),
    orgSpread: 0.05,
    noise: 0.03,
    season: { shape: 'winter', amplitude: 0.05 },
    trendPerYear: -0.005,
    goLive: { improvement: 0.08, rampMonths: 18, dip: 0.06, dipMonths: 3 },
    max: 100,
    draw: { kind: 'binomial', denominator: DENOMINATORS.discharges67 },
    suppressAtSourceBelow: 0,
  },
  utskrivningsklare_liggedogn: {
    base: constant(2.1),
    orgSpread: 0.25,
    noise: 0.1,
    season: { shape: 'winter', amplitude: 0.15 },
    trendPerYear: 0,
    goLive: { improvement: 0.25, rampMonths: 12, dip: 0.3, dipMonths: 3 },
    max: 1000,
    draw: { kind: 'binomial', denominator: DENOMINATORS.population },
    suppressAtSourceBelow: 0,
  },
  pasientportal_andel: {
    base: byRurality(24, 17),
    orgSpread: 0.1,
    noise: 0.03,
    season: { shape: 'holiday', amplitude: 0.08 },
    trendPerYear: 0.05,
    goLive: { improvement: 0.3, rampMonths: 9, dip: 0, dipMonths: 0 },
    max: 90,
    draw: { kind: 'binomial', denominator: DENOMINATORS.aged16Plus },
    suppressAtSourceBelow: 0,
  },
  styringsindikatorer_automatisk: {
    base: constant(25),
    orgSpread: 0.15,
    noise: 0.04,
    season: NO_SEASON,
    trendPerYear: 0.03,
    goLive: { improvement: 1.5, rampMonths: 12, dip: 0, dipMonths: 0 },
    max: 92,
    draw: { kind: 'rounded', denominator: DENOMINATORS.reportIndicators },
    suppressAtSourceBelow: 0,
  },
  minutter_leting_journal: {
    base: constant(38),
    orgSpread: 0.08,
    noise: 0.06,
    season: NO_SEASON,
    trendPerYear: 0,
    goLive: { improvement: 0.25, rampMonths: 12, dip: 0.3, dipMonths: 3 },
    max: 480,
    draw: { kind: 'mean', clinicians: [25, 80] },
    suppressAtSourceBelow: 0,
  },
  plo_meldinger_frist: {
    base: byRurality(78, 74),
    orgSpread: 0.05,
    noise: 0.02,
    season: { shape: 'holiday', amplitude: 0.05 },
    trendPerYear: 0.005,
    goLive: { improvement: 0.1, rampMonths: 12, dip: 0.12, dipMonths: 3 },
    max: 97,
    draw: { kind: 'binomial', denominator: DENOMINATORS.ploMessages },
    suppressAtSourceBelow: 0,
  },
  samstemming_innleggelse: {
    base: constant(55),
    orgSpread: 0.1,
    noise: 0.04,
    season: { shape: 'holiday', amplitude: 0.06 },
    trendPerYear: 0.01,
    goLive: { improvement: 0.45, rampMonths: 12, dip: 0.15, dipMonths: 3 },
    max: 98,
    draw: { kind: 'binomial', denominator: DENOMINATORS.admissions },
    suppressAtSourceBelow: 0,
  },
  minutter_samstemming: {
    base: constant(21),
    orgSpread: 0.1,
    noise: 0.07,
    season: NO_SEASON,
    trendPerYear: 0,
    goLive: { improvement: 0.35, rampMonths: 12, dip: 0.4, dipMonths: 3 },
    max: 240,
    draw: { kind: 'mean', clinicians: [15, 50] },
    suppressAtSourceBelow: 0,
  },
  legemiddelgjennomgang_hjemmetjeneste: {
    base: byRurality(42, 36),
    orgSpread: 0.15,
    noise: 0.04,
    season: NO_SEASON,
    trendPerYear: 0.02,
    goLive: { improvement: 0.35, rampMonths: 18, dip: 0.1, dipMonths: 2 },
    max: 95,
    draw: { kind: 'binomial', denominator: DENOMINATORS.homeCareUsers },
    suppressAtSourceBelow: 0,
  },
  acsc_innleggelser_67: {
    base: byRurality(3, 3.6),
    orgSpread: 0.12,
    noise: 0.06,
    season: { shape: 'winter', amplitude: 0.22 },
    trendPerYear: -0.01,
    goLive: { improvement: 0.1, rampMonths: 24, dip: 0.05, dipMonths: 3 },
    max: 1000,
    draw: { kind: 'binomial', denominator: DENOMINATORS.aged67Plus },
    suppressAtSourceBelow: 0,
  },
  // No go-live effect: travel follows distance and prices, not the record (yet).
  pasientreiser_kostnad: {
    base: byRurality(22, 95),
    orgSpread: 0.15,
    noise: 0.06,
    season: { shape: 'holiday', amplitude: 0.25 },
    trendPerYear: 0.03,
    goLive: null,
    max: 100_000,
    draw: { kind: 'amount', denominator: DENOMINATORS.population },
    suppressAtSourceBelow: 0,
  },
  eldre_journalsystemer_antall: {
    base: (p) => trust(p).legacySystems,
    orgSpread: 0,
    noise: 0,
    season: NO_SEASON,
    trendPerYear: 0,
    goLive: { improvement: 0.8, rampMonths: 24, dip: 0, dipMonths: 0 },
    max: 1000,
    draw: { kind: 'total' },
    suppressAtSourceBelow: 0,
  },
  eldre_journalsystemer_kostnad: {
    base: (p) => trust(p).legacyCostPerMonth,
    orgSpread: 0,
    noise: 0.04,
    season: NO_SEASON,
    trendPerYear: 0.03,
    goLive: { improvement: 0.75, rampMonths: 24, dip: 0, dipMonths: 0 },
    max: 1e9,
    draw: { kind: 'total' },
    suppressAtSourceBelow: 0,
  },
  // No go-live effect: institutional capacity changes over years, not with a record system.
  institusjon_80pluss: {
    base: byRurality(9.5, 13),
    orgSpread: 0.15,
    noise: 0.03,
    season: NO_SEASON,
    trendPerYear: -0.02,
    goLive: null,
    max: 100,
    draw: { kind: 'binomial', denominator: DENOMINATORS.aged80Plus },
    suppressAtSourceBelow: 3,
  },
  velferdsteknologi_67: {
    base: byRurality(65, 85),
    orgSpread: 0.2,
    noise: 0.02,
    season: NO_SEASON,
    trendPerYear: 0.06,
    goLive: { improvement: 0.15, rampMonths: 12, dip: 0, dipMonths: 0 },
    max: 400,
    draw: { kind: 'rounded', denominator: DENOMINATORS.aged67Plus },
    suppressAtSourceBelow: 0,
  },
};

/** The model of an indicator; throws if the table lacks one, so none is silently skipped. */
export function seriesModel(indicatorId: string): SeriesModel {
  const model = SERIES_MODELS[indicatorId];
  if (!model) throw new Error(`no series model for indicator "${indicatorId}"`);
  return model;
}

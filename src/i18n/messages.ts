import type { Area, Unit } from '../domain/catalogue';
import { datasetsMessages } from './datasets';
import { exportMessages } from './export';
import { indicatorPageMessages } from './indicator-page';
import { organisationMessages } from './organisation';
import { registerMessages } from './register';
import { sqlMessages } from './sql';
import { uncataloguedMessages } from './uncatalogued';
import { uploadMessages } from './upload';

export type Locale = 'nb' | 'en';

const nb = {
  appTitle: 'Gevinstmonitor',
  tagline: 'Gevinstrealisering for Helseplattformen i Midt-Norge',
  syntheticNotice: 'Syntetiske demodata – ikke reelle målinger.',
  nav: {
    label: 'Hovedmeny',
    overview: 'Oversikt',
    organisations: 'Organisasjoner',
    register: 'Gevinstregister',
    data: 'Data',
    sql: 'SQL',
  },
  url: {
    rejected: (keys: string[]) =>
      `Lenken hadde ${keys.length === 1 ? 'en ugyldig verdi' : 'ugyldige verdier'} (${keys.join(', ')}), som er erstattet med standardvalget.`,
    unknownPage: 'Lenken peker på en side som ikke finnes. Her er oversikten i stedet.',
    toOverview: 'Gå til oversikten',
    copyLink: 'Kopier lenke',
    copied: 'Lenken er kopiert.',
    copyManually: 'Kopier lenken:',
  },
  periodLegend: 'Periode',
  periodFrom: 'Fra måned',
  periodTo: 'Til måned',
  export: exportMessages.nb,
  indicatorPage: indicatorPageMessages.nb,
  organisationPage: organisationMessages.nb,
  registerPage: registerMessages.nb,
  uncatalogued: uncataloguedMessages.nb,
  switchLanguage: 'English',
  switchLanguageLang: 'en',
  dbStarting: 'Starter databasen i nettleseren …',
  dbLoadingDemo: (done: number, total: number) =>
    total > 1 ? `Laster data (${done + 1} av ${total}) …` : 'Laster data …',
  dbFailed: 'Databasen kunne ikke startes:',
  dbTimedOut:
    'Databasen startet ikke innen 30 sekunder. Last inn siden på nytt. Skjer det igjen, serverer trolig nettstedet .wasm-filene med feil type: de må sendes som application/wasm (se docs/shared-builds.md, «Hosting a build»).',
  pageLoading: 'Henter siden …',
  pageFailed:
    'Siden kunne ikke vises. Last inn siden på nytt; hjelper ikke det, kan en nyere utgave av dashbordet være lagt ut.',
  scorecard: {
    heading: 'Gevinstoversikt',
    caption: (scope: string) =>
      `Indikatorer for ${scope}: utgangspunkt, nå (siste 3 måneder) og SPC`,
    columns: [
      'Indikator',
      'Utgangspunkt',
      'Nå',
      'Endring',
      'Fremdrift mot mål',
      'Variasjon (SPC)',
      'Måloppnåelse',
      'Siste 24 måneder',
    ],
    noData: 'Ingen tall i dette utvalget.',
    metAtBaseline: 'Nådd før oppstart',
    members: (n: number) => (n === 1 ? '1 organisasjon' : `${n} organisasjoner`),
  },
  scope: {
    label: 'Utvalg',
    groups: 'Samlet',
    organisationsOf: (trust: string) => `Én organisasjon – ${trust} og kommunene`,
    region: 'Hele regionen',
    catchment: (trust: string) => `Opptaksområdet til ${trust}`,
    live: 'Organisasjoner som har tatt i bruk Helseplattformen',
    notLive: 'Organisasjoner som ikke har tatt den i bruk ennå',
    nation: 'Hele landet',
    national: 'Hele landet og de regionale helseforetakene',
    counties: 'Fylker',
    catchments: 'Opptaksområder i resten av landet',
    municipalRegions: 'Kommuneregioner i programmet',
    municipalRegion: (name: string) => `Kommuneregionen ${name}`,
  },
  status: { improved: 'Bedre', worsened: 'Dårligere', unchanged: 'Uendret', unknown: 'Ukjent' },
  spc: {
    notEnough: 'For få målinger',
    variation: {
      common_cause: 'Vanlig variasjon',
      improvement_high: 'Forbedring (høy)',
      improvement_low: 'Forbedring (lav)',
      concern_high: 'Bekymring (høy)',
      concern_low: 'Bekymring (lav)',
      neutral_high: 'Særskilt variasjon (høy)',
      neutral_low: 'Særskilt variasjon (lav)',
    },
    assurance: {
      consistently_passes: 'Når målet jevnt',
      consistently_fails: 'Når ikke målet slik det går nå',
      hit_and_miss: 'Kan nå målet, men ikke sikkert',
    },
    assuranceChanging: 'usikkert: prosessen endrer seg',
  },
  indicatorLabel: 'Indikator',
  organisationsLegend: 'Organisasjoner',
  organisationsFilter: 'Filtrer organisasjoner',
  organisationsSelected: (n: number) => `${n} valgt`,
  clearSelection: 'Fjern valg',
  noOrganisations: 'Velg minst én organisasjon for å se tallene.',
  combinedNote: (n: number) =>
    n > 1 ? `Summert over ${n} organisasjoner (rater som Σteller / Σnevner).` : '',
  area: { kvalitet: 'Kvalitet', effektivitet: 'Effektivitet', okonomi: 'Økonomi' } satisfies Record<
    Area,
    string
  >,
  direction: 'Retning',
  directionHigher: 'Høyere er bedre',
  directionLower: 'Lavere er bedre',
  baseline: 'Utgangspunkt',
  baselineNone: 'Ingen målinger i utgangsperioden',
  baselineExplained: (points: number) => `snitt av ${points} målinger før oppstart`,
  target: 'Mål',
  targetBy: (date: string) => `innen ${date}`,
  goLive: 'Oppstart',
  value: 'Verdi',
  period: 'Periode',
  numerator: 'Teller',
  denominator: 'Nevner',
  reporting: 'Organisasjoner med tall',
  flagged: 'Celler med statuskode',
  grain: {
    /** A quarter or year row as the tables write it: «2018 K4 (kvartal)», «2018 (år)». */
    period: (period: string, grain: 'quarter' | 'year') =>
      grain === 'year'
        ? `${period.slice(0, 4)} (år)`
        : `${period.slice(0, 4)} K${period.slice(-1)} (kvartal)`,
    /** What the chart's line is, when the series is not months alone. */
    chartQuarter: 'Verdi per kvartal, tegnet ved kvartalets første måned',
    chartYear: 'Verdi per år, tegnet ved januar',
    coarserNote:
      'Kvartals- og årsrader er ikke tegnet og ikke lagt til månedene; de står i tabellen, merket (kvartal) eller (år).',
  },
  suppressed: {
    cell: 'Skjult',
    note: 'Skjult: tall under indikatorens minstegrense, eller prikket (:) i kilden, vises ikke, slik at ingen kan kjennes igjen. Summer og rater regnes bare av tallene som vises.',
  },
  chartDescription: (name: string, orgs: string) => `Linjediagram: ${name} for ${orgs} per måned.`,
  tableCaption: 'Tallene bak diagrammet',
  noData: 'Ingen observasjoner for dette valget.',
  ...uploadMessages.nb,
  datasets: datasetsMessages.nb,
  sql: sqlMessages.nb,
  units: {
    percent: '%',
    per_1000: 'per 1 000',
    minutes: 'minutter',
    nok: 'kr',
    count: 'antall',
    days: 'dager',
  } satisfies Record<Unit, string>,
};

export type Messages = typeof nb;

const en: Messages = {
  appTitle: 'Gevinstmonitor',
  tagline: 'Benefits realisation for the Helseplattformen programme, Central Norway',
  syntheticNotice: 'Synthetic demo data – not real measurements.',
  nav: {
    label: 'Main menu',
    overview: 'Overview',
    organisations: 'Organisations',
    register: 'Benefit register',
    data: 'Data',
    sql: 'SQL',
  },
  url: {
    rejected: (keys) =>
      `The link had ${keys.length === 1 ? 'an invalid value' : 'invalid values'} (${keys.join(', ')}), replaced by the default.`,
    unknownPage: 'The link points to a page that does not exist. Here is the overview instead.',
    toOverview: 'Go to the overview',
    copyLink: 'Copy link',
    copied: 'The link is copied.',
    copyManually: 'Copy the link:',
  },
  periodLegend: 'Period',
  periodFrom: 'From month',
  periodTo: 'To month',
  export: exportMessages.en,
  indicatorPage: indicatorPageMessages.en,
  organisationPage: organisationMessages.en,
  registerPage: registerMessages.en,
  uncatalogued: uncataloguedMessages.en,
  switchLanguage: 'Norsk',
  switchLanguageLang: 'nb',
  dbStarting: 'Starting the in-browser database …',
  dbLoadingDemo: (done, total) =>
    total > 1 ? `Loading data (${done + 1} of ${total}) …` : 'Loading data …',
  dbFailed: 'The database could not start:',
  dbTimedOut:
    'The database did not start within 30 seconds. Reload the page. If it happens again, the site probably serves the .wasm files with the wrong type: they must be sent as application/wasm (see docs/shared-builds.md, “Hosting a build”).',
  pageLoading: 'Loading the page …',
  pageFailed:
    'The page could not be shown. Reload the page; if that does not help, a newer version of the dashboard may have been published.',
  scorecard: {
    heading: 'Benefits overview',
    caption: (scope) => `Indicators for ${scope}: baseline, now (latest 3 months) and SPC`,
    columns: [
      'Indicator',
      'Baseline',
      'Now',
      'Change',
      'Progress to target',
      'Variation (SPC)',
      'Target assurance',
      'Last 24 months',
    ],
    noData: 'No numbers in this scope.',
    metAtBaseline: 'Met before go-live',
    members: (n) => (n === 1 ? '1 organisation' : `${n} organisations`),
  },
  scope: {
    label: 'Scope',
    groups: 'Combined',
    organisationsOf: (trust: string) => `One organisation – ${trust} and its municipalities`,
    region: 'The whole region',
    catchment: (trust) => `The catchment of ${trust}`,
    live: 'Organisations live on Helseplattformen',
    notLive: 'Organisations not yet live',
    nation: 'The whole country',
    national: 'The whole country and the regional health authorities',
    counties: 'Counties',
    catchments: 'Catchments in the rest of the country',
    municipalRegions: "The programme's municipal regions",
    municipalRegion: (name) => `The municipal region ${name}`,
  },
  status: { improved: 'Better', worsened: 'Worse', unchanged: 'Unchanged', unknown: 'Unknown' },
  spc: {
    notEnough: 'Too few points',
    variation: {
      common_cause: 'Common cause variation',
      improvement_high: 'Improvement (high)',
      improvement_low: 'Improvement (low)',
      concern_high: 'Concern (high)',
      concern_low: 'Concern (low)',
      neutral_high: 'Special cause (high)',
      neutral_low: 'Special cause (low)',
    },
    assurance: {
      consistently_passes: 'Consistently meets the target',
      consistently_fails: 'Will not meet the target as things are',
      hit_and_miss: 'May or may not meet the target',
    },
    assuranceChanging: 'uncertain: the process is changing',
  },
  indicatorLabel: 'Indicator',
  organisationsLegend: 'Organisations',
  organisationsFilter: 'Filter organisations',
  organisationsSelected: (n) => `${n} selected`,
  clearSelection: 'Clear selection',
  noOrganisations: 'Choose at least one organisation to see the numbers.',
  combinedNote: (n) =>
    n > 1 ? `Combined over ${n} organisations (rates as Σnumerator / Σdenominator).` : '',
  area: { kvalitet: 'Quality', effektivitet: 'Efficiency', okonomi: 'Economy' },
  direction: 'Direction',
  directionHigher: 'Higher is better',
  directionLower: 'Lower is better',
  baseline: 'Baseline',
  baselineNone: 'No observations in the baseline window',
  baselineExplained: (points) => `mean of ${points} observations before go-live`,
  target: 'Target',
  targetBy: (date) => `by ${date}`,
  goLive: 'Go-live',
  value: 'Value',
  period: 'Period',
  numerator: 'Numerator',
  denominator: 'Denominator',
  reporting: 'Organisations reporting',
  flagged: 'Cells with a status code',
  grain: {
    period: (period, grain) =>
      grain === 'year'
        ? `${period.slice(0, 4)} (year)`
        : `${period.slice(0, 4)} Q${period.slice(-1)} (quarter)`,
    chartQuarter: 'Value per quarter, drawn at the quarter’s first month',
    chartYear: 'Value per year, drawn at January',
    coarserNote:
      'Quarter and year rows are not drawn and not added to the months; they are in the table, marked (quarter) or (year).',
  },
  suppressed: {
    cell: 'Hidden',
    note: 'Hidden: counts below the indicator’s minimum, or suppressed (:) in the source, are not shown, so no one can be recognised. Totals and rates are computed from the numbers shown only.',
  },
  chartDescription: (name, orgs) => `Line chart: ${name} for ${orgs} by month.`,
  tableCaption: 'The numbers behind the chart',
  noData: 'No observations for this selection.',
  ...uploadMessages.en,
  datasets: datasetsMessages.en,
  sql: sqlMessages.en,
  units: {
    percent: '%',
    per_1000: 'per 1,000',
    minutes: 'minutes',
    nok: 'NOK',
    count: 'count',
    days: 'days',
  },
};

export const MESSAGES: Record<Locale, Messages> = { nb, en };

import type { BenefitStatus, BenefitType } from '../domain/catalogue';

/** Texts of the register (bokmål first; English has the same shape). */
const nb = {
  intro:
    'Gevinstkartet viser hvert effektmål, gevinstene under det og indikatorene som måler dem, med gevinsteiere, datoer og status. Velg en gevinst for å se hvor mange kroner som er realisert mot planen.',
  benefitLabel: 'Gevinst',
  unknownBenefit: (id: string, name: string) =>
    `Lenken viste til gevinsten «${id}», som ikke finnes i registeret. Viser «${name}» i stedet.`,
  realisationHeading: (name: string) => `Realisert i kroner: ${name}`,
  nothingInNok: {
    unpriced:
      'Denne gevinsten er ikke prissatt, så det er ingenting å realisere i kroner. Den følges opp med indikatorene i gevinstkartet nedenfor.',
    noPricedIndicator: (type: string) =>
      `Gevinsten er av typen «${type}», men ingen av indikatorene har en kronesats ennå, så det er ingenting å realisere i kroner. Den følges opp med indikatorene i gevinstkartet nedenfor.`,
  },
  computing: 'Regner ut realisert gevinst …',
  failed: 'Gevinsten kunne ikke regnes ut:',
  failedHelp:
    'Last inn siden på nytt. Hjelper ikke det, kan du slette lokale data på Data-siden og begynne på nytt med demodataene.',
  toData: 'Gå til Data-siden',
  empty: {
    noMembers:
      'Ingen organisasjoner i dette utvalget har tall for indikatorene som gir kroner for denne gevinsten. Velg et annet utvalg, eller last opp tall på Data-siden.',
    noneLive:
      'Ingen av organisasjonene i utvalget har tatt i bruk Helseplattformen ennå. Gevinst telles fra oppstartsmåneden, så det er ingenting å vise her. Velg et annet utvalg.',
    noData:
      'Det finnes ingen tall for disse indikatorene etter oppstart i utvalget. Last opp tall på Data-siden, eller velg et annet utvalg.',
  },
  realisedTo: (month: string) => `Realisert til og med ${month}`,
  plannedTo: (month: string) => `Plan til og med ${month}`,
  deviation: 'Avvik fra plan',
  ahead: (amount: string) => `${amount} foran planen`,
  behind: (amount: string) => `${amount} bak planen`,
  onPlan: 'Som planlagt',
  notPlannedYet: 'Planen starter senere',
  planAtEnd: 'Plan ved full realisering',
  planAtEndValue: (amount: string, month: string) => `${amount} innen ${month}`,
  status: 'Status',
  planScopeNote:
    'Planen gjelder alle organisasjonene samlet, så den vises bare for hele regionen og for alle som har tatt i bruk Helseplattformen. Velg et av dem i «Utvalg» for å se realisert mot plan.',
  noPlan: 'Gevinsten har ingen plan i kroner, så bare det realiserte vises.',
  figcaption: (name: string, scope: string) => `Realisert mot plan, kumulativt – ${name}, ${scope}`,
  figcaptionRealised: (name: string, scope: string) => `Realisert, kumulativt – ${name}, ${scope}`,
  chartDescription:
    'Linjediagram: realiserte kroner summert måned for måned fra første oppstart, mot den kumulative planen. De samme tallene står per år i tabellen under.',
  chartDescriptionRealised:
    'Linjediagram: realiserte kroner summert måned for måned fra første oppstart. De samme tallene står per år i tabellen under.',
  realisedLine: 'Realisert, kumulativt',
  planLine: 'Plan, kumulativt',
  solidLine: 'heltrukken linje',
  dashedLine: 'stiplet linje',
  legend: 'Forklaring til diagrammet',
  method:
    'Realisert = forbedring fra utgangspunktet × volum × kronesats, fra hver organisasjons oppstartsmåned. En dårligere måned teller negativt, og måneder uten tall teller null.',
  byYearHeading: 'Per år',
  yearCaption: (name: string, scope: string) =>
    `Realisert og planlagt per år, i kroner – ${name}, ${scope}`,
  yearCaptionRealised: (name: string, scope: string) =>
    `Realisert per år, i kroner – ${name}, ${scope}`,
  yearColumns: {
    year: 'År',
    through: 'Til og med',
    realised: 'Realisert i året',
    cumulative: 'Realisert, kumulativt',
    planned: 'Plan, kumulativt',
    deviation: 'Avvik fra plan',
  },
  byOrganisationHeading: 'Per organisasjon',
  organisationCaption: (name: string, scope: string, month: string) =>
    `Realisert per organisasjon til og med ${month}, rangert – ${name}, ${scope}`,
  organisationColumns: {
    rank: 'Plass',
    organisation: 'Organisasjon',
    goLive: 'Oppstart',
    owner: 'Gevinsteier',
    months: 'Måneder med tall',
    cumulative: 'Realisert, kumulativt',
  },
  showAll: (n: number) => `Vis alle ${n} organisasjonene`,
  showFewer: (n: number) => `Vis bare de ${n} første`,
  mapHeading: 'Gevinstkart',
  mapIntro:
    'Effektmål (område) → gevinst → indikator. Hver indikator lenker til sin egen side med utvikling over tid.',
  types: {
    budget_releasing: 'Uttaksgevinst (frigjør budsjett)',
    freed_capacity: 'Frigjort kapasitet',
    priced_for_others: 'Prissatt gevinst for andre',
    unpriced: 'Ikke prissatt',
  } satisfies Record<BenefitType, string>,
  statuses: {
    planned: 'Planlagt',
    in_progress: 'Under realisering',
    realised: 'Realisert',
    not_realised: 'Ikke realisert',
  } satisfies Record<BenefitStatus, string>,
  type: 'Type',
  plannedDate: 'Fullt realisert innen',
  notSet: 'Ikke satt',
  owners: 'Gevinsteiere',
  noOwners: 'Ingen gevinsteier er registrert.',
  plan: 'Plan i kroner (kumulativt, alle organisasjoner)',
  planPoint: (amount: string, month: string) => `${amount} innen ${month}`,
  disbenefit: 'Negativ virkning (ulempe), følges opp som en gevinst',
  showInNok: (name: string) => `Vis realiserte kroner for ${name}`,
  shownAbove: 'Vises i kroner over',
  indicatorsCaption: (name: string) => `Indikatorer for ${name}`,
  noIndicators: 'Ingen indikatorer er registrert for denne gevinsten ennå.',
  indicatorColumns: {
    indicator: 'Indikator',
    unit: 'Enhet',
    direction: 'Retning',
    baseline: 'Utgangspunkt',
    target: 'Mål',
    owner: 'Ansvarlig for målingen',
    price: 'Kronesats',
  },
  baselineRule: {
    beforeGoLive: (months: number) => `${months} måneder før oppstart`,
    fixed: (from: string, to: string) => `${from}–${to}`,
    value: (value: string) => `Fast verdi: ${value}`,
  },
  pricePerUnit: (amount: string) => `${amount} per enhet`,
  notPriced: 'Ikke prissatt',
};

const en: typeof nb = {
  intro:
    'The benefit map shows each effect goal, the benefits under it and the indicators that measure them, with benefit owners, dates and status. Choose a benefit to see how many kroner have been realised against the plan.',
  benefitLabel: 'Benefit',
  unknownBenefit: (id, name) =>
    `The link named the benefit "${id}", which is not in the register. Showing "${name}" instead.`,
  realisationHeading: (name) => `Realised in NOK: ${name}`,
  nothingInNok: {
    unpriced:
      'This benefit is not priced, so there is nothing to realise in NOK. It is followed up with the indicators in the benefit map below.',
    noPricedIndicator: (type) =>
      `The benefit is of the type "${type}", but none of its indicators has a NOK value yet, so there is nothing to realise in NOK. It is followed up with the indicators in the benefit map below.`,
  },
  computing: 'Computing the realised benefit …',
  failed: 'The benefit could not be computed:',
  failedHelp:
    'Reload the page. If that does not help, delete the local data on the Data page and start again from the demo data.',
  toData: 'Go to the Data page',
  empty: {
    noMembers:
      'No organisation in this scope has numbers for the indicators that give this benefit in NOK. Choose another scope, or upload numbers on the Data page.',
    noneLive:
      'None of the organisations in this scope is live on Helseplattformen yet. Benefits count from the go-live month, so there is nothing to show here. Choose another scope.',
    noData:
      'There are no numbers for these indicators after go-live in this scope. Upload numbers on the Data page, or choose another scope.',
  },
  realisedTo: (month) => `Realised to ${month}`,
  plannedTo: (month) => `Plan to ${month}`,
  deviation: 'Deviation from plan',
  ahead: (amount) => `${amount} ahead of plan`,
  behind: (amount) => `${amount} behind plan`,
  onPlan: 'On plan',
  notPlannedYet: 'The plan starts later',
  planAtEnd: 'Plan at full realisation',
  planAtEndValue: (amount, month) => `${amount} by ${month}`,
  status: 'Status',
  planScopeNote:
    'The plan covers all the organisations together, so it is shown only for the whole region and for all organisations live on Helseplattformen. Choose one of those under "Scope" to see realised against plan.',
  noPlan: 'The benefit has no NOK plan, so only what was realised is shown.',
  figcaption: (name, scope) => `Realised against plan, cumulative – ${name}, ${scope}`,
  figcaptionRealised: (name, scope) => `Realised, cumulative – ${name}, ${scope}`,
  chartDescription:
    'Line chart: realised NOK added up month by month from the first go-live, against the cumulative plan. The same numbers are in the table below, by year.',
  chartDescriptionRealised:
    'Line chart: realised NOK added up month by month from the first go-live. The same numbers are in the table below, by year.',
  realisedLine: 'Realised, cumulative',
  planLine: 'Plan, cumulative',
  solidLine: 'solid line',
  dashedLine: 'dashed line',
  legend: 'Chart legend',
  method:
    'Realised = improvement on the baseline × volume × NOK value, from each organisation’s go-live month. A worse month counts negative, and months without numbers count zero.',
  byYearHeading: 'By year',
  yearCaption: (name, scope) => `Realised and planned by year, in NOK – ${name}, ${scope}`,
  yearCaptionRealised: (name, scope) => `Realised by year, in NOK – ${name}, ${scope}`,
  yearColumns: {
    year: 'Year',
    through: 'Through',
    realised: 'Realised in the year',
    cumulative: 'Realised, cumulative',
    planned: 'Plan, cumulative',
    deviation: 'Deviation from plan',
  },
  byOrganisationHeading: 'By organisation',
  organisationCaption: (name, scope, month) =>
    `Realised by organisation to ${month}, ranked – ${name}, ${scope}`,
  organisationColumns: {
    rank: 'Rank',
    organisation: 'Organisation',
    goLive: 'Go-live',
    owner: 'Benefit owner',
    months: 'Months with numbers',
    cumulative: 'Realised, cumulative',
  },
  showAll: (n) => `Show all ${n} organisations`,
  showFewer: (n) => `Show only the first ${n}`,
  mapHeading: 'Benefit map',
  mapIntro:
    'Effect goal (area) → benefit → indicator. Each indicator links to its own page with its development over time.',
  types: {
    budget_releasing: 'Budget-releasing',
    freed_capacity: 'Freed capacity',
    priced_for_others: 'Priced benefit for others',
    unpriced: 'Not priced',
  },
  statuses: {
    planned: 'Planned',
    in_progress: 'Being realised',
    realised: 'Realised',
    not_realised: 'Not realised',
  },
  type: 'Type',
  plannedDate: 'Fully realised by',
  notSet: 'Not set',
  owners: 'Benefit owners',
  noOwners: 'No benefit owner is registered.',
  plan: 'NOK plan (cumulative, all organisations)',
  planPoint: (amount, month) => `${amount} by ${month}`,
  disbenefit: 'A disbenefit, followed up like a benefit',
  showInNok: (name) => `Show realised NOK for ${name}`,
  shownAbove: 'Shown in NOK above',
  indicatorsCaption: (name) => `Indicators for ${name}`,
  noIndicators: 'No indicators are registered for this benefit yet.',
  indicatorColumns: {
    indicator: 'Indicator',
    unit: 'Unit',
    direction: 'Direction',
    baseline: 'Baseline',
    target: 'Target',
    owner: 'Responsible for the measurement',
    price: 'NOK value',
  },
  baselineRule: {
    beforeGoLive: (months) => `${months} months before go-live`,
    fixed: (from, to) => `${from}–${to}`,
    value: (value) => `Fixed value: ${value}`,
  },
  pricePerUnit: (amount) => `${amount} per unit`,
  notPriced: 'Not priced',
};

export const registerMessages: { nb: typeof nb; en: typeof nb } = { nb, en };

import type {
  Benefit,
  BenefitOwner,
  Catalogue,
  Indicator,
  PlanPoint,
} from '../../src/domain/catalogue';

/** Which kind of organisation reports an indicator. Not a catalogue field: the generator's own. */
export type Level = 'municipality' | 'health_trust';

export interface IndicatorSpec {
  level: Level;
  indicator: Indicator;
}

/**
 * ASSUMED prices of the demo catalogue: orders of magnitude, not agreed figures. What "one unit"
 * is for each aggregation is defined on `nok_per_unit` in src/domain/catalogue.ts.
 */
/** A clinician's time with salary and social costs, about NOK 600 an hour. */
const NOK_PER_CLINICIAN_MINUTE = 10;
/** About 225 working days a year after holidays and public holidays. */
const WORKING_DAYS_PER_MONTH = 19;
/** About one medication reconciliation per measured clinician per working day. */
const RECONCILIATIONS_PER_CLINICIAN_MONTH = WORKING_DAYS_PER_MONTH;
/** One emergency medical admission aged 67+, about one DRG point. */
const NOK_PER_AVOIDED_ADMISSION = 50_000;
/** The municipalities' per-diem for a patient ready for discharge still in hospital. */
const NOK_PER_DISCHARGE_READY_BED_DAY = 5_000;

/**
 * An ASSUMED cumulative plan in million NOK by year-end, starting from 0 in April 2022, the month
 * before the programme's first go-live (Trondheim, May 2022). Set as a plan would be, before the
 * outcome: some benefits run ahead of theirs in the demo data, some behind.
 */
function planByYear(millionsByYear: Readonly<Record<number, number>>): PlanPoint[] {
  const yearEnds = Object.entries(millionsByYear).map(([year, millions]) => ({
    date: `${year}-12`,
    nok: Math.round(millions * 1_000_000),
  }));
  return [{ date: '2022-04', nok: 0 }, ...yearEnds];
}

/** Role titles (gevinsteiere), never names. Codes as in datasets/organisations.csv. */
const TRUST_OWNERS = (role: string): BenefitOwner[] =>
  ['STO-HF', 'HMR-HF', 'HNT-HF'].map((org_code) => ({ org_code, owner: role }));

/** The ten benefits of docs/programme.md; name_nb exactly as the programme's slide words them. */
const BENEFITS: readonly Benefit[] = [
  {
    id: 'pasientsikkerhet',
    area: 'kvalitet',
    name_nb: 'Styrket pasientsikkerhet',
    name_en: 'Stronger patient safety',
    type: 'priced_for_others',
    description_nb:
      'Færre reinnleggelser og færre liggedøgn for utskrivningsklare pasienter. Bare liggedøgnene er prissatt: kommunene slipper døgnprisen.',
    description_en:
      'Fewer readmissions and fewer bed-days for patients ready for discharge. Only the bed-days are priced: the municipalities no longer pay the per-diem.',
    disbenefit: false,
    owners: TRUST_OWNERS('Fagdirektør'),
    planned_date: '2026-12-31',
    status: 'in_progress',
    plan: planByYear({ 2022: 0, 2023: 5, 2024: 20, 2025: 45, 2026: 80 }),
  },
  {
    id: 'pasientoversikt',
    area: 'kvalitet',
    name_nb: 'Bedre oversikt og mer kontroll over eget behandlingsforløp',
    name_en: "Patients' overview and control of their own care pathway",
    type: 'unpriced',
    description_nb: 'Flere innbyggere bruker pasientportalen til å se journal, timer og meldinger.',
    description_en:
      'More inhabitants use the patient portal to see their record, appointments and messages.',
    disbenefit: false,
    owners: [
      { org_code: '5001', owner: 'Kommunaldirektør helse og velferd' },
      { org_code: 'HMN-RHF', owner: 'Fagdirektør' },
    ],
    planned_date: '2026-12-31',
    status: 'in_progress',
    plan: [],
  },
  {
    id: 'styringsinformasjon',
    area: 'kvalitet',
    name_nb: 'Bedre operativ styringsinformasjon som grunnlag for kvalitets- og forbedringsarbeid',
    name_en: 'Better operational management information for quality improvement',
    type: 'unpriced',
    description_nb:
      'Styringsindikatorer kommer månedlig fra journalen, uten manuell telling. Satt som realisert for de innførte organisasjonene (demo).',
    description_en:
      'Management indicators come monthly from the record, without manual counting. Marked realised for the organisations that are live (demo).',
    disbenefit: false,
    owners: [
      { org_code: '5001', owner: 'Kommunalsjef helse og velferd' },
      { org_code: '1506', owner: 'Kommunalsjef helse og omsorg' },
    ],
    planned_date: '2025-12-31',
    status: 'realised',
    plan: [],
  },
  {
    id: 'leting_journal',
    area: 'effektivitet',
    name_nb: 'Redusert tid på leting etter informasjon i journalen',
    name_en: 'Less time searching for information in the record',
    type: 'freed_capacity',
    description_nb:
      'Klinikere bruker færre minutter per dag på å lete i journalen. Tiden brukes på pasientarbeid, ikke tatt ut av budsjettet.',
    description_en:
      'Clinicians spend fewer minutes a day searching the record. The time goes to patient work; it is not taken out of the budget.',
    disbenefit: false,
    owners: TRUST_OWNERS('Klinikksjef medisin'),
    planned_date: '2026-12-31',
    status: 'in_progress',
    plan: planByYear({ 2022: 0, 2023: 0.5, 2024: 1.5, 2025: 4, 2026: 7 }),
  },
  {
    id: 'meldinger',
    area: 'effektivitet',
    name_nb: 'Redusert tidsbruk knyttet til meldinger',
    name_en: 'Less time spent on messages',
    type: 'freed_capacity',
    description_nb:
      'Mindre tid på pleie- og omsorgsmeldinger. Ikke prissatt i demoen: indikatoren måler svar innen frist, ikke tid.',
    description_en:
      'Less time on care messages. Not priced in the demo: the indicator measures answers within the deadline, not time.',
    disbenefit: false,
    owners: [
      { org_code: '5001', owner: 'Kommunalsjef helse og velferd' },
      { org_code: '5007', owner: 'Kommunalsjef helse og omsorg' },
    ],
    planned_date: '2026-12-31',
    status: 'in_progress',
    plan: [],
  },
  {
    id: 'samstemming_medisin',
    area: 'effektivitet',
    name_nb: 'Redusert tid knyttet til samstemming av medisinlister',
    name_en: 'Less time reconciling medication lists',
    type: 'freed_capacity',
    description_nb:
      'Én felles legemiddelliste gjør samstemming raskere. Minuttene spart er prissatt; andelen samstemte innleggelser er ikke.',
    description_en:
      'One shared medication list makes reconciliation faster. The minutes saved are priced; the share of reconciled admissions is not.',
    disbenefit: false,
    owners: [
      ...TRUST_OWNERS('Klinikksjef medisin'),
      { org_code: '5001', owner: 'Kommunalsjef helse og velferd' },
    ],
    planned_date: '2026-12-31',
    status: 'in_progress',
    plan: planByYear({ 2022: 0, 2023: 0.3, 2024: 1, 2025: 2.5, 2026: 4 }),
  },
  {
    id: 'unodvendige_innleggelser',
    area: 'okonomi',
    name_nb: 'Reduksjon i antall unødvendige innleggelser',
    name_en: 'Fewer unnecessary admissions',
    type: 'priced_for_others',
    description_nb:
      'Kommunen ser sykehusets journal og kan behandle flere eldre hjemme. Gevinsten lander i sykehusene.',
    description_en:
      'The municipality sees the hospital record and can treat more older patients at home. The benefit lands in the hospitals.',
    disbenefit: false,
    owners: [
      { org_code: '5001', owner: 'Kommunalsjef helse og velferd' },
      { org_code: '1506', owner: 'Kommunalsjef helse og omsorg' },
      { org_code: '5035', owner: 'Kommunalsjef helse og velferd' },
    ],
    planned_date: '2027-12-31',
    status: 'in_progress',
    plan: planByYear({ 2022: 2, 2023: 8, 2024: 20, 2025: 40, 2026: 65, 2027: 95 }),
  },
  {
    id: 'pasienttransport',
    area: 'okonomi',
    name_nb: 'Reduserte pasienttransportkostnader',
    name_en: 'Lower patient-transport costs',
    type: 'budget_releasing',
    description_nb:
      'Færre reiser når konsultasjoner og prøvesvar deles digitalt. Demodataene viser ingen effekt: kostnadene følger avstand og priser.',
    description_en:
      'Fewer journeys when consultations and test results are shared digitally. The demo data show no effect: costs follow distance and prices.',
    disbenefit: false,
    owners: TRUST_OWNERS('Leder Pasientreiser'),
    planned_date: '2026-12-31',
    status: 'not_realised',
    plan: planByYear({ 2022: 0, 2023: 5, 2024: 12, 2025: 20, 2026: 30 }),
  },
  {
    id: 'eldre_journalsystemer',
    area: 'okonomi',
    name_nb: 'Bortfall av drift og forvaltning av eksisterende journalsystemer',
    name_en: 'Retiring the operation of existing record systems',
    type: 'budget_releasing',
    description_nb:
      'Driftsavtaler for eldre journalsystemer sies opp etter innføring. Målt mot kostnaden i avtaleåret 2019.',
    description_en:
      'Operating contracts for legacy record systems are terminated after go-live. Measured against the cost in the contract year 2019.',
    disbenefit: false,
    owners: TRUST_OWNERS('Økonomidirektør'),
    planned_date: '2027-12-31',
    status: 'in_progress',
    plan: planByYear({ 2022: 0, 2023: 15, 2024: 50, 2025: 110, 2026: 190, 2027: 280 }),
  },
  {
    id: 'bo_hjemme',
    area: 'okonomi',
    name_nb: 'Bo lengre hjemme (mindre press på institusjon, mer velferdsteknologi)',
    name_en: 'Living longer at home (less pressure on institutions, more welfare technology)',
    type: 'freed_capacity',
    description_nb:
      'Færre institusjonsplasser trengs. Ikke prissatt ennå: demodataene skiller ikke effekten av journalen fra den nasjonale trenden.',
    description_en:
      'Fewer institutional places are needed. Not priced yet: the demo data do not separate the effect of the record from the national trend.',
    disbenefit: false,
    owners: [
      { org_code: '5001', owner: 'Kommunaldirektør helse og velferd' },
      { org_code: '1508', owner: 'Kommunalsjef helse og omsorg' },
      { org_code: '5007', owner: 'Kommunalsjef helse og omsorg' },
    ],
    planned_date: '2028-12-31',
    status: 'planned',
    plan: [],
  },
];

const DEFAULT_BASELINE = { method: 'before_go_live', months: 12 } as const;
const TARGET_DATE = '2026-12-31';

/** The demo indicators of docs/programme.md. Targets are plausible demo values, not agreed ones. */
export const INDICATOR_SPECS: readonly IndicatorSpec[] = [
  {
    level: 'health_trust',
    indicator: {
      id: 'reinnleggelse_30d_67',
      benefit_id: 'pasientsikkerhet',
      name_nb: 'Reinnleggelser innen 30 dager, 67 år og eldre',
      name_en: 'Readmissions within 30 days, aged 67 and over',
      unit: 'percent',
      direction: 'lower_is_better',
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 14.5, date: TARGET_DATE },
      min_n: 5,
      source: 'Syntetisk demo – modellert etter nasjonal kvalitetsindikator (NPR)',
      // Unpriced: many readmissions of the elderly are ACSC admissions, priced under
      // unodvendige_innleggelser; pricing both would count one admission twice.
      nok_per_unit: null,
      owner: 'Fagdirektør',
    },
  },
  {
    level: 'health_trust',
    indicator: {
      id: 'utskrivningsklare_liggedogn',
      benefit_id: 'pasientsikkerhet',
      name_nb: 'Liggedøgn for utskrivningsklare pasienter per 1 000 innbyggere',
      name_en: 'Bed-days for patients ready for discharge per 1,000 inhabitants',
      unit: 'per_1000',
      direction: 'lower_is_better',
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 1.6, date: TARGET_DATE },
      min_n: 5,
      source: 'Syntetisk demo – modellert etter NPR/KOSTRA',
      nok_per_unit: NOK_PER_DISCHARGE_READY_BED_DAY,
      owner: 'Fagdirektør',
    },
  },
  {
    level: 'municipality',
    indicator: {
      id: 'pasientportal_andel',
      benefit_id: 'pasientoversikt',
      name_nb: 'Andel innbyggere 16 år og over som bruker pasientportalen',
      name_en: 'Share of inhabitants aged 16 and over using the patient portal',
      unit: 'percent',
      direction: 'higher_is_better',
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 40, date: TARGET_DATE },
      min_n: 5,
      source: 'Syntetisk demo – modellert etter bruksstatistikk for pasientportal',
      nok_per_unit: null,
      owner: 'Kommunaldirektør helse og velferd',
    },
  },
  {
    level: 'municipality',
    indicator: {
      id: 'styringsindikatorer_automatisk',
      benefit_id: 'styringsinformasjon',
      name_nb: 'Andel styringsindikatorer tilgjengelig månedlig uten manuelt arbeid',
      name_en: 'Share of management indicators available monthly without manual work',
      unit: 'percent',
      direction: 'higher_is_better',
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 80, date: TARGET_DATE },
      // Counts indicators, not people: nothing to protect.
      min_n: 0,
      source: 'Syntetisk demo – modellert etter kommunal gevinstrapportering',
      nok_per_unit: null,
      owner: 'Leder for analyse og styringsinformasjon',
    },
  },
  {
    level: 'health_trust',
    indicator: {
      id: 'minutter_leting_journal',
      benefit_id: 'leting_journal',
      name_nb: 'Minutter per kliniker per dag brukt på å lete etter informasjon i journalen',
      name_en: 'Minutes per clinician per day spent searching for information in the record',
      unit: 'minutes',
      direction: 'lower_is_better',
      aggregation: 'mean',
      baseline: DEFAULT_BASELINE,
      target: { value: 25, date: TARGET_DATE },
      min_n: 0,
      source: 'Syntetisk demo – modellert etter tidsstudier (spørreundersøkelse)',
      // NOK per (minute per clinician-day) per measured clinician per month.
      nok_per_unit: NOK_PER_CLINICIAN_MINUTE * WORKING_DAYS_PER_MONTH,
      owner: 'Klinikksjef medisin',
    },
  },
  {
    level: 'municipality',
    indicator: {
      id: 'plo_meldinger_frist',
      benefit_id: 'meldinger',
      name_nb: 'PLO-meldinger besvart innen avtalt frist',
      name_en: 'Care messages (PLO) answered within the agreed deadline',
      unit: 'percent',
      direction: 'higher_is_better',
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 95, date: TARGET_DATE },
      min_n: 5,
      source: 'Syntetisk demo – modellert etter meldingsstatistikk (Norsk helsenett)',
      nok_per_unit: null,
      owner: 'Kommunalsjef helse og velferd',
    },
  },
  {
    level: 'health_trust',
    indicator: {
      id: 'samstemming_innleggelse',
      benefit_id: 'samstemming_medisin',
      name_nb: 'Andel innleggelser med samstemt legemiddelliste',
      name_en: 'Share of admissions with medication reconciliation done',
      unit: 'percent',
      direction: 'higher_is_better',
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 85, date: TARGET_DATE },
      min_n: 5,
      source: 'Syntetisk demo – modellert etter pasientsikkerhetsprogrammet',
      nok_per_unit: null,
      owner: 'Fagdirektør',
    },
  },
  {
    level: 'health_trust',
    indicator: {
      id: 'minutter_samstemming',
      benefit_id: 'samstemming_medisin',
      name_nb: 'Minutter per legemiddelsamstemming',
      name_en: 'Minutes per medication reconciliation',
      unit: 'minutes',
      direction: 'lower_is_better',
      aggregation: 'mean',
      baseline: DEFAULT_BASELINE,
      target: { value: 12, date: TARGET_DATE },
      min_n: 0,
      source: 'Syntetisk demo – modellert etter tidsstudier',
      // NOK per (minute per reconciliation) per measured clinician per month.
      nok_per_unit: NOK_PER_CLINICIAN_MINUTE * RECONCILIATIONS_PER_CLINICIAN_MONTH,
      owner: 'Klinikksjef medisin',
    },
  },
  {
    level: 'municipality',
    indicator: {
      id: 'legemiddelgjennomgang_hjemmetjeneste',
      benefit_id: 'samstemming_medisin',
      name_nb: 'Andel mottakere av hjemmetjenester med legemiddelgjennomgang siste 12 måneder',
      name_en: 'Share of home-care recipients with a medication review in the last 12 months',
      unit: 'percent',
      direction: 'higher_is_better',
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 70, date: TARGET_DATE },
      min_n: 5,
      source: 'Syntetisk demo – modellert etter IPLOS/KOSTRA',
      nok_per_unit: null,
      owner: 'Kommunalsjef helse og velferd',
    },
  },
  {
    level: 'municipality',
    indicator: {
      id: 'acsc_innleggelser_67',
      benefit_id: 'unodvendige_innleggelser',
      name_nb:
        'Øyeblikkelig hjelp-innleggelser for ambulant-sensitive tilstander per 1 000 innbyggere 67 år og over',
      name_en:
        'Emergency admissions for ambulatory-care-sensitive conditions per 1,000 inhabitants aged 67 and over',
      unit: 'per_1000',
      direction: 'lower_is_better',
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 2.8, date: TARGET_DATE },
      min_n: 5,
      source: 'Syntetisk demo – modellert etter NPR',
      nok_per_unit: NOK_PER_AVOIDED_ADMISSION,
      owner: 'Kommunalsjef helse og velferd',
    },
  },
  {
    level: 'municipality',
    indicator: {
      id: 'pasientreiser_kostnad',
      benefit_id: 'pasienttransport',
      name_nb: 'Pasientreisekostnader per innbygger og måned (kr)',
      name_en: 'Patient-travel cost per inhabitant and month (NOK)',
      unit: 'nok',
      direction: 'lower_is_better',
      // Σcost / Σinhabitants: a per-capita figure needs the population denominator (§3).
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 33, date: TARGET_DATE },
      min_n: 0,
      source: 'Syntetisk demo – modellert etter Pasientreiser HF',
      // The numerator is kroner: each krone of travel cost avoided is worth NOK 1.
      nok_per_unit: 1,
      owner: 'Leder Pasientreiser',
    },
  },
  {
    level: 'health_trust',
    indicator: {
      id: 'eldre_journalsystemer_antall',
      benefit_id: 'eldre_journalsystemer',
      name_nb: 'Eldre journalsystemer fortsatt i drift',
      name_en: 'Legacy record systems still in operation',
      unit: 'count',
      direction: 'lower_is_better',
      aggregation: 'sum',
      baseline: DEFAULT_BASELINE,
      target: { value: 3, date: TARGET_DATE },
      min_n: 0,
      source: 'Syntetisk demo – modellert etter systemporteføljen',
      // Unpriced: the systems retired are already valued through their cost (no double count).
      nok_per_unit: null,
      owner: 'IKT-direktør',
    },
  },
  {
    level: 'health_trust',
    indicator: {
      id: 'eldre_journalsystemer_kostnad',
      benefit_id: 'eldre_journalsystemer',
      name_nb: 'Kostnad for drift og forvaltning av eldre journalsystemer (kr per måned)',
      name_en: 'Cost of operating and maintaining legacy record systems (NOK per month)',
      unit: 'nok',
      direction: 'lower_is_better',
      aggregation: 'sum',
      // The programme's contract year: costs were fixed before any go-live could affect them.
      baseline: { method: 'fixed', from: '2019-01', to: '2019-12' },
      target: { value: 1_500_000, date: '2027-12-31' },
      min_n: 0,
      source: 'Syntetisk demo – modellert etter driftsavtaler',
      // The value is kroner a month: NOK 1 per krone of running cost avoided.
      nok_per_unit: 1,
      owner: 'Økonomidirektør',
    },
  },
  {
    level: 'municipality',
    indicator: {
      id: 'institusjon_80pluss',
      benefit_id: 'bo_hjemme',
      name_nb: 'Andel innbyggere 80 år og over som er beboere på institusjon',
      name_en: 'Share of inhabitants aged 80 and over resident in an institution',
      unit: 'percent',
      direction: 'lower_is_better',
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 10, date: TARGET_DATE },
      min_n: 5,
      source: 'Syntetisk demo – modellert etter KOSTRA (SSB)',
      nok_per_unit: null,
      owner: 'Kommunalsjef helse og velferd',
    },
  },
  {
    level: 'municipality',
    indicator: {
      id: 'velferdsteknologi_67',
      benefit_id: 'bo_hjemme',
      name_nb:
        'Mottakere av trygghetsalarm, digitalt tilsyn og medisindispenser per 1 000 innbyggere 67 år og over',
      name_en:
        'Recipients of safety alarms, digital supervision and medication dispensers per 1,000 inhabitants aged 67 and over',
      unit: 'per_1000',
      direction: 'higher_is_better',
      aggregation: 'rate',
      baseline: DEFAULT_BASELINE,
      target: { value: 110, date: TARGET_DATE },
      min_n: 5,
      source: 'Syntetisk demo – modellert etter KOSTRA/IPLOS',
      nok_per_unit: null,
      owner: 'Kommunalsjef helse og velferd',
    },
  },
];

/** datasets/indicators.json: the benefit map without the generator's level mapping. */
export function buildCatalogue(): Catalogue {
  return { benefits: [...BENEFITS], indicators: INDICATOR_SPECS.map((spec) => spec.indicator) };
}

/** Looks an indicator up by id; throws on a typo so a model table cannot drift from the list. */
export function indicatorSpec(id: string): IndicatorSpec {
  const spec = INDICATOR_SPECS.find((candidate) => candidate.indicator.id === id);
  if (!spec) throw new Error(`unknown indicator "${id}"`);
  return spec;
}

import type { Benefit, Catalogue, Indicator } from '../../src/domain/catalogue';

/** Which kind of organisation reports an indicator. Not a catalogue field: the generator's own. */
export type Level = 'municipality' | 'health_trust';

export interface IndicatorSpec {
  level: Level;
  indicator: Indicator;
}

/** The ten benefits of DOMAIN.md §1; name_nb exactly as the programme's slide words them. */
const BENEFITS: readonly Benefit[] = [
  {
    id: 'pasientsikkerhet',
    area: 'kvalitet',
    name_nb: 'Styrket pasientsikkerhet',
    name_en: 'Stronger patient safety',
  },
  {
    id: 'pasientoversikt',
    area: 'kvalitet',
    name_nb: 'Bedre oversikt og mer kontroll over eget behandlingsforløp',
    name_en: "Patients' overview and control of their own care pathway",
  },
  {
    id: 'styringsinformasjon',
    area: 'kvalitet',
    name_nb: 'Bedre operativ styringsinformasjon som grunnlag for kvalitets- og forbedringsarbeid',
    name_en: 'Better operational management information for quality improvement',
  },
  {
    id: 'leting_journal',
    area: 'effektivitet',
    name_nb: 'Redusert tid på leting etter informasjon i journalen',
    name_en: 'Less time searching for information in the record',
  },
  {
    id: 'meldinger',
    area: 'effektivitet',
    name_nb: 'Redusert tidsbruk knyttet til meldinger',
    name_en: 'Less time spent on messages',
  },
  {
    id: 'samstemming_medisin',
    area: 'effektivitet',
    name_nb: 'Redusert tid knyttet til samstemming av medisinlister',
    name_en: 'Less time reconciling medication lists',
  },
  {
    id: 'unodvendige_innleggelser',
    area: 'okonomi',
    name_nb: 'Reduksjon i antall unødvendige innleggelser',
    name_en: 'Fewer unnecessary admissions',
  },
  {
    id: 'pasienttransport',
    area: 'okonomi',
    name_nb: 'Reduserte pasienttransportkostnader',
    name_en: 'Lower patient-transport costs',
  },
  {
    id: 'eldre_journalsystemer',
    area: 'okonomi',
    name_nb: 'Bortfall av drift og forvaltning av eksisterende journalsystemer',
    name_en: 'Retiring the operation of existing record systems',
  },
  {
    id: 'bo_hjemme',
    area: 'okonomi',
    name_nb: 'Bo lengre hjemme (mindre press på institusjon, mer velferdsteknologi)',
    name_en: 'Living longer at home (less pressure on institutions, more welfare technology)',
  },
];

const DEFAULT_BASELINE = { method: 'before_go_live', months: 12 } as const;
const TARGET_DATE = '2026-12-31';

/** The indicators of DOMAIN.md §7. Targets are plausible demo values, not agreed ones. */
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

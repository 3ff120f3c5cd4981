import type { OrgType } from '../domain/organisations';

/** Texts of the organisation page and the organisation index (bokmål first; English the same shape). */
const nb = {
  code: 'Kode',
  type: 'Type',
  types: {
    nation: 'Hele landet',
    county: 'Fylke',
    rhf: 'Regionalt helseforetak',
    health_trust: 'Helseforetak',
    municipality: 'Kommune',
    gp_office: 'Legekontor',
    specialist: 'Avtalespesialist',
    private: 'Privat sykehus',
    hospital: 'Sykehus eller enhet',
  } satisfies Record<OrgType, string>,
  goLive: 'Oppstart med Helseplattformen',
  notLive: 'Ikke tatt i bruk ennå',
  outsideProgramme: 'Utenfor Helseplattformen-programmet',
  regionLevel: 'Tas i bruk gjennom helseforetakene',
  planned: (date: string) => `Planlagt ${date}`,
  assumed: 'antatt',
  assumedNote: 'Antatt dato i demodataene, ikke et offentlig kjent faktum.',
  parent: 'Tilhører',
  switchLabel: 'Vis en annen organisasjon',
  switchButton: 'Vis',
  regionGroup: 'Regionen',
  print: 'Skriv ut rapporten',
  ownersHeading: 'Gevinsteiere',
  ownersCaption: (org: string) => `Gevinsteiere i ${org}, per gevinst`,
  ownersColumns: ['Gevinst', 'Område', 'Gevinsteier (rolle)'],
  noOwners: (org: string) =>
    `Gevinstkatalogen har ingen gevinsteiere for ${org}. Hver indikator har likevel en ansvarlig for målingen, vist i tabellene under.`,
  indicatorsHeading: 'Indikatorer',
  areaCaption: (area: string, org: string) =>
    `${area}: indikatorer for ${org} – utgangspunkt, nå (siste 3 måneder), SPC og ansvarlig`,
  /** After the scorecard's columns (`scorecard.columns`): the report is the scorecard plus this. */
  ownerColumn: 'Ansvarlig for målingen',
  tooFewBaseline: (n: number) => `For få målinger i utgangsperioden (${n})`,
  target: (value: string) => `mål ${value}`,
  latest: (month: string) => `Siste måned med tall: ${month}.`,
  unreported: (org: string) => `${org} har ikke tall for:`,
  noNumbers: (org: string) =>
    `${org} har ingen tall for noen av indikatorene i dataene som er lastet inn.`,
  noNumbersHelp: 'Last opp tall for organisasjonen på',
  dataPage: 'datasiden',
  rhfNote: (org: string) =>
    `${org} rapporterer ikke tall selv: tallene for regionen er helseforetakenes og kommunenes til sammen.`,
  toRegion: 'Se hele regionen i oversikten',
  loading: (org: string) => `Henter tallene for ${org} …`,
  failed: 'Tallene kunne ikke hentes:',
  failedHelp:
    'Last inn siden på nytt. Hjelper ikke det, kan du slette lokale data på datasiden og begynne med demodataene igjen.',
  index: {
    heading: 'Organisasjoner',
    intro:
      'Kommunene og helseforetakene i Helseplattformen, gruppert etter helseforetakenes opptaksområder. Velg en organisasjon for å se alle indikatorene for den.',
    summary: (live: string, total: string) =>
      `${live} av ${total} organisasjoner har tatt i bruk Helseplattformen.`,
    caption: (group: string) => `${group}: organisasjoner, type og oppstart`,
    columns: ['Organisasjon', 'Kode', 'Type', 'Oppstart'],
    count: (n: number) => (n === 1 ? '1 organisasjon' : `${n} organisasjoner`),
  },
};

export type OrganisationMessages = typeof nb;

const en: OrganisationMessages = {
  code: 'Code',
  type: 'Type',
  types: {
    nation: 'The whole country',
    county: 'County',
    rhf: 'Regional health authority',
    health_trust: 'Health trust',
    municipality: 'Municipality',
    gp_office: 'GP office',
    specialist: 'Contracted specialist',
    private: 'Private hospital',
    hospital: 'Hospital or unit',
  },
  goLive: 'Go-live on Helseplattformen',
  notLive: 'Not yet live',
  outsideProgramme: 'Outside the Helseplattformen programme',
  regionLevel: 'Goes live through its health trusts',
  planned: (date) => `Planned for ${date}`,
  assumed: 'assumed',
  assumedNote: 'A date assumed by the demo data, not a public fact.',
  parent: 'Part of',
  switchLabel: 'Show another organisation',
  switchButton: 'Show',
  regionGroup: 'The region',
  print: 'Print the report',
  ownersHeading: 'Benefit owners',
  ownersCaption: (org) => `Benefit owners in ${org}, by benefit`,
  ownersColumns: ['Benefit', 'Area', 'Benefit owner (role)'],
  noOwners: (org) =>
    `The benefit catalogue names no benefit owners for ${org}. Each indicator still has an owner of its measurement, shown in the tables below.`,
  indicatorsHeading: 'Indicators',
  areaCaption: (area, org) =>
    `${area}: indicators for ${org} – baseline, now (latest 3 months), SPC and owner`,
  ownerColumn: 'Owner of the measurement',
  tooFewBaseline: (n) => `Too few observations in the baseline window (${n})`,
  target: (value) => `target ${value}`,
  latest: (month) => `Latest month with numbers: ${month}.`,
  unreported: (org) => `${org} has no numbers for:`,
  noNumbers: (org) => `${org} has no numbers for any of the indicators in the loaded data.`,
  noNumbersHelp: 'Upload numbers for the organisation on the',
  dataPage: 'data page',
  rhfNote: (org) =>
    `${org} reports no numbers of its own: the region's numbers are those of the health trusts and municipalities together.`,
  toRegion: 'See the whole region in the overview',
  loading: (org) => `Fetching the numbers for ${org} …`,
  failed: 'The numbers could not be fetched:',
  failedHelp:
    'Reload the page. If that does not help, delete the local data on the data page and start again from the demo data.',
  index: {
    heading: 'Organisations',
    intro:
      'The municipalities and health trusts on Helseplattformen, grouped by the health trusts’ catchments. Choose an organisation to see all its indicators.',
    summary: (live, total) => `${live} of ${total} organisations are live on Helseplattformen.`,
    caption: (group) => `${group}: organisations, type and go-live`,
    columns: ['Organisation', 'Code', 'Type', 'Go-live'],
    count: (n) => (n === 1 ? '1 organisation' : `${n} organisations`),
  },
};

export const organisationMessages: { nb: OrganisationMessages; en: OrganisationMessages } = {
  nb,
  en,
};

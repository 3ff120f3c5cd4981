/**
 * Texts for indicators the catalogue does not describe: the upload's opt-in, the overview's
 * list of them and their page (bokmål first; English has the same shape).
 */
const nb = {
  upload: {
    option:
      'Last inn ukjente indikatorer likevel – de vises med koden til de er beskrevet i katalogen',
    note: (threshold: string) =>
      `Hvor følsomme tallene er, er ukjent, så tall under ${threshold} skjules (teller, nevner, eller verdien når raden mangler begge). Bare koder skrevet med a–z, 0–9 og _ kan lastes inn slik, og ikke rader med gamle kommunenumre som skal flyttes.`,
    rechecking: 'Sjekker filen på nytt …',
    rechecked: (valid: string) => `Filen er sjekket på nytt: ${valid} gyldige rader.`,
    loadedAsCodes: (codes: string) => `Lastes inn uten beskrivelse, med koden: ${codes}.`,
  },
  overview: {
    heading: 'Ikke beskrevet i katalogen',
    intro:
      'Disse indikatorene er lastet opp, men ikke beskrevet i katalogen. De vises med koden. Enhet, retning, utgangspunkt og mål er ukjent, så de er ikke med i gevinstoversikten.',
    caption: 'Indikatorer som ikke er beskrevet i katalogen',
    code: 'Kode',
    organisations: 'Organisasjoner',
    periods: 'Perioder',
    rows: 'Rader',
    range: (first: string, last: string) => (first === last ? first : `${first} – ${last}`),
    failed: (message: string) => `Listen kunne ikke hentes (${message}).`,
  },
  page: {
    notice:
      'Denne indikatoren er ikke beskrevet i katalogen. Enhet, retning, utgangspunkt og mål er derfor ukjent, og ingenting vurderes som bedre eller dårligere. Tallene vises slik de ble lastet opp, for én organisasjon om gangen: hvordan de kan slås sammen, står i katalogen.',
    organisation: 'Organisasjon',
    chartDescription: (code: string, organisation: string) =>
      `Linjediagram: ${code} for ${organisation}, verdiene slik de ble lastet opp.`,
    chartGrain: {
      month: 'Diagrammet viser månedstallene; tabellen har alle radene.',
      quarter: 'Diagrammet viser kvartalstallene; tabellen har alle radene.',
      year: 'Diagrammet viser årstallene; tabellen har alle radene.',
    },
    noValues: 'Ingen av radene har en verdi å tegne.',
    tableCaption: (code: string, organisation: string) => `Tallene for ${code}, ${organisation}`,
    status: 'Status',
    suppressedNote: (threshold: string) =>
      `Skjult: tall under ${threshold}, eller prikket (:) i kilden, vises ikke, slik at ingen kan kjennes igjen.`,
  },
};

type UncataloguedMessages = typeof nb;

const en: UncataloguedMessages = {
  upload: {
    option:
      'Load unknown indicators anyway – they are shown by their code until described in the catalogue',
    note: (threshold) =>
      `How sensitive their numbers are is unknown, so numbers below ${threshold} are hidden (numerator, denominator, or the value when a row has neither). Only codes written with a–z, 0–9 and _ can be loaded this way, and not rows with old municipality codes to be moved.`,
    rechecking: 'Checking the file again …',
    rechecked: (valid) => `The file was checked again: ${valid} valid rows.`,
    loadedAsCodes: (codes) => `Loaded without a description, by code: ${codes}.`,
  },
  overview: {
    heading: 'Not described in the catalogue',
    intro:
      'These indicators were uploaded but are not described in the catalogue. They are shown by their code. Their unit, direction, baseline and target are unknown, so they are not in the benefits overview.',
    caption: 'Indicators not described in the catalogue',
    code: 'Code',
    organisations: 'Organisations',
    periods: 'Periods',
    rows: 'Rows',
    range: (first, last) => (first === last ? first : `${first} – ${last}`),
    failed: (message) => `The list could not be fetched (${message}).`,
  },
  page: {
    notice:
      'This indicator is not described in the catalogue. Its unit, direction, baseline and target are therefore unknown, and nothing is judged better or worse. The numbers are shown as uploaded, one organisation at a time: how they may be combined is for the catalogue to say.',
    organisation: 'Organisation',
    chartDescription: (code, organisation) =>
      `Line chart: ${code} for ${organisation}, the values as uploaded.`,
    chartGrain: {
      month: 'The chart shows the monthly numbers; the table has every row.',
      quarter: 'The chart shows the quarterly numbers; the table has every row.',
      year: 'The chart shows the yearly numbers; the table has every row.',
    },
    noValues: 'None of the rows has a value to draw.',
    tableCaption: (code, organisation) => `The numbers for ${code}, ${organisation}`,
    status: 'Status',
    suppressedNote: (threshold) =>
      `Hidden: numbers below ${threshold}, or suppressed (:) in the source, are not shown, so that nobody can be recognised.`,
  },
};

export const uncataloguedMessages: { nb: UncataloguedMessages; en: UncataloguedMessages } = {
  nb,
  en,
};

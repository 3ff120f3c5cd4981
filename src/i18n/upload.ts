import type { RejectReason } from '../domain/reject-reasons';

/** Texts of the Data page's upload and its validation report (bokmål first; English the same shape). */
const nb = {
  uploadHeading: 'Last opp data',
  uploadHelp:
    'CSV i langt format: kommunenummer/org_code, indikator, periode, verdi, teller, nevner, status. Komma eller semikolon, desimalkomma går fint.',
  chooseFile: 'Velg CSV-fil',
  harmoniseOption: 'Flytt gamle kommunenumre til dagens (f.eks. 1502 Molde → 1506)',
  mapping: {
    heading: (file: string) => `Hvilke kolonner er hva i ${file}?`,
    intro:
      'Filen kunne ikke leses helt av seg selv. Forslaget er fylt ut; rett det som er feil. Valget huskes for neste fil med samme overskrifter.',
    preview: 'De første radene i filen',
    organisation: 'Organisasjon',
    indicator: 'Indikator',
    period: 'Periode',
    numbers: 'Tall',
    status: 'Status (valgfritt)',
    column: 'Kolonne',
    form: 'Skrevet som',
    fromColumn: 'Fra en kolonne',
    sameForFile: 'Samme for hele filen',
    periodsAsColumns: 'Kolonneoverskriftene er perioder (bredt format)',
    choose: 'Velg kolonne …',
    none: '(ingen)',
    confirm: 'Les filen slik',
    translate: 'Hvilken indikator er hver av disse i filen?',
    leaveOut: '(ikke en av våre – rader med den avvises)',
    incomplete: 'Velg kolonne for organisasjon, indikator og periode, og minst én tallkolonne.',
    organisationForms: {
      code: 'Kode (5001)',
      code_and_name: 'Kode og navn (5001 Trondheim)',
      name: 'Navn (Trondheim)',
    },
    statusForms: { symbol: 'SSB-symboler (. .. : -)', fhi_flag: 'FHI-flagg (SPVFLAGG 0–3)' },
  },
  harmonised: (codes: string) => `Gamle kommunenumre flyttet til dagens: ${codes}.`,
  dropHere: 'eller slipp filen her',
  phase: {
    reading: 'Leser filen',
    parsing: 'Tolker rader',
    validating: 'Kontrollerer rader',
    loading: 'Laster inn',
    saving: 'Lagrer i nettleseren',
  },
  progressLabel: 'Fremdrift for opplasting',
  cancelImport: 'Avbryt',
  tooBig: (size: string, max: string) =>
    `Filen er ${size} MB; nettleseren kan lese inntil ${max} MB. Del den opp (f.eks. per år) og last opp delene hver for seg.`,
  outOfMemory:
    'Nettleseren gikk tom for minne. Del filen opp (f.eks. per år) og last opp delene hver for seg.',
  reportHeading: 'Valideringsrapport',
  reportSummary: (file: string, total: string, valid: string, rejected: string) =>
    `${file}: ${total} rader, ${valid} gyldige, ${rejected} avvist.`,
  reportReplacing: (n: string) => `${n} gyldige rader erstatter rader som alt er lastet inn.`,
  reportFormat: (encoding: string, delimiter: string, decimal: string) =>
    `Tegnsett ${encoding}, skilletegn «${delimiter}», desimaltegn «${decimal}».`,
  reasonsCaption: 'Avviste rader per årsak',
  reason: 'Årsak',
  count: 'Antall',
  problemsCaption: (shown: number, total: number) =>
    shown < total ? `Første ${shown} problemer` : 'Alle problemer',
  line: 'Linje',
  unknownCodesCaption: 'Ukjente koder',
  unknownCode: 'Kode',
  suggestion: 'Forslag',
  suggestCode: (code: string) => `Mente du ${code}?`,
  suggestOldCode: (codes: string) =>
    `Gammelt kommunenummer, nå ${codes}: kryss av for å flytte gamle kommunenumre.`,
  column: 'Kolonne',
  loadValid: (n: string) => `Last inn ${n} gyldige rader`,
  loadValidReplacing: (n: string, replacing: string) =>
    `Last inn ${n} gyldige rader og erstatt ${replacing} eksisterende`,
  loadNothing: 'Avbryt – last ikke inn noe',
  downloadReport: 'Last ned rapporten (CSV)',
  reportFileSuffix: 'valideringsrapport',
  loaded: (file: string, inserted: string, replaced: string | null) =>
    `${file}: ${inserted} rader lastet inn${replaced === null ? '' : `, ${replaced} erstattet`}.`,
  cancelled: (file: string) => `${file}: ingenting ble lastet inn. Dataene er uendret.`,
  importFailed: (file: string) => `${file} kunne ikke leses. Dataene er uendret.`,
  sniffEmpty: 'Filen er tom.',
  sniffBinary: 'Dette ser ikke ut som en tekstfil (CSV). Lagre den som CSV og prøv igjen.',
  sniffNoDelimiter: 'Fant ikke skilletegn (komma, semikolon eller tabulator) i overskriftsraden.',
  headerMissing: (columns: string, found: string) =>
    `Mangler kolonne(r): ${columns}. Fant: ${found}.`,
  headerAmbiguous: (column: string, headers: string) =>
    `Flere kolonner kan være «${column}»: ${headers}. Gi dem entydige navn.`,
  headerNoMeasure: 'Filen trenger en kolonne «verdi», eller både «teller» og «nevner».',
  reasons: {
    wrong_column_count: 'Feil antall kolonner',
    unreadable_row: 'Raden kunne ikke leses',
    missing_value: 'Mangler verdi',
    not_a_number: 'Ikke et tall',
    not_positive: 'Nevner må være større enn 0',
    bad_period: 'Ugyldig periode (bruk ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-Qn)',
    unknown_organisation: 'Ukjent organisasjonskode',
    unknown_indicator: 'Ukjent indikator',
    duplicate_key: 'Samme organisasjon, indikator og periode finnes flere ganger',
  } satisfies Record<RejectReason, string>,
};

type UploadMessages = typeof nb;

const en: UploadMessages = {
  uploadHeading: 'Upload data',
  uploadHelp:
    'Long-format CSV: org_code, indicator_id, period, value, numerator, denominator, status. Comma or semicolon; decimal commas are fine.',
  chooseFile: 'Choose a CSV file',
  harmoniseOption: 'Move old municipality codes to today’s (e.g. 1502 Molde → 1506)',
  mapping: {
    heading: (file) => `Which columns are what in ${file}?`,
    intro:
      'The file could not be read entirely on its own. The guess is filled in; correct what is wrong. The choice is remembered for the next file with the same headers.',
    preview: 'The first rows of the file',
    organisation: 'Organisation',
    indicator: 'Indicator',
    period: 'Period',
    numbers: 'Numbers',
    status: 'Status (optional)',
    column: 'Column',
    form: 'Written as',
    fromColumn: 'From a column',
    sameForFile: 'The same for the whole file',
    periodsAsColumns: 'The column headers are periods (wide format)',
    choose: 'Choose a column …',
    none: '(none)',
    confirm: 'Read the file this way',
    translate: 'Which indicator is each of these in the file?',
    leaveOut: '(not one of ours – its rows are rejected)',
    incomplete:
      'Choose columns for organisation, indicator and period, and at least one number column.',
    organisationForms: {
      code: 'Code (5001)',
      code_and_name: 'Code and name (5001 Trondheim)',
      name: 'Name (Trondheim)',
    },
    statusForms: { symbol: 'SSB symbols (. .. : -)', fhi_flag: 'FHI flags (SPVFLAGG 0–3)' },
  },
  harmonised: (codes) => `Old municipality codes moved to today’s: ${codes}.`,
  dropHere: 'or drop the file here',
  phase: {
    reading: 'Reading the file',
    parsing: 'Parsing rows',
    validating: 'Checking rows',
    loading: 'Loading',
    saving: 'Storing in the browser',
  },
  progressLabel: 'Upload progress',
  cancelImport: 'Cancel',
  tooBig: (size, max) =>
    `The file is ${size} MB; the browser can read up to ${max} MB. Split it (e.g. by year) and upload the parts one by one.`,
  outOfMemory:
    'The browser ran out of memory. Split the file (e.g. by year) and upload the parts one by one.',
  reportHeading: 'Validation report',
  reportSummary: (file, total, valid, rejected) =>
    `${file}: ${total} rows, ${valid} valid, ${rejected} rejected.`,
  reportReplacing: (n) => `${n} valid rows replace rows already loaded.`,
  reportFormat: (encoding, delimiter, decimal) =>
    `Encoding ${encoding}, delimiter “${delimiter}”, decimal mark “${decimal}”.`,
  reasonsCaption: 'Rejected rows by reason',
  reason: 'Reason',
  count: 'Count',
  problemsCaption: (shown, total) => (shown < total ? `First ${shown} problems` : 'All problems'),
  line: 'Line',
  unknownCodesCaption: 'Unknown codes',
  unknownCode: 'Code',
  suggestion: 'Suggestion',
  suggestCode: (code) => `Did you mean ${code}?`,
  suggestOldCode: (codes) => `Old municipality code, now ${codes}: tick the box to move old codes.`,
  column: 'Column',
  loadValid: (n) => `Load the ${n} valid rows`,
  loadValidReplacing: (n, replacing) => `Load the ${n} valid rows, replacing ${replacing} existing`,
  loadNothing: 'Cancel – load nothing',
  downloadReport: 'Download the report (CSV)',
  reportFileSuffix: 'validation-report',
  loaded: (file, inserted, replaced) =>
    `${file}: ${inserted} rows loaded${replaced === null ? '' : `, ${replaced} replaced`}.`,
  cancelled: (file) => `${file}: nothing was loaded. The data is unchanged.`,
  importFailed: (file) => `${file} could not be read. The data is unchanged.`,
  sniffEmpty: 'The file is empty.',
  sniffBinary: 'This does not look like a text (CSV) file. Save it as CSV and try again.',
  sniffNoDelimiter: 'No delimiter (comma, semicolon or tab) found in the header row.',
  headerMissing: (columns, found) => `Missing column(s): ${columns}. Found: ${found}.`,
  headerAmbiguous: (column, headers) =>
    `Several columns could be “${column}”: ${headers}. Give them distinct names.`,
  headerNoMeasure: 'The file needs a “value” column, or both “numerator” and “denominator”.',
  reasons: {
    wrong_column_count: 'Wrong number of columns',
    unreadable_row: 'The row could not be read',
    missing_value: 'Missing value',
    not_a_number: 'Not a number',
    not_positive: 'Denominator must be greater than 0',
    bad_period: 'Invalid period (use YYYY, YYYY-MM or YYYY-Qn)',
    unknown_organisation: 'Unknown organisation code',
    unknown_indicator: 'Unknown indicator',
    duplicate_key: 'The same organisation, indicator and period appears more than once',
  },
};

export const uploadMessages: { nb: UploadMessages; en: UploadMessages } = { nb, en };

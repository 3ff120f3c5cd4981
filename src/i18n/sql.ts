/** Texts of the SQL console (bokmål first; English has the same shape). */
const nb = {
  heading: 'SQL-konsoll',
  intro:
    'Still egne spørsmål til dataene som er lastet inn. Konsollen kjører én lesespørring (SELECT) om gangen og kan ikke endre noe.',
  queryLabel: 'SQL-spørring',
  shortcut: 'Ctrl+Enter (⌘+Enter på Mac) kjører spørringen.',
  run: 'Kjør',
  running: 'Kjører …',
  summary: (rows: string, ms: string) => `${rows} rader på ${ms} ms.`,
  resultCaption: (first: string, last: string, total: string) =>
    `Resultat, rad ${first}–${last} av ${total}`,
  noRows: 'Spørringen ga ingen rader.',
  pager: 'Sider i resultatet',
  pageStatus: (first: string, last: string, total: string) => `Rad ${first}–${last} av ${total}`,
  previous: 'Forrige',
  next: 'Neste',
  nullValue: 'NULL',
  exportCsv: 'Last ned hele resultatet som CSV',
  exporting: (done: string, total: string) => `Lager CSV … ${done} av ${total} rader`,
  exported: (rows: string) => `CSV med ${rows} rader er lastet ned.`,
  exportTooLarge: (max: string) =>
    `Resultatet har over ${max} rader, for mange til én CSV-fil. Avgrens eller summer det først.`,
  exportFailed: 'CSV-filen kunne ikke lages:',
  exportFileName: 'sql-resultat.csv',
  failed: 'DuckDB svarte med en feil:',
  refused: 'Avvist:',
  readOnly:
    'Konsollen er skrivebeskyttet: den kjører bare én lesespørring mot tabellene som er lastet inn.',
  reasons: {
    empty: 'Skriv en spørring først.',
    statement: (keyword: string) =>
      `${keyword} endrer databasen eller innstillingene, eller henter noe utenfra.`,
    notAQuery: (keyword: string) =>
      `En spørring begynner med SELECT, WITH, FROM, VALUES, TABLE, SUMMARIZE, DESCRIBE eller SHOW – ikke «${keyword}».`,
    severalStatements:
      'Bare én spørring om gangen: et semikolon utenfor tekst og kommentarer starter en ny.',
    unterminated: 'En tekst, et navn i anførselstegn eller en kommentar er ikke avsluttet.',
    unbalanced: 'Parentesene går ikke opp.',
    parameter: (text: string) =>
      `Parameteren ${text} støttes ikke; skriv verdien rett inn i spørringen.`,
    fileFunction: (name: string) => `${name}() leser filer eller adresser, eller endrer databasen.`,
    fileTable: (name: string) => `«${name}» ville blitt lest som en fil.`,
    url: 'Adresser med :// er ikke tillatt: ingenting hentes fra nettet.',
  },
  tablesHeading: 'Tabeller og kolonner',
};

type SqlMessages = typeof nb;

const en: SqlMessages = {
  heading: 'SQL console',
  intro:
    'Ask your own questions of the loaded data. The console runs one read query (SELECT) at a time and cannot change anything.',
  queryLabel: 'SQL query',
  shortcut: 'Ctrl+Enter (⌘+Enter on a Mac) runs the query.',
  run: 'Run',
  running: 'Running …',
  summary: (rows, ms) => `${rows} rows in ${ms} ms.`,
  resultCaption: (first, last, total) => `Result, rows ${first}–${last} of ${total}`,
  noRows: 'The query returned no rows.',
  pager: 'Result pages',
  pageStatus: (first, last, total) => `Rows ${first}–${last} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  nullValue: 'NULL',
  exportCsv: 'Download the whole result as CSV',
  exporting: (done, total) => `Making the CSV … ${done} of ${total} rows`,
  exported: (rows) => `CSV with ${rows} rows downloaded.`,
  exportTooLarge: (max) =>
    `The result has more than ${max} rows, too many for one CSV file. Filter or aggregate it first.`,
  exportFailed: 'The CSV file could not be made:',
  exportFileName: 'sql-result.csv',
  failed: 'DuckDB answered with an error:',
  refused: 'Refused:',
  readOnly: 'The console is read-only: it runs a single read query against the loaded tables.',
  reasons: {
    empty: 'Write a query first.',
    statement: (keyword) =>
      `${keyword} changes the database or its settings, or fetches something from outside.`,
    notAQuery: (keyword) =>
      `A query starts with SELECT, WITH, FROM, VALUES, TABLE, SUMMARIZE, DESCRIBE or SHOW – not “${keyword}”.`,
    severalStatements: 'One query at a time: a semicolon outside text and comments starts another.',
    unterminated: 'A string, a quoted name or a comment is not closed.',
    unbalanced: 'The brackets do not match.',
    parameter: (text) => `The parameter ${text} is not supported; write the value into the query.`,
    fileFunction: (name) => `${name}() reads files or URLs, or changes the database.`,
    fileTable: (name) => `“${name}” would be read as a file.`,
    url: 'Addresses with :// are not allowed: nothing is fetched from the network.',
  },
  tablesHeading: 'Tables and columns',
};

export const sqlMessages: { nb: SqlMessages; en: SqlMessages } = { nb, en };

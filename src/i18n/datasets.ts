/** Texts of the Data page's list of loaded datasets (bokmål first; English has the same shape). */
const nb = {
  heading: 'Lastede datasett',
  caption: 'Datasett lastet inn i denne nettleseren, nyeste først',
  file: 'Fil',
  loadedAt: 'Lastet inn',
  rows: 'Rader',
  rowsInUse: (inUse: string) => `${inUse} i bruk`,
  replaced: 'Erstattet',
  rejected: 'Avvist',
  issues: 'Problemer',
  action: 'Handling',
  synthetic: 'syntetiske demodata',
  none: 'Ingen datasett er lastet inn.',
  delete: 'Slett',
  deleteLabel: (file: string) => `Slett ${file}`,
  confirmDelete: (file: string, rows: string) => `Slette ${file} (${rows} rader)?`,
  confirmDeleteHelp:
    'Radene fra filen slettes fra denne nettleseren. Rader som filen erstattet da den ble lastet inn, kommer ikke tilbake.',
  confirmDeleteYes: 'Ja, slett',
  deleteAll: 'Slett alle lokale data',
  confirmDeleteAll: 'Slette alle lokale data?',
  confirmDeleteAllHelp:
    'Alle datasett og alle lagrede innstillinger (som husket kolonneoppsett) slettes fra denne nettleseren, og demodataene lastes inn på nytt.',
  confirmDeleteAllYes: 'Ja, slett alt',
  cancel: 'Avbryt',
  deleting: 'Sletter …',
  deleted: (file: string, rows: string) => `${file} er slettet (${rows} rader).`,
  deletedAll: 'Alle lokale data er slettet, og demodataene er lastet inn på nytt.',
  deleteFailed: 'Slettingen mislyktes:',
  storedUnreadableHeading: 'De lagrede dataene kunne ikke leses',
  storedUnreadable:
    'Denne nettleseren har lagret data for dashbordet, men de kunne ikke leses inn. Ingenting er slettet eller erstattet. Du kan prøve igjen, laste ned de lagrede filene (for eksempel for å sende dem til den som drifter løsningen), eller begynne på nytt med demodataene.',
  storedUnreadableReason: 'Feilmelding:',
  storedFilesCaption: 'Filer lagret i denne nettleseren',
  storedFileName: 'Fil',
  storedFileSize: 'Størrelse (byte)',
  retryStored: 'Prøv igjen',
  downloadStored: (name: string) => `Last ned ${name}`,
  startAfresh: 'Begynn på nytt (slett de lagrede dataene)',
  confirmStartAfresh:
    'Slette alle data som er lagret i denne nettleseren og begynne på nytt med demodataene? Det kan ikke angres.',
  notSaved: (reason: string) =>
    `Endringen vises, men kunne ikke lagres i nettleseren og forsvinner når fanen lukkes: ${reason}`,
  storedHere:
    'Dataene lagres bare i denne nettleseren og blir liggende til du sletter dem her. Ingenting sendes ut.',
  otherTab:
    'Dataene er åpne i en annen fane, så denne fanen viser bare demodata og lagrer ikke. Lukk den andre fanen og last inn denne på nytt for å se og endre dataene dine.',
  notStored:
    'Denne nettleseren lar ikke siden lagre data: det du laster inn, forsvinner når fanen lukkes.',
  readOnly:
    'Denne utgaven av dashbordet er publisert med dataene den viser. Den tar ikke imot filer, og ingenting lagres i nettleseren.',
};

type DatasetsMessages = typeof nb;

const en: DatasetsMessages = {
  heading: 'Loaded datasets',
  caption: 'Datasets loaded in this browser, newest first',
  file: 'File',
  loadedAt: 'Loaded',
  rows: 'Rows',
  rowsInUse: (inUse) => `${inUse} in use`,
  replaced: 'Replaced',
  rejected: 'Rejected',
  issues: 'Problems',
  action: 'Action',
  synthetic: 'synthetic demo data',
  none: 'No datasets are loaded.',
  delete: 'Delete',
  deleteLabel: (file) => `Delete ${file}`,
  confirmDelete: (file, rows) => `Delete ${file} (${rows} rows)?`,
  confirmDeleteHelp:
    'The rows from this file are deleted from this browser. Rows the file replaced when it was loaded do not come back.',
  confirmDeleteYes: 'Yes, delete',
  deleteAll: 'Delete all local data',
  confirmDeleteAll: 'Delete all local data?',
  confirmDeleteAllHelp:
    'Every dataset and every remembered setting (such as remembered column mappings) is deleted from this browser, and the demo data is loaded again.',
  confirmDeleteAllYes: 'Yes, delete everything',
  cancel: 'Cancel',
  deleting: 'Deleting …',
  deleted: (file, rows) => `${file} was deleted (${rows} rows).`,
  deletedAll: 'All local data was deleted, and the demo data loaded again.',
  deleteFailed: 'Deleting failed:',
  storedUnreadableHeading: 'The stored data could not be read',
  storedUnreadable:
    'This browser has stored data for the dashboard, but it could not be read. Nothing has been deleted or replaced. You can try again, download the stored files (to send to whoever runs the service, say), or start afresh with the demo data.',
  storedUnreadableReason: 'Error:',
  storedFilesCaption: 'Files stored in this browser',
  storedFileName: 'File',
  storedFileSize: 'Size (bytes)',
  retryStored: 'Try again',
  downloadStored: (name) => `Download ${name}`,
  startAfresh: 'Start afresh (delete the stored data)',
  confirmStartAfresh:
    'Delete all data stored in this browser and start afresh with the demo data? This cannot be undone.',
  notSaved: (reason) =>
    `The change is shown, but could not be stored in the browser and will be gone when the tab closes: ${reason}`,
  storedHere:
    'The data is stored only in this browser and stays until you delete it here. Nothing is sent anywhere.',
  otherTab:
    'The data is open in another tab, so this tab shows only demo data and saves nothing. Close the other tab and reload this one to see and change your data.',
  notStored:
    'This browser does not let the page store data: what you load is gone when the tab closes.',
  readOnly:
    'This edition of the dashboard is published with the data it shows. It takes no files, and nothing is stored in the browser.',
};

export const datasetsMessages: { nb: DatasetsMessages; en: DatasetsMessages } = { nb, en };

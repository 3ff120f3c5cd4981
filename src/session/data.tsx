import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import demoObservationsUrl from '../../datasets/observations.csv?url';
import type { Storage } from '../db/browser';
import type { Db } from '../db/engine';
import {
  checkpoint,
  deleteAllDatasets,
  loadDemoDataset,
  prepareDatabase,
} from '../queries/datasets';
import { catalogue, organisations } from './reference';

export type DataState =
  | { status: 'starting' }
  | { status: 'loading-demo' }
  | { status: 'ready'; db: Db; version: number; storage: Storage }
  | { status: 'failed'; message: string };

interface DataValue {
  state: DataState;
  /** Tells every view that observations changed, so queries run again, and saves the change. */
  dataChanged(): void;
  /** Deletes every dataset and loads the demo data again; the views are told. */
  resetToDemo(): Promise<void>;
}

/** The database file in the origin's private file system. */
const DB_FILE = 'gevinstmonitor.db';

const DataContext = createContext<DataValue | null>(null);

async function loadDemo(db: Db): Promise<void> {
  const response = await fetch(demoObservationsUrl);
  if (!response.ok) throw new Error(`demo data: HTTP ${response.status}`);
  await loadDemoDataset(db, new Uint8Array(await response.arrayBuffer()));
}

/**
 * A failed checkpoint loses nothing (the change is in DuckDB's log, replayed at the next start,
 * and the next checkpoint takes it), so it is only reported.
 */
function save(db: Db): void {
  checkpoint(db).catch((error: unknown) => console.warn('checkpoint deferred:', error));
}

async function startDatabase(onDemo: () => void): Promise<{ db: Db; storage: Storage }> {
  // Imported lazily so the page's first paint does not wait for duckdb-wasm's JavaScript.
  const { openPersistentBrowserDb } = await import('../db/browser');
  const { db, storage } = await openPersistentBrowserDb(DB_FILE);
  const { empty } = await prepareDatabase(db, organisations, catalogue);
  // A new database, or one whose every dataset was deleted: the dashboard needs something.
  if (empty) {
    onDemo();
    await loadDemo(db);
  }
  save(db);
  return { db, storage };
}

/** One database per page, even when React mounts the provider twice in development. */
let started: Promise<{ db: Db; storage: Storage }> | null = null;
const demoListeners = new Set<() => void>();

function database() {
  started ??= startDatabase(() => {
    for (const listener of demoListeners) listener();
  });
  return started;
}

export function DataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataState>({ status: 'starting' });
  useEffect(() => {
    let live = true;
    const onDemo = () => live && setState({ status: 'loading-demo' });
    demoListeners.add(onDemo);
    database().then(
      ({ db, storage }) => live && setState({ status: 'ready', db, version: 1, storage }),
      (error: unknown) => {
        console.error(error);
        if (live) setState({ status: 'failed', message: String(error) });
      },
    );
    return () => {
      live = false;
      demoListeners.delete(onDemo);
    };
  }, []);
  const dataChanged = useCallback(() => {
    setState((current) =>
      current.status === 'ready' ? { ...current, version: current.version + 1 } : current,
    );
    void started?.then(({ db }) => save(db));
  }, []);
  const resetToDemo = useCallback(async () => {
    if (started === null) return;
    const { db } = await started;
    try {
      await deleteAllDatasets(db);
      await loadDemo(db);
    } finally {
      // Even a failed demo load has deleted the data: the views must show what is there now.
      dataChanged();
    }
  }, [dataChanged]);
  return (
    <DataContext.Provider value={{ state, dataChanged, resetToDemo }}>
      {children}
    </DataContext.Provider>
  );
}

export function useData(): DataValue {
  const value = useContext(DataContext);
  if (value === null) throw new Error('useData outside DataProvider');
  return value;
}

import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import demoObservationsUrl from '../../datasets/observations.csv?url';
import type { Db } from '../db/engine';
import { prepareImport } from '../queries/import/prepare';
import { loadReference } from '../queries/reference';
import { createSchema } from '../queries/schema';
import { catalogue, organisations } from './reference';

export type DataState =
  | { status: 'starting' }
  | { status: 'loading-demo' }
  | { status: 'ready'; db: Db; version: number }
  | { status: 'failed'; message: string };

interface DataValue {
  state: DataState;
  /** Tells every view that observations changed, so queries run again. */
  dataChanged(): void;
}

const DataContext = createContext<DataValue | null>(null);

async function startDatabase(onDemo: () => void): Promise<Db> {
  // Imported lazily so the page's first paint does not wait for duckdb-wasm's JavaScript.
  const { openBrowserDb } = await import('../db/browser');
  const db = await openBrowserDb();
  await createSchema(db);
  await loadReference(db, organisations, catalogue);
  onDemo();
  const response = await fetch(demoObservationsUrl);
  if (!response.ok) throw new Error(`demo data: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const prepared = await prepareImport(db, { name: 'observations.csv', bytes });
  if (!prepared.ok) throw new Error(`demo data: ${JSON.stringify(prepared.error)}`);
  if (prepared.data.report.rejectedRows > 0) {
    console.warn('demo data: rows rejected', prepared.data.report.reasonCounts);
  }
  await prepared.data.commit();
  return db;
}

/** One database per page, even when React mounts the provider twice in development. */
let started: Promise<Db> | null = null;
const demoListeners = new Set<() => void>();

function database(): Promise<Db> {
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
      (db) => live && setState({ status: 'ready', db, version: 1 }),
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
  const dataChanged = useCallback(
    () =>
      setState((current) =>
        current.status === 'ready' ? { ...current, version: current.version + 1 } : current,
      ),
    [],
  );
  return <DataContext.Provider value={{ state, dataChanged }}>{children}</DataContext.Provider>;
}

export function useData(): DataValue {
  const value = useContext(DataContext);
  if (value === null) throw new Error('useData outside DataProvider');
  return value;
}

import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { Storage } from '../db/browser';
import type { Db } from '../db/engine';
import { loadBakedDataset } from '../queries/baked';
import { checkpoint, deleteAllDatasets, prepareDatabase } from '../queries/datasets';
import { built } from './build';
import { catalogue, organisations } from './reference';

export type DataState =
  | { status: 'starting' }
  /** The build's own data is being loaded: dataset `done + 1` of `total`. */
  | { status: 'loading-demo'; done: number; total: number }
  | { status: 'ready'; db: Db; version: number; storage: Storage }
  /** `timedOut`: the engine never started (see ENGINE_START_LIMIT_MS). */
  | { status: 'failed'; message: string; timedOut: boolean };

interface DataValue {
  state: DataState;
  /** Tells every view that observations changed, so queries run again, and saves the change. */
  dataChanged(): void;
  /** Deletes every dataset and loads the build's own data again; the views are told. */
  resetToDemo(): Promise<void>;
}

/**
 * DuckDB starts in 1–3 s. A host that serves `.wasm` with the wrong type (not
 * `application/wasm`) makes the engine wait for ever rather than fail, so after this long the
 * page says what is wrong instead of saying "starting" for good.
 */
const ENGINE_START_LIMIT_MS = 30_000;

class EngineStartTimeout extends Error {
  override name = 'EngineStartTimeout';
}

function startedWithin<T>(ms: number, start: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EngineStartTimeout()), ms);
  });
  return Promise.race([start, limit]).finally(() => clearTimeout(timer));
}

/** The database file in the origin's private file system. */
const DB_FILE = 'gevinstmonitor.db';

const DataContext = createContext<DataValue | null>(null);

/** Loads the datasets baked into the build (scripts/bake.ts), telling `onProgress` as it goes. */
async function loadBuiltData(
  db: Db,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  for (const [index, dataset] of built.datasets.entries()) {
    onProgress(index, built.datasets.length);
    const response = await fetch(dataset.url);
    if (!response.ok) throw new Error(`${dataset.source}: HTTP ${response.status}`);
    await loadBakedDataset(db, new Uint8Array(await response.arrayBuffer()), dataset);
  }
}

/**
 * A failed checkpoint loses nothing (the change is in DuckDB's log, replayed at the next start,
 * and the next checkpoint takes it), so it is only reported.
 */
function save(db: Db): void {
  checkpoint(db).catch((error: unknown) => console.warn('checkpoint deferred:', error));
}

async function startDatabase(
  onProgress: (done: number, total: number) => void,
): Promise<{ db: Db; storage: Storage }> {
  // Imported lazily so the page's first paint does not wait for duckdb-wasm's JavaScript.
  const { openBrowserDb, openPersistentBrowserDb } = await import('../db/browser');
  // A published, read-only build shows its own data and nothing else: kept in memory, it can
  // never show what an earlier visit (or an older build) left in the browser's storage.
  const { db, storage } = await startedWithin(
    ENGINE_START_LIMIT_MS,
    built.config.allowUpload
      ? openPersistentBrowserDb(DB_FILE)
      : openBrowserDb().then((db) => ({ db, storage: 'read-only' as const })),
  );
  const { empty } = await prepareDatabase(db, organisations, catalogue);
  // A new database, or one whose every dataset was deleted: the dashboard needs something.
  if (empty) await loadBuiltData(db, onProgress);
  save(db);
  return { db, storage };
}

/** One database per page, even when React mounts the provider twice in development. */
let started: Promise<{ db: Db; storage: Storage }> | null = null;
const progressListeners = new Set<(done: number, total: number) => void>();

function database() {
  started ??= startDatabase((done, total) => {
    for (const listener of progressListeners) listener(done, total);
  });
  return started;
}

export function DataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataState>({ status: 'starting' });
  useEffect(() => {
    let live = true;
    const onProgress = (done: number, total: number) =>
      live && setState({ status: 'loading-demo', done, total });
    progressListeners.add(onProgress);
    database().then(
      ({ db, storage }) => live && setState({ status: 'ready', db, version: 1, storage }),
      (error: unknown) => {
        console.error(error);
        if (live) {
          setState({
            status: 'failed',
            message: String(error),
            timedOut: error instanceof EngineStartTimeout,
          });
        }
      },
    );
    return () => {
      live = false;
      progressListeners.delete(onProgress);
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
      await loadBuiltData(db, () => {});
    } finally {
      // Even a failed load has deleted the data: the views must show what is there now.
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

import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';
import type { Db } from '../db/engine';
import { loadBakedDataset } from '../queries/baked';
import { deleteAllDatasets, prepareDatabase } from '../queries/datasets';
import { createSchema } from '../queries/schema';
import { exportSnapshot, restoreSnapshot } from '../queries/snapshot';
import { built } from './build';
import { forgetDatabase, invalidateChanged } from './db-keys';
import { loadNationalRegister } from './national-register-loader';
import { catalogue } from './reference';
import {
  claimStorage,
  deleteEverythingStored,
  readStored,
  removeLeftovers,
  type Storage,
  type StoredFile,
  storedFiles,
  writeStored,
} from './stored-data';

export type DataState =
  | { status: 'starting' }
  /** The build's own data is being loaded: dataset `done + 1` of `total`. */
  | { status: 'loading-demo'; done: number; total: number }
  | { status: 'ready'; db: Db; storage: Storage }
  /** `timedOut`: the engine never started (see ENGINE_START_LIMIT_MS). */
  | { status: 'failed'; message: string; timedOut: boolean }
  /**
   * Data is stored in this browser but could not be read: nothing is replaced or deleted until
   * the user chooses (try again, download the files, or start afresh).
   */
  | { status: 'stored-unreadable'; message: string; files: StoredFile[] };

interface DataValue {
  state: DataState;
  /**
   * Tells the views that the observations of `indicators` (`null`: of any indicator) changed — the
   * answers that read them are asked again (db-keys.ts, `keysChangedBy`) — and stores the new
   * state; resolves once it is stored (docs/persistence.md), rejects if it could not be.
   */
  dataChanged(indicators: readonly string[] | null): Promise<void>;
  /** «Slett alle lokale data»: every stored file and setting goes, the build's data is loaded. */
  resetToDemo(): Promise<void>;
  /** For stored data that could not be read: read it again. */
  retryStored(): void;
  /** For stored data that could not be read: delete it all, on purpose, and start with the demo. */
  startAfresh(): Promise<void>;
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

/** An error reading what this browser stored, as opposed to starting the engine. */
class StoredReadError extends Error {
  override name = 'StoredReadError';
}

interface Started {
  db: Db;
  storage: Storage;
}

/**
 * The engine, in memory. Imported lazily so the page's first paint does not wait for
 * duckdb-wasm's JavaScript.
 */
async function startEngine(): Promise<{ db: Db; storage: Storage }> {
  // Fetched and parsed while the engine starts; `fill` needs it.
  void loadNationalRegister();
  const { openBrowserDb } = await import('../db/browser');
  // A published, read-only build shows its own data and nothing else: it never reads what an
  // earlier visit (or an older build) left in the browser's storage.
  const [db, storage] = await startedWithin(
    ENGINE_START_LIMIT_MS,
    Promise.all([openBrowserDb(), built.config.allowUpload ? claimStorage() : 'read-only']),
  );
  await createSchema(db);
  return { db, storage: storage as Storage };
}

/** The stored generation this page last read or wrote; the next save writes one more. */
let generation = 0;

/**
 * Fills the fresh database: the stored snapshot if this tab holds the stored data, else (or if
 * none is stored yet) the build's own datasets. A stored snapshot that cannot be read is never
 * replaced: StoredReadError, and the page asks what to do.
 */
async function fill(
  { db, storage }: Started,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  if (storage === 'opfs') {
    try {
      const stored = await readStored();
      if (stored.kind === 'snapshot') {
        await restoreSnapshot(db, stored.snapshot);
        generation = stored.generation;
        await removeLeftovers(stored.observationsFile);
      } else if (stored.kind === 'empty') {
        await removeLeftovers(null);
      } else if (stored.kind === 'legacy') {
        const { rescueLegacyDatabase } = await import('./legacy-database');
        await rescueLegacyDatabase(db);
        await save({ db, storage });
      }
    } catch (error) {
      throw new StoredReadError(String(error));
    }
  }
  const register = await loadNationalRegister();
  const { empty } = await prepareDatabase(db, register.organisations, catalogue, register.aliases);
  // A new visitor, or one whose every dataset was deleted: the dashboard needs something.
  if (empty) await loadBuiltData(db, onProgress);
}

/** Saves run one after another, so an older state never lands after a newer one. */
let saving: Promise<void> = Promise.resolve();

/** Stores the database's whole state as the next generation; in memory it does nothing. */
function save({ db, storage }: Started): Promise<void> {
  if (storage !== 'opfs') return Promise.resolve();
  const next = saving.then(async () => {
    const snapshot = await exportSnapshot(db);
    await writeStored(snapshot, generation + 1);
    generation += 1;
  });
  saving = next.catch(() => {});
  return next;
}

/** One engine per page, even when React mounts the provider twice in development. */
let engine: Promise<Started> | null = null;
let filled: Promise<Started> | null = null;
const progressListeners = new Set<(done: number, total: number) => void>();
const onProgress = (done: number, total: number) => {
  for (const listener of progressListeners) listener(done, total);
};

function database(): Promise<Started> {
  engine ??= startEngine();
  filled ??= engine.then(async (started) => {
    await fill(started, onProgress);
    return started;
  });
  return filled;
}

export function DataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataState>({ status: 'starting' });
  const queryClient = useQueryClient();
  const live = useRef(true);
  /** Waits for the database (started once per page) and shows what it came to. */
  const follow = useCallback(() => {
    database().then(
      ({ db, storage }) => {
        if (!live.current) return;
        // A database filled now (at start, or on a retry) answers nothing as before.
        forgetDatabase(queryClient);
        setState({ status: 'ready', db, storage });
      },
      async (error: unknown) => {
        console.error(error);
        if (!live.current) return;
        if (error instanceof StoredReadError) {
          const files = await storedFiles().catch(() => []);
          setState({ status: 'stored-unreadable', message: error.message, files });
        } else {
          setState({
            status: 'failed',
            message: String(error),
            timedOut: error instanceof EngineStartTimeout,
          });
        }
      },
    );
  }, [queryClient]);
  useEffect(() => {
    live.current = true;
    const progress = (done: number, total: number) =>
      live.current && setState({ status: 'loading-demo', done, total });
    progressListeners.add(progress);
    follow();
    return () => {
      live.current = false;
      progressListeners.delete(progress);
    };
  }, [follow]);
  const dataChanged = useCallback(
    async (indicators: readonly string[] | null) => {
      void invalidateChanged(queryClient, indicators);
      if (filled !== null) await save(await filled);
    },
    [queryClient],
  );
  const resetToDemo = useCallback(async () => {
    if (filled === null) return;
    const started = await filled;
    try {
      await deleteAllDatasets(started.db);
      if (started.storage === 'opfs') {
        await saving;
        await deleteEverythingStored();
        generation = 0;
      }
      await loadBuiltData(started.db, () => {});
    } finally {
      // Even a failed load has deleted the data: the views must show what is there now.
      void invalidateChanged(queryClient, null);
    }
  }, [queryClient]);
  const retryStored = useCallback(() => {
    // The engine stays; only filling it is tried again (a failed restore changed nothing).
    filled = null;
    setState({ status: 'starting' });
    follow();
  }, [follow]);
  const startAfresh = useCallback(async () => {
    await deleteEverythingStored();
    generation = 0;
    retryStored();
  }, [retryStored]);
  return (
    <DataContext.Provider value={{ state, dataChanged, resetToDemo, retryStored, startAfresh }}>
      {children}
    </DataContext.Provider>
  );
}

export function useData(): DataValue {
  const value = useContext(DataContext);
  if (value === null) throw new Error('useData outside DataProvider');
  return value;
}

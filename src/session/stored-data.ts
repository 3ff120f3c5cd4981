import { z } from 'zod';
import { type Snapshot, storedDatasetsSchema } from '../queries/snapshot';

/**
 * What the page keeps in the origin's private file system (OPFS), and nothing else touches it
 * (docs/persistence.md). A snapshot is two files: the observations, under a name of their own
 * for each save, and a manifest naming them with the dataset rows. Each file is written with
 * `createWritable()`, which the browser writes aside and puts in place whole on `close()`; the
 * manifest goes last and the files it no longer names are removed after it. So a page closed or
 * killed at any moment leaves the last whole snapshot, never half of one.
 */

const MANIFEST = 'gevinstmonitor-manifest.json';
const OBSERVATIONS = /^gevinstmonitor-observations-\d+\.csv$/;
/** The database file of versions before the snapshot (with `.wal` beside it). */
export const LEGACY_DB_FILE = 'gevinstmonitor.db';

const manifestSchema = z.object({
  version: z.literal(1),
  generation: z.number().int().nonnegative(),
  observationsFile: z.string().regex(OBSERVATIONS),
  rowCount: z.number().int().nonnegative(),
  savedAt: z.number(),
  datasets: storedDatasetsSchema,
});

/** Where the page's data lives; `read-only` is a published build's, in memory by design. */
export type Storage = 'opfs' | 'memory-other-tab' | 'memory-unavailable' | 'read-only';

/** A stored file as the data page offers it for download. */
export interface StoredFile {
  name: string;
  bytes: number;
}

export type StoredState =
  | { kind: 'empty' }
  | { kind: 'snapshot'; snapshot: Snapshot; generation: number; observationsFile: string }
  /** Only the database file of an earlier version: to be copied into a snapshot. */
  | { kind: 'legacy' };

/** Stored data that is there but cannot be read; the files are left as they are. */
export class StoredDataError extends Error {
  override name = 'StoredDataError';
}

const root = () => navigator.storage.getDirectory();

/** Every file this origin has stored, with its size. */
export async function storedFiles(): Promise<StoredFile[]> {
  const files: StoredFile[] = [];
  for await (const [name, handle] of (await root()).entries()) {
    if (handle.kind !== 'file') continue;
    const file = await (handle as FileSystemFileHandle).getFile();
    files.push({ name, bytes: file.size });
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/** The bytes of one stored file, for the "download what is stored" rescue. */
export async function readStoredFile(name: string): Promise<Uint8Array> {
  const handle = await (await root()).getFileHandle(name);
  return new Uint8Array(await (await handle.getFile()).arrayBuffer());
}

async function existing(name: string): Promise<FileSystemFileHandle | null> {
  try {
    return await (await root()).getFileHandle(name);
  } catch {
    return null;
  }
}

/** Reads the stored snapshot; throws StoredDataError if it is there but unreadable. */
export async function readStored(): Promise<StoredState> {
  const manifestHandle = await existing(MANIFEST);
  if (manifestHandle === null) {
    return (await existing(LEGACY_DB_FILE)) === null ? { kind: 'empty' } : { kind: 'legacy' };
  }
  let manifest: z.infer<typeof manifestSchema>;
  try {
    const text = await (await manifestHandle.getFile()).text();
    manifest = manifestSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new StoredDataError(`${MANIFEST}: ${String(error)}`);
  }
  const observations = await existing(manifest.observationsFile);
  if (observations === null) {
    throw new StoredDataError(`${MANIFEST} names ${manifest.observationsFile}, which is missing`);
  }
  const bytes = new Uint8Array(await (await observations.getFile()).arrayBuffer());
  return {
    kind: 'snapshot',
    generation: manifest.generation,
    observationsFile: manifest.observationsFile,
    snapshot: { datasets: manifest.datasets, observations: bytes, rowCount: manifest.rowCount },
  };
}

async function writeWhole(name: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await (await root()).getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  try {
    await writable.write(bytes as FileSystemWriteChunkType);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => {});
    throw error;
  }
}

/**
 * Moves a stored file to another name (copied whole, then removed); nothing if it is not there.
 */
export async function setAside(name: string, newName: string): Promise<void> {
  if ((await existing(name)) === null) return;
  await writeWhole(newName, await readStoredFile(name));
  await (await root()).removeEntry(name);
}

/**
 * Stores `snapshot` as generation `generation` (one more than the stored one): the observations,
 * then the manifest, then the files of older generations go. Resolves once it is on disk.
 */
export async function writeStored(snapshot: Snapshot, generation: number): Promise<void> {
  const observationsFile = `gevinstmonitor-observations-${generation}.csv`;
  await writeWhole(observationsFile, snapshot.observations);
  const manifest: z.infer<typeof manifestSchema> = {
    version: 1,
    generation,
    observationsFile,
    rowCount: snapshot.rowCount,
    savedAt: Date.now(),
    datasets: snapshot.datasets,
  };
  await writeWhole(MANIFEST, JSON.stringify(manifest));
  await removeLeftovers(observationsFile);
}

/**
 * Removes every stored file but the manifest and the observations it names (`observationsFile`,
 * or none): after a save, the older generation and an earlier version's database it replaced;
 * at start, what a save cut short left — an observations file the manifest never came to name,
 * and the browser's swap files of writes that never closed (Chromium names them `<file>.crswap`).
 * Only the tab holding the storage lock calls it, and saves run one at a time, so no write of
 * its own is open.
 */
export async function removeLeftovers(observationsFile: string | null): Promise<void> {
  const directory = await root();
  for (const { name } of await storedFiles()) {
    const stale =
      (OBSERVATIONS.test(name) && name !== observationsFile) ||
      name.startsWith(LEGACY_DB_FILE) ||
      name.endsWith('.crswap');
    if (stale) await directory.removeEntry(name).catch(() => {});
  }
}

/**
 * «Slett alle lokale data»: every file and folder this origin keeps in OPFS, and every setting it
 * remembered (remembered column mappings, the language) in localStorage and sessionStorage.
 */
export async function deleteEverythingStored(): Promise<void> {
  const directory = await root();
  const names: string[] = [];
  for await (const name of directory.keys()) names.push(name);
  for (const name of names) await directory.removeEntry(name, { recursive: true });
  localStorage.clear();
  sessionStorage.clear();
}

/**
 * How long a page waits for the tab that had the data to let go of it, in case a reload lands
 * while the page it replaces is still being torn down. A real second tab waits this long, then
 * runs in memory; the engine starts meanwhile (≈ 1 s), so little of the wait shows.
 */
const CLAIM_WAIT_MS = 1500;

/**
 * Takes a Web Lock named after the stored data and holds it until the page goes: only one tab
 * reads and writes the stored copy; the others work in memory and say so. Without OPFS (or its
 * `createWritable`) nothing can be kept; without Web Locks nothing is kept either, because two
 * tabs storing at once could pair one tab's manifest with the other's observations
 * (docs/persistence.md). Every browser with `createWritable` has Web Locks; this is for the
 * odd one out.
 */
export async function claimStorage(): Promise<'opfs' | 'memory-other-tab' | 'memory-unavailable'> {
  if (typeof navigator.storage?.getDirectory !== 'function') return 'memory-unavailable';
  if (typeof FileSystemFileHandle?.prototype.createWritable !== 'function') {
    return 'memory-unavailable';
  }
  if (navigator.locks === undefined) return 'memory-unavailable';
  return new Promise((resolve) => {
    navigator.locks
      .request('gevinstmonitor:stored-data', { signal: AbortSignal.timeout(CLAIM_WAIT_MS) }, () => {
        resolve('opfs');
        return new Promise<never>(() => {});
      })
      .catch(() => resolve('memory-other-tab'));
  });
}

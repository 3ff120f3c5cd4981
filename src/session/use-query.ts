import { useEffect, useState } from 'react';
import type { Db } from '../db/engine';
import { useData } from './data';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous: T | null }
  | { status: 'done'; data: T }
  | { status: 'error'; message: string };

/**
 * Runs `run` against the database whenever `key` or the loaded data change. A stale answer
 * (one whose key was replaced while it ran) is dropped, so fast clicking never shows old data.
 */
export function useDbQuery<T>(key: string, run: ((db: Db) => Promise<T>) | null): QueryState<T> {
  const { state } = useData();
  const [result, setResult] = useState<QueryState<T>>({ status: 'idle' });
  const db = state.status === 'ready' ? state.db : null;
  const version = state.status === 'ready' ? state.version : 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `run`'s inputs.
  useEffect(() => {
    if (db === null || run === null) return;
    let current = true;
    setResult((previous) => ({
      status: 'loading',
      previous: previous.status === 'done' ? previous.data : null,
    }));
    run(db).then(
      (data) => current && setResult({ status: 'done', data }),
      (error: unknown) => {
        console.error(error);
        if (current) setResult({ status: 'error', message: String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [db, version, key]);
  return result;
}

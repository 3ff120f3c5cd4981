/**
 * Every read of DuckDB a view shows goes through `useDbQuery`, on the page's one TanStack Query
 * cache (docs/decisions.md, «TanStack Query»). The cache answers a question asked before at
 * once, asks each question once however many views show it, and never gives one question's
 * answer as another's (fast clicking never shows old data as new; `keepPrevious` says so).
 *
 * Keys (made by `dbKeys` in db-keys.ts, never by hand) say what an answer reads, so that a
 * change invalidates what it made wrong and nothing else:
 *
 *   ['db', 'indicator', indicatorId, what, ...params]  observations of one indicator
 *   ['db', 'observations', what, ...params]            observations across indicators
 *   ['db', 'datasets']                                 the list of loaded datasets
 *   ['db', 'synthetic']                                whether demo rows are loaded
 *   ['db', 'console-tables']                           the SQL console's tables
 *   ['db', 'reference', what, ...params]               reference tables only
 *
 * A load or a one-dataset delete knows which indicators' observations it changed: it
 * invalidates `['db', 'indicator', id]` for each and every key across indicators
 * (`observations`, `datasets`, `synthetic`, `console-tables`); «delete all» invalidates every
 * indicator too (`keysChangedBy`). Reference answers are never invalidated: the reference
 * tables change only when a database is filled, at start or on a restore, and then every
 * `['db']` answer is thrown away (`forgetDatabase`), as it is for a new database object.
 * Whatever a key leaves out, `run` must not depend on.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Db } from '../db/engine';
import { useData } from './data';
import type { DbQueryKey } from './db-keys';

export type DbQueryState<T> =
  /**
   * Not answered yet (or the database is not ready). `data`: the last answer, if there is one to
   * show meanwhile — this key's, from before a change to the data, or, with `keepPrevious`, an
   * earlier key's (`placeholder`).
   */
  | { status: 'loading'; data: T | null; placeholder: boolean }
  | { status: 'done'; data: T }
  | { status: 'error'; data: null; message: string };

export interface DbQueryOptions {
  /** While another key's answer runs, show the last one (as `data` of the `loading` state). */
  keepPrevious?: boolean;
  /** `false`: do not ask (yet). An answer the cache holds for the key is still given. */
  enabled?: boolean;
}

/**
 * Asks `run` of the database, cached under `key` (see above); `run: null` asks nothing. A failure
 * is logged (createQueryClient) and given as `error` with its message.
 */
export function useDbQuery<T>(
  key: DbQueryKey,
  run: ((db: Db) => Promise<T>) | null,
  options: DbQueryOptions = {},
): DbQueryState<T> {
  const { state } = useData();
  const db = state.status === 'ready' ? state.db : null;
  const client = useQueryClient();
  const query = useQuery({
    queryKey: key,
    queryFn: () => {
      if (db === null || run === null) throw new Error('useDbQuery: asked without a database');
      return run(db);
    },
    enabled: db !== null && run !== null && options.enabled !== false,
    ...(options.keepPrevious === true ? { placeholderData: keepPreviousData } : {}),
  });
  if (query.isError) return { status: 'error', data: null, message: String(query.error) };
  const data = query.data ?? null;
  // An answer a load or a delete made wrong is not done, even while it is not asked again yet.
  const invalidated = client.getQueryState(key)?.isInvalidated === true;
  if (data !== null && !query.isPlaceholderData && !query.isFetching && !invalidated) {
    return { status: 'done', data };
  }
  return { status: 'loading', data, placeholder: query.isPlaceholderData };
}

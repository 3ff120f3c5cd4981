import { QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * The query cache: its client, its keys, and what a change to the loaded data invalidates. The
 * key scheme is described at the top of db-query.ts, the hook every view reads DuckDB through;
 * docs/decisions.md says why TanStack Query. Pure (no React, no database): tested in Node.
 */

/** What a key may hold after its kind: the question's parameters, as JSON-like values. */
type KeyPart = string | number | boolean | null | readonly string[];

/** What an answer reads, and so what can make it wrong (see `keysChangedBy`). */
type DbKeyKind =
  | 'indicator'
  | 'observations'
  | 'datasets'
  | 'synthetic'
  | 'console-tables'
  | 'reference';

/** A key of the cache's database answers; made by `dbKeys`, never by hand. */
export type DbQueryKey = readonly ['db', DbKeyKind, ...KeyPart[]];

export const dbKeys = {
  /** Every answer from the database: what a new (or newly filled) database throws away. */
  all: ['db'] as const,
  /** Reads the observations of one indicator (catalogued or not) and nothing else loads change. */
  indicator: (indicatorId: string, what: string, ...params: KeyPart[]): DbQueryKey => [
    'db',
    'indicator',
    indicatorId,
    what,
    ...params,
  ],
  /** Reads the observations of several or all indicators: the scorecard, "who reports", … */
  observations: (what: string, ...params: KeyPart[]): DbQueryKey => [
    'db',
    'observations',
    what,
    ...params,
  ],
  /** The list of loaded datasets (with their current row counts). */
  datasets: ['db', 'datasets'] as DbQueryKey,
  /** Whether any synthetic (demo) row is loaded. */
  synthetic: ['db', 'synthetic'] as DbQueryKey,
  /** The SQL console's tables and columns. */
  consoleTables: ['db', 'console-tables'] as DbQueryKey,
  /** Reads the reference tables only (organisations, catalogue): no load or delete changes it. */
  reference: (what: string, ...params: KeyPart[]): DbQueryKey => [
    'db',
    'reference',
    what,
    ...params,
  ],
};

/** Answers across indicators: any load or delete may change them. */
const CROSS_INDICATOR: readonly QueryKey[] = [
  ['db', 'observations'],
  dbKeys.datasets,
  dbKeys.synthetic,
  dbKeys.consoleTables,
];

/**
 * The key prefixes a load or a delete makes wrong: the answers about the indicators whose
 * observations it changed (`null`: any indicator, as after «delete all») and every answer across
 * indicators. Never the reference answers: the reference tables change only when the database
 * is filled, which throws every answer away (`forgetDatabase`).
 */
export function keysChangedBy(indicators: readonly string[] | null): QueryKey[] {
  const perIndicator: QueryKey[] =
    indicators === null
      ? [['db', 'indicator']]
      : [...new Set(indicators)].map((id) => ['db', 'indicator', id]);
  return [...perIndicator, ...CROSS_INDICATOR];
}

/**
 * After a load or a delete: every answer it made wrong is marked so, and the ones on screen are
 * asked again (their last answer stays shown, marked busy, meanwhile). A question still running
 * is dropped first, silently: it may have read the data from before, and must not be cached as
 * the answer to the new.
 */
export async function invalidateChanged(
  client: QueryClient,
  indicators: readonly string[] | null,
): Promise<void> {
  const filters = keysChangedBy(indicators).map((queryKey) => ({ queryKey }));
  await Promise.all(filters.map((filter) => client.cancelQueries(filter, { silent: true })));
  await Promise.all(filters.map((filter) => client.invalidateQueries(filter)));
}

/** A new database, or the same one filled anew (start, restore): no earlier answer holds. */
export function forgetDatabase(client: QueryClient): void {
  client.removeQueries({ queryKey: dbKeys.all });
}

/** How long an answer no view shows is kept, for a reader who comes back to the view. */
const UNUSED_ANSWER_MS = 2 * 60_000;

/**
 * The page's one query cache, with defaults for a database in the page's own memory: a failed
 * query fails the same way again (no retries); nothing changes behind our back (no refetch on
 * focus or reconnect, answers never go stale by time: our own loads and deletes invalidate
 * them); and it works offline (`networkMode: 'always'`: there is no network to wait for).
 * Every failure is logged once, here; the views show its message.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => console.error(error) }),
    defaultOptions: {
      queries: {
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: UNUSED_ANSWER_MS,
        networkMode: 'always',
        // Every answer is built anew from DuckDB's rows; comparing it deep with the last one (to
        // keep equal parts identical) costs more on a 1 000-point series than it saves
        // (bench/README.md, «Query cache»).
        structuralSharing: false,
      },
    },
  });
}

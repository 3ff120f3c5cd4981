import { type QueryClient, type QueryKey, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createQueryClient,
  dbKeys,
  forgetDatabase,
  invalidateChanged,
  keysChangedBy,
} from '../../src/session/db-keys';

/** One of each kind of answer the views ask for (src/session/db-query.ts). */
const KEYS = {
  seriesA: dbKeys.indicator('A', 'series', ['5001', '5006']),
  rolloutA: dbKeys.indicator('A', 'rollout'),
  seriesB: dbKeys.indicator('B', 'series', ['5001']),
  /** A prefix of A's id, but another indicator. */
  seriesAB: dbKeys.indicator('AB', 'series', ['5001']),
  scorecard: dbKeys.observations('scorecard', 'region', '2026-01-01'),
  datasets: dbKeys.datasets,
  synthetic: dbKeys.synthetic,
  consoleTables: dbKeys.consoleTables,
  reference: dbKeys.reference('organisations'),
} as const;
type Name = keyof typeof KEYS;
const NAMES = Object.keys(KEYS) as Name[];

/**
 * Every key watched by an observer, as a mounted view watches it, counting how often each is
 * asked. Resolves once every first answer is in.
 */
async function watchAll(client: QueryClient) {
  const asked = Object.fromEntries(NAMES.map((name) => [name, 0])) as Record<Name, number>;
  const observers = NAMES.map((name) => {
    const observer = new QueryObserver(client, {
      queryKey: KEYS[name],
      queryFn: async () => {
        asked[name] += 1;
        return `${name} ${asked[name]}`;
      },
    });
    const unsubscribe = observer.subscribe(() => {});
    return { observer, unsubscribe };
  });
  await vi.waitFor(() => expect(Object.values(asked).every((n) => n === 1)).toBe(true));
  return {
    asked,
    /** The names asked again since the first answers, once every refetch has settled. */
    async askedAgain(): Promise<Name[]> {
      await vi.waitFor(() => expect(client.isFetching()).toBe(0));
      return NAMES.filter((name) => asked[name] > 1);
    },
    stop: () => {
      for (const { unsubscribe } of observers) unsubscribe();
    },
  };
}

let client: QueryClient;
afterEach(() => client?.clear());

describe('the keys a load or a delete invalidates', () => {
  it('names the changed indicators and every answer across indicators, never reference', () => {
    expect(keysChangedBy(['A', 'B', 'A'])).toEqual([
      ['db', 'indicator', 'A'],
      ['db', 'indicator', 'B'],
      ['db', 'observations'],
      ['db', 'datasets'],
      ['db', 'synthetic'],
      ['db', 'console-tables'],
    ]);
    expect(keysChangedBy(null)).toEqual([
      ['db', 'indicator'],
      ['db', 'observations'],
      ['db', 'datasets'],
      ['db', 'synthetic'],
      ['db', 'console-tables'],
    ]);
    const touchesReference = (keys: QueryKey[]) => keys.some((key) => key[1] === 'reference');
    expect(touchesReference(keysChangedBy(['A']))).toBe(false);
    expect(touchesReference(keysChangedBy(null))).toBe(false);
  });

  it('a load of indicator A asks again A and the cross-indicator answers, not B or reference', async () => {
    client = createQueryClient();
    const watched = await watchAll(client);
    await invalidateChanged(client, ['A']);
    expect(await watched.askedAgain()).toEqual([
      'seriesA',
      'rolloutA',
      'scorecard',
      'datasets',
      'synthetic',
      'consoleTables',
    ]);
    // The answers not asked again are still valid, and still cached.
    for (const name of ['seriesB', 'seriesAB', 'reference'] as const) {
      expect(client.getQueryState(KEYS[name])?.isInvalidated).toBe(false);
      expect(client.getQueryData(KEYS[name])).toBe(`${name} 1`);
    }
    watched.stop();
  });

  it('marks the answers no view shows as wrong too, and only those it changed', async () => {
    client = createQueryClient();
    await client.fetchQuery({ queryKey: KEYS.seriesA, queryFn: async () => 'a' });
    await client.fetchQuery({ queryKey: KEYS.seriesB, queryFn: async () => 'b' });
    await client.fetchQuery({ queryKey: KEYS.reference, queryFn: async () => 'r' });
    await invalidateChanged(client, ['A']);
    expect(client.getQueryState(KEYS.seriesA)?.isInvalidated).toBe(true);
    expect(client.getQueryState(KEYS.seriesB)?.isInvalidated).toBe(false);
    expect(client.getQueryState(KEYS.reference)?.isInvalidated).toBe(false);
  });

  it('«delete all» (any indicator) asks again everything but the reference answers', async () => {
    client = createQueryClient();
    const watched = await watchAll(client);
    await invalidateChanged(client, null);
    expect(await watched.askedAgain()).toEqual(NAMES.filter((name) => name !== 'reference'));
    watched.stop();
  });

  it('a delete of a dataset without rows still asks again the list and the other totals', async () => {
    client = createQueryClient();
    const watched = await watchAll(client);
    await invalidateChanged(client, []);
    expect(await watched.askedAgain()).toEqual([
      'scorecard',
      'datasets',
      'synthetic',
      'consoleTables',
    ]);
    watched.stop();
  });

  it('never caches an answer that was running when the data changed', async () => {
    client = createQueryClient();
    let data = 'before';
    const answers: (() => void)[] = [];
    const observer = new QueryObserver(client, {
      queryKey: KEYS.seriesA,
      // Each call reads the data as it is when asked, and answers when told to.
      queryFn: () => {
        const read = data;
        return new Promise<string>((resolve) => answers.push(() => resolve(read)));
      },
    });
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    data = 'after';
    // Resolves once the answers on screen are in again.
    const changed = invalidateChanged(client, ['A']);
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    // The question asked anew answers first; the one that read the old data only after it.
    answers[1]?.();
    await changed;
    answers[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(client.getQueryData(KEYS.seriesA)).toBe('after');
    expect(client.getQueryState(KEYS.seriesA)?.isInvalidated).toBe(false);
    unsubscribe();
  });
});

describe('a new database', () => {
  it('forgets every answer, reference ones included', async () => {
    client = createQueryClient();
    for (const name of NAMES) {
      await client.fetchQuery({ queryKey: KEYS[name], queryFn: async () => name });
    }
    client.setQueryData(['not-db'], 'kept');
    forgetDatabase(client);
    for (const name of NAMES) expect(client.getQueryState(KEYS[name])).toBeUndefined();
    expect(client.getQueryData(['not-db'])).toBe('kept');
  });
});

describe('the query client', () => {
  it('asks a failing query once and logs the failure once', async () => {
    client = createQueryClient();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = vi.fn(async () => {
      throw new Error('Binder Error: no such column');
    });
    await expect(client.fetchQuery({ queryKey: KEYS.seriesB, queryFn: failing })).rejects.toThrow(
      'no such column',
    );
    expect(failing).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it('keeps answers until they are invalidated, and answers offline', () => {
    client = createQueryClient();
    const defaults = client.getDefaultOptions().queries;
    expect(defaults).toMatchObject({
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      staleTime: Number.POSITIVE_INFINITY,
      networkMode: 'always',
    });
    expect(defaults?.gcTime).toBeLessThanOrEqual(10 * 60_000);
  });
});

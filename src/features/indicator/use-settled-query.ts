import { useEffect, useState } from 'react';
import type { Db } from '../../db/engine';
import { type QueryState, useDbQuery } from '../../session/use-query';

/** How long a choice must stand before the slower analyses below the chart start. */
export const SETTLE_MS = 350;

export interface SettledQuery<T> {
  result: QueryState<T>;
  /** The result (if any) is for an earlier key: the reader is still changing the view. */
  stale: boolean;
}

/**
 * useDbQuery for work that can wait: it starts only once `key` has stood for `delay` ms. A leader
 * clicking through indicators or organisations sees the chart redraw at once, and the comparison
 * and rollout analyses (each a larger query and, for the rollout, a 1 000-replicate bootstrap on
 * the main thread) run only for the view they stop at, not for every one they pass.
 */
export function useSettledQuery<T>(
  key: string,
  run: ((db: Db) => Promise<T>) | null,
  delay = SETTLE_MS,
): SettledQuery<T> {
  const wanted = run === null ? null : key;
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    if (wanted === null) return;
    const timer = setTimeout(() => setSettled(wanted), delay);
    return () => clearTimeout(timer);
  }, [wanted, delay]);
  const result = useDbQuery(settled ?? '', settled !== null && settled === wanted ? run : null);
  return { result, stale: settled !== wanted };
}

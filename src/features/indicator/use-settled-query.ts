import { hashKey } from '@tanstack/react-query';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { Db } from '../../db/engine';
import type { DbQueryKey } from '../../session/db-keys';
import { type DbQueryState, useDbQuery } from '../../session/db-query';

/** How long a choice must stand before the slower analyses below the chart start. */
export const SETTLE_MS = 350;
/**
 * The same for a section off screen: it is still worked out, for a reader who reaches it by
 * keyboard or screen reader without scrolling, but only once the reader has paused.
 */
export const SETTLE_OFF_SCREEN_MS = 1500;

export interface SettledQuery<T> {
  result: DbQueryState<T>;
  /** The result (if any) is for an earlier key: the reader is still changing the view. */
  stale: boolean;
}

/**
 * useDbQuery for work that can wait: it is asked only once `key` has stood for `delay` ms. A
 * leader clicking through indicators or organisations sees the chart redraw at once, and the
 * comparison and rollout analyses (each a larger query and, for the rollout, a 1 000-replicate
 * bootstrap on the main thread) run only for the view they stop at, not for every one they pass.
 * The timer only decides which key is asked; the cache keeps the answers (one seen before shows
 * at once) and, meanwhile, the last one.
 */
export function useSettledQuery<T>(
  key: DbQueryKey,
  run: ((db: Db) => Promise<T>) | null,
  delay = SETTLE_MS,
): SettledQuery<T> {
  const wanted = run === null ? null : hashKey(key);
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    if (wanted === null) return;
    const timer = setTimeout(() => setSettled(wanted), delay);
    return () => clearTimeout(timer);
  }, [wanted, delay]);
  const result = useDbQuery(key, run, { keepPrevious: true, enabled: settled === wanted });
  return { result, stale: result.status === 'loading' && result.placeholder };
}

/** How near the viewport (px) a section counts as in view: it starts just before it is seen. */
const NEAR_VIEWPORT = '200px';

/**
 * Whether the element is on (or near) the screen: an analysis in view is worked out as soon as
 * the view settles, one further down waits longer (see SETTLE_OFF_SCREEN_MS).
 */
export function useInView<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const element = ref.current;
    // Without IntersectionObserver (old browsers, some test DOMs) everything counts as seen.
    if (element === null || typeof IntersectionObserver === 'undefined') {
      setInView(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => setInView(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, inView];
}

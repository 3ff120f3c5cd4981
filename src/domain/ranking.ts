import type { Direction } from './catalogue';

/**
 * A change turned so that positive is better: for a lower-is-better indicator a fall is the good
 * news, so its sign flips. Ranking and "how far ahead" compare these, never raw changes.
 */
export function gain(change: number, direction: Direction): number {
  return direction === 'higher_is_better' ? change : -change;
}

/**
 * Rows ordered best to worst by their change in the indicator's good direction; rows without a
 * change (no baseline or no recent value) go last, since nothing can be said of their rank.
 * Equal changes keep a stable order by `name` (bokmål collation), so the list does not jump.
 */
export function rankByChange<Row>(
  rows: readonly Row[],
  direction: Direction,
  change: (row: Row) => number | null,
  name: (row: Row) => string,
): Row[] {
  return [...rows].sort((a, b) => {
    const ca = change(a);
    const cb = change(b);
    if (ca === null || cb === null) {
      if (ca !== cb) return ca === null ? 1 : -1;
    } else {
      const diff = gain(cb, direction) - gain(ca, direction);
      if (diff !== 0) return diff;
    }
    return name(a).localeCompare(name(b), 'nb');
  });
}

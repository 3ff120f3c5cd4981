/** Rows per page of the indicator page's tables: two years of months. */
export const PAGE_SIZE = 24;

export interface Page<Row> {
  rows: Row[];
  /** Index of the page's first row in the whole list (0-based). */
  start: number;
  /** Pages in all; at least 1, so an empty table still has a page to show. */
  pages: number;
  /** The page shown, counted from the newest (0), clamped to the pages there are. */
  page: number;
}

/**
 * One page of a list in date order, counted from its end: page 0 is the newest `size` rows,
 * since a leader opens a table for the latest months. Pages are cut from the end, so that page
 * is always full and only the oldest page may be short.
 */
export function pageFromEnd<Row>(rows: readonly Row[], page: number, size = PAGE_SIZE): Page<Row> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const clamped = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const end = rows.length - clamped * size;
  const start = Math.max(0, end - size);
  return { rows: rows.slice(start, end), start, pages, page: clamped };
}

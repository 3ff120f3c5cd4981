import { useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { organisations } from '../session/reference';
import {
  type AppSearch,
  parseQuery,
  readSearch,
  type SearchReading,
  stringifyQuery,
} from './search';

/** The current view state, parsed and with defaults filled in. */
export function useAppSearch(): AppSearch {
  return useSearch({ from: '__root__' });
}

/**
 * Changes part of the view state on the current page. A new history entry each time, so the
 * browser's back button undoes one choice; `replace` for changes that should not pile up.
 */
export function useUpdateSearch(): (patch: Partial<AppSearch>, replace?: boolean) => void {
  const navigate = useNavigate();
  return useCallback(
    (patch, replace = false) =>
      void navigate({
        to: '.',
        search: (previous: AppSearch) => ({ ...previous, ...patch }),
        replace,
      }),
    [navigate],
  );
}

/** The pathname and query a view is known by: bad values read as their fallbacks. */
const viewKey = (pathname: string, reading: SearchReading) =>
  `${pathname}${stringifyQuery(reading.search)}`;

/**
 * The link the page was opened with, read when this module loads: before the router replaces
 * the address with its tidy form, where a bad value is simply left out.
 */
const openedWith = (() => {
  if (typeof window === 'undefined') return null;
  const [path = '', query = ''] = window.location.hash.replace(/^#/, '').split('?');
  const reading = readSearch(parseQuery(query), organisations);
  return { view: viewKey(path === '' ? '/' : path, reading), rejected: reading.rejected };
})();

/**
 * The parameters of the link that were ignored, for the notice that says so. Those of the link
 * the page was opened with are named for as long as the reader stays on the view it opened,
 * although the router has by then taken them out of the address.
 */
export function useRejectedParameters(): string[] {
  const pathname = useLocation({ select: (location) => location.pathname });
  const query = useLocation({ select: (location) => location.searchStr });
  const reading = useMemo(() => readSearch(parseQuery(query), organisations), [query]);
  const [onOpenedView, setOnOpenedView] = useState(true);
  const stillThere = onOpenedView && openedWith?.view === viewKey(pathname, reading);
  if (onOpenedView && !stillThere) setOnOpenedView(false);
  if (stillThere && openedWith !== null && reading.rejected.length === 0) {
    return openedWith.rejected;
  }
  return reading.rejected;
}

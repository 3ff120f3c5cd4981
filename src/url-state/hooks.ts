import { useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { organisations } from '../session/reference';
import { type AppSearch, parseQuery, readSearch } from './search';

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

/** The parameters of the current URL that were ignored, for the notice that says so. */
export function useRejectedParameters(): string[] {
  const query = useLocation({ select: (location) => location.searchStr });
  return useMemo(() => readSearch(parseQuery(query), organisations).rejected, [query]);
}

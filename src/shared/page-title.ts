import { useEffect } from 'react';
import { built } from '../session/build';

/** Names the browser tab after the page (WCAG 2.4.2): the tab list and history read better. */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = title === null ? built.config.title : `${title} – ${built.config.title}`;
  }, [title]);
}

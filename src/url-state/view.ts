import { useEffect, useState } from 'react';
import { z } from 'zod';

/** The pages of the app, addressed by the URL's hash so any static host can serve them. */
export const VIEWS = ['overview', 'data', 'sql'] as const;
export const viewSchema = z.enum(VIEWS);
export type View = z.infer<typeof viewSchema>;

/** `#/data` → 'data'; an empty or unknown hash falls back to the overview, never an error. */
export function parseView(hash: string): View {
  const parsed = viewSchema.safeParse(hash.replace(/^#\/?/, '').split(/[?/]/, 1)[0]);
  return parsed.success ? parsed.data : 'overview';
}

/** The hash that shows a view; the default view has the shortest. */
export function viewHash(view: View): string {
  return view === 'overview' ? '#/' : `#/${view}`;
}

/** The current view, following the hash (links, back and forward). */
export function useView(): View {
  const [view, setView] = useState(() => parseView(window.location.hash));
  useEffect(() => {
    const onChange = () => setView(parseView(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return view;
}

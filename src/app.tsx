import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { createAppRouter } from './router';
import { built } from './session/build';
import { createQueryClient } from './session/db-keys';

// A link without a page opens the build's default view (a bare address, or `#/`).
if (['', '#', '#/'].includes(window.location.hash) && built.config.defaultView !== '/') {
  window.history.replaceState(null, '', `#${built.config.defaultView}`);
}
const router = createAppRouter();
/** One cache of database answers for the shell and every page (src/session/db-query.ts). */
const queryClient = createQueryClient();

/** The app is its router: every page, and the view state of each, lives in the URL. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

import { RouterProvider } from '@tanstack/react-router';
import { createAppRouter } from './router';
import { built } from './session/build';

// A link without a page opens the build's default view (a bare address, or `#/`).
if (['', '#', '#/'].includes(window.location.hash) && built.config.defaultView !== '/') {
  window.history.replaceState(null, '', `#${built.config.defaultView}`);
}
const router = createAppRouter();

/** The app is its router: every page, and the view state of each, lives in the URL. */
export function App() {
  return <RouterProvider router={router} />;
}

import { RouterProvider } from '@tanstack/react-router';
import { createAppRouter } from './router';

const router = createAppRouter();

/** The app is its router: every page, and the view state of each, lives in the URL. */
export function App() {
  return <RouterProvider router={router} />;
}

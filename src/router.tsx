import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  retainSearchParams,
  stripSearchParams,
} from '@tanstack/react-router';
import { OverviewPage } from './features/overview/OverviewPage';
import { built } from './session/build';
import { organisations } from './session/reference';
import { NotFoundPage } from './shell/NotFoundPage';
import { PageError, PagePending } from './shell/PageStates';
import { Shell } from './shell/Shell';
import {
  DEFAULT_SEARCH,
  parseQuery,
  readSearch,
  SHARED_KEYS,
  stringifyQuery,
} from './url-state/search';

/**
 * The app's pages and their addresses. Hash history: the server only ever serves index.html, so
 * any static host (and any sub-path) works. The query inside the hash is the view state, read
 * by url-state/search.ts; the data and SQL pages are drawn by the shell, which keeps them
 * mounted, so their routes render nothing of their own.
 */
/** A build configured in English opens links without `lang=` in English. */
const defaults = { ...DEFAULT_SEARCH, lang: built.config.language };

const rootRoute = createRootRoute({
  validateSearch: (raw: Record<string, unknown>) => readSearch(raw, organisations, defaults).search,
  search: {
    // Scope, period and language follow the reader from page to page; defaults never show.
    // Stripping goes first so it runs last: retaining copies defaults from the current state.
    middlewares: [stripSearchParams(defaults), retainSearchParams([...SHARED_KEYS])],
  },
  component: Shell,
  notFoundComponent: NotFoundPage,
});

const routeTree = rootRoute.addChildren([
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: OverviewPage }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/indicator/$indicatorId',
    component: lazyRouteComponent(
      () => import('./features/indicator/IndicatorPage'),
      'IndicatorPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/organisation/$orgCode',
    component: lazyRouteComponent(
      () => import('./features/organisation/OrganisationPage'),
      'OrganisationPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/organisations',
    component: lazyRouteComponent(
      () => import('./features/organisation/OrganisationsPage'),
      'OrganisationsPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/register',
    component: lazyRouteComponent(() => import('./features/register/RegisterPage'), 'RegisterPage'),
  }),
  createRoute({ getParentRoute: () => rootRoute, path: '/data', component: () => null }),
  createRoute({ getParentRoute: () => rootRoute, path: '/sql', component: () => null }),
]);

export function createAppRouter() {
  return createRouter({
    routeTree,
    history: createHashHistory(),
    parseSearch: parseQuery,
    stringifySearch: stringifyQuery,
    // Views are computed from DuckDB inside the page; nothing is loaded per route.
    defaultPreload: false,
    defaultPendingComponent: PagePending,
    // A page's code may be gone after a new deploy, or a view may fail: say so inside the shell.
    defaultErrorComponent: PageError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

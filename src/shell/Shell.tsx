import { Link, Outlet, useLocation, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { StorageNotice } from '../features/data/StorageNotice';
import { StoredDataRescue } from '../features/data/StoredDataRescue';
import { LocaleProvider, useLocale } from '../i18n/locale';
import { built } from '../session/build';
import { DataProvider, useData } from '../session/data';
import { NotFoundView } from '../shared/not-found';
import { useAppSearch } from '../url-state/hooks';
import type { AppSearch } from '../url-state/search';
import { CopyLinkButton } from './CopyLinkButton';
import { NotFoundPage } from './NotFoundPage';
import { SyntheticNotice } from './SyntheticNotice';
import { UrlNotice } from './UrlNotice';

/** The analysts' pages load their code on the first visit, not with a leader's first view. */
const DataPage = lazy(() =>
  import('../features/data/DataPage').then((m) => ({ default: m.DataPage })),
);
const SqlView = lazy(() => import('../features/sql/SqlView').then((m) => ({ default: m.SqlView })));
const UploadPanel = lazy(() =>
  import('../features/upload/UploadPanel').then((m) => ({ default: m.UploadPanel })),
);

type KeptPage = 'data' | 'sql';

/** The root of every page: language and data for all, the header, the menu and the page. */
export function Shell() {
  const { lang } = useAppSearch();
  return (
    <LocaleProvider locale={lang}>
      <DataProvider>
        <Frame />
      </DataProvider>
    </LocaleProvider>
  );
}

const MENU = [
  { to: '/', key: 'overview' },
  { to: '/organisations', key: 'organisations' },
  { to: '/register', key: 'register' },
  { to: '/data', key: 'data' },
  { to: '/sql', key: 'sql' },
] as const;

function Frame() {
  const { t, locale } = useLocale();
  const { state } = useData();
  const pathname = useLocation({ select: (location) => location.pathname });
  const kept: KeptPage | null = pathname === '/data' ? 'data' : pathname === '/sql' ? 'sql' : null;
  // The data and SQL pages are mounted on their first visit and then kept while hidden, so an
  // upload in progress or a query written survives a look at a chart.
  const [visited, setVisited] = useState<ReadonlySet<KeptPage>>(() => new Set());
  if (kept !== null && !visited.has(kept)) setVisited(new Set([...visited, kept]));
  // A new page moves focus to its content, as a page load would, so a screen reader or keyboard
  // user starts there instead of on the link just followed. Not on the first page, and not when
  // only a parameter of the page changes (another indicator picked in its select): focus then
  // stays on the control in use (WCAG 3.2.2).
  const mainRef = useRef<HTMLElement>(null);
  const page = useRouterState({ select: (state) => state.matches.at(-1)?.routeId ?? '' });
  const shownPage = useRef(page);
  useEffect(() => {
    if (page !== shownPage.current) mainRef.current?.focus();
    shownPage.current = page;
  }, [page]);
  // The kept pages have no route component of their own to name the tab.
  useEffect(() => {
    if (kept !== null) document.title = `${t.nav[kept]} – ${built.config.title}`;
  }, [kept, t]);
  // Keep <html lang> in step so screen readers pronounce the text in the right language.
  document.documentElement.lang = locale;
  return (
    <>
      <header className="app-header">
        <div>
          <h1>{built.config.title}</h1>
          <p className="tagline">{t.tagline}</p>
        </div>
        <div className="app-header__tools">
          <CopyLinkButton />
          <Link
            to="."
            search={(previous: AppSearch) => ({ ...previous, lang: locale === 'nb' ? 'en' : 'nb' })}
            lang={t.switchLanguageLang}
            className="button-link"
          >
            {t.switchLanguage}
          </Link>
        </div>
      </header>
      <nav aria-label={t.nav.label} className="app-nav">
        <ul>
          {MENU.map((item) => (
            <li key={item.key}>
              <Link
                to={item.to}
                // The page is current whatever its view state (scope, language, period).
                activeOptions={{ exact: item.to === '/', includeSearch: false }}
                activeProps={{ 'aria-current': 'page' }}
              >
                {t.nav[item.key]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <UrlNotice />
      <SyntheticNotice />
      {/* On every page: a second tab, or a browser without OPFS, keeps nothing it is given. */}
      {state.status === 'ready' && state.storage.startsWith('memory') && (
        <div className="storage-banner">
          <StorageNotice storage={state.storage} />
        </div>
      )}
      <main data-db-state={state.status} ref={mainRef} tabIndex={-1}>
        {state.status === 'failed' ? (
          <p role="alert">{state.timedOut ? t.dbTimedOut : `${t.dbFailed} ${state.message}`}</p>
        ) : state.status === 'stored-unreadable' ? (
          <StoredDataRescue message={state.message} files={state.files} />
        ) : state.status !== 'ready' ? (
          <p role="status" className="notice">
            {state.status === 'starting' ? t.dbStarting : t.dbLoadingDemo(state.done, state.total)}
          </p>
        ) : null}
        {/* Stored data that could not be read: nothing else until the user has chosen. */}
        {state.status !== 'stored-unreadable' && (
          <NotFoundView.Provider value={NotFoundPage}>
            <Outlet />
            {[...visited].map((page) => (
              <div key={page} hidden={kept !== page}>
                <Suspense fallback={<p aria-busy="true">…</p>}>
                  {page === 'data' ? <DataPage upload={<UploadPanel />} /> : <SqlView />}
                </Suspense>
              </div>
            ))}
          </NotFoundView.Provider>
        )}
      </main>
    </>
  );
}

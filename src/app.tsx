import { lazy, Suspense, useState } from 'react';
import { DatasetList } from './features/data/DatasetList';
import { StorageNotice } from './features/data/StorageNotice';
import { IndicatorView } from './features/indicator/IndicatorView';
import { Scorecard } from './features/overview/Scorecard';
import { UploadPanel } from './features/upload/UploadPanel';
import { LocaleProvider, useLocale } from './i18n/locale';
import type { Locale } from './i18n/messages';
import { DataProvider, useData } from './session/data';
import { useView, VIEWS, type View, viewHash } from './url-state/view';

/** The SQL console is for analysts: its code loads on the first visit, not with the first view. */
const SqlView = lazy(() => import('./features/sql/SqlView').then((m) => ({ default: m.SqlView })));

/** Composition only: language, data, and the views. */
export function App() {
  const [locale, setLocale] = useState<Locale>('nb');
  return (
    <LocaleProvider locale={locale}>
      <DataProvider>
        <Shell onLocale={setLocale} />
      </DataProvider>
    </LocaleProvider>
  );
}

function Shell({ onLocale }: { onLocale(locale: Locale): void }) {
  const { t, locale } = useLocale();
  const { state } = useData();
  const view = useView();
  // Pages are mounted on their first visit and then kept, so a choice made on one survives.
  const [visited, setVisited] = useState<ReadonlySet<View>>(() => new Set([view]));
  if (!visited.has(view)) setVisited(new Set([...visited, view]));
  // Keep <html lang> in step so screen readers pronounce the text in the right language.
  document.documentElement.lang = locale;
  return (
    <>
      <header className="app-header">
        <div>
          <h1>{t.appTitle}</h1>
          <p className="tagline">{t.tagline}</p>
        </div>
        <button
          type="button"
          lang={t.switchLanguageLang}
          onClick={() => onLocale(locale === 'nb' ? 'en' : 'nb')}
        >
          {t.switchLanguage}
        </button>
      </header>
      <nav aria-label={t.nav.label} className="app-nav">
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <a href={viewHash(v)} aria-current={v === view ? 'page' : undefined}>
                {t.nav[v]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="synthetic-notice">{t.syntheticNotice}</p>
      {/* On every page: a second tab, or a browser without OPFS, keeps nothing it is given. */}
      {state.status === 'ready' && state.storage !== 'opfs' && (
        <div className="storage-banner">
          <StorageNotice storage={state.storage} />
        </div>
      )}
      <main data-db-state={state.status}>
        {state.status === 'failed' ? (
          <p role="alert">
            {t.dbFailed} {state.message}
          </p>
        ) : state.status !== 'ready' ? (
          <p role="status" className="notice">
            {state.status === 'starting' ? t.dbStarting : t.dbLoadingDemo}
          </p>
        ) : null}
        {/* Views stay mounted while hidden, so a choice made on one survives a visit to another. */}
        <div hidden={view !== 'overview'}>
          <Scorecard />
          <IndicatorView />
        </div>
        <div hidden={view !== 'data'}>
          <UploadPanel />
          <DatasetList />
        </div>
        <div hidden={view !== 'sql'}>
          {visited.has('sql') && (
            <Suspense fallback={<p aria-busy="true">…</p>}>
              <SqlView />
            </Suspense>
          )}
        </div>
      </main>
    </>
  );
}

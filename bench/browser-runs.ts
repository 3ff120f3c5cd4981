import type { Page } from 'playwright-core';
import indicatorsJson from '../datasets/indicators.json';
import { openBrowser } from '../tests/e2e/support/browser';
import { goTo, waitForData, waitForIndicator } from '../tests/e2e/support/dashboard';
import { peakMemory } from './memory';
import type { LoadFormat } from './results-schema';

/**
 * The indicator the interaction probe starts from: the first of the first benefit, as the
 * indicator page's select and the overview's scorecard list it.
 */
export const FIRST_INDICATOR: string = (() => {
  const benefit = indicatorsJson.benefits[0]?.id;
  const first = indicatorsJson.indicators.find((i) => i.benefit_id === benefit);
  if (first === undefined) throw new Error('datasets/indicators.json has no indicator');
  return first.id;
})();

/** Runs `body` in a fresh Chromium (fresh profile: nothing cached from earlier runs). */
export async function inFreshBrowser<T>(
  body: (page: Page, profileDir: string) => Promise<T>,
): Promise<T> {
  const browser = await openBrowser();
  try {
    // tsx compiles with esbuild's keepNames, which wraps functions in a `__name(fn, "name")`
    // helper; functions passed to page.evaluate carry those calls into the page.
    await browser.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    return await body(page, browser.profileDir);
  } finally {
    await browser.close();
  }
}

/**
 * Navigation → first chart of the demo data, in ms since navigation start: the overview's
 * sparklines, drawn from the numbers computed at build time.
 */
export async function firstChartMs(appUrl: string): Promise<number> {
  return inFreshBrowser(async (page) => {
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('.recharts-line-curve') === null) return;
        document.documentElement.dataset.firstChartMs = String(performance.now());
        observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true });
    });
    await page.goto(appUrl);
    await page.locator('html[data-first-chart-ms]').waitFor({ timeout: 60_000 });
    return Number(await page.locator('html').getAttribute('data-first-chart-ms'));
  });
}

/** Navigation → DuckDB instantiated and open, with nothing else on the page. */
export async function duckdbAloneMs(probeUrl: string): Promise<number> {
  return inFreshBrowser(async (page) => {
    await page.goto(`${probeUrl}?instantiate`);
    await page.locator('body[data-duckdb-ready-ms]').waitFor({ timeout: 60_000 });
    return Number(await page.locator('body').getAttribute('data-duckdb-ready-ms'));
  });
}

/** duckdb-wasm's read_csv alone on the file (served at `fileUrl`), in ms. */
export async function engineIngestMs(probeUrl: string, fileUrl: string, semicolon: boolean) {
  return inFreshBrowser(async (page) => {
    await page.goto(probeUrl);
    await page.locator('body[data-ready]').waitFor();
    return page.evaluate(([url, semi]) => window.benchProbes.readCsv(url, semi), [
      fileUrl,
      semicolon,
    ] as const);
  });
}

/** papaparse alone on the main thread, in ms. */
export async function papaparseMs(probeUrl: string, fileUrl: string) {
  return inFreshBrowser(async (page) => {
    await page.goto(probeUrl);
    await page.locator('body[data-ready]').waitFor();
    return page.evaluate((url) => window.benchProbes.papaparse(url), fileUrl);
  });
}

/**
 * The app's own import through its upload control: file given → validation report, and
 * "load" clicked → rows loaded and the indicator chart redrawn. The analyst's reading time
 * between the two is left out. The page starts on the first indicator's page, goes to the data
 * page for the upload and comes back with the browser's Back button; it is left open there,
 * with the data loaded, for `afterwards`.
 */
export async function appIngest<T>(
  appUrl: string,
  file: string,
  afterwards: (page: Page) => Promise<T>,
): Promise<{ ms: number; peakJsHeapMB: number; peakBrowserRssMB: number; after: T }> {
  return inFreshBrowser(async (page, profileDir) => {
    await page.goto(`${appUrl}#/indicator/${FIRST_INDICATOR}`);
    await waitForData(page);
    await waitForIndicator(page, FIRST_INDICATOR);
    await goTo(page, /^Data$/);
    const measured = await peakMemory(page, profileDir, async () => {
      const start = performance.now();
      await page.getByLabel('Velg CSV-fil').setInputFiles(file);
      const load = page.getByRole('button', { name: /^Last inn .* gyldige rader/ });
      const failure = page.locator('.message--error');
      await load.or(failure).waitFor({ timeout: 600_000 });
      if (await failure.isVisible())
        throw new Error(`import failed: ${await failure.textContent()}`);
      const reported = performance.now();
      const report =
        (await page.getByRole('region', { name: 'Valideringsrapport' }).textContent()) ?? '';
      if (!/ 0 avvist/.test(report)) throw new Error(`bench input was rejected: ${report}`);
      await load.click();
      const clicked = performance.now();
      await page
        .getByRole('status')
        .filter({ hasText: 'rader lastet inn' })
        .waitFor({ timeout: 600_000 });
      await page.goBack();
      await waitForIndicator(page, FIRST_INDICATOR);
      return reported - start + (performance.now() - clicked);
    });
    return {
      ms: measured.result,
      peakJsHeapMB: measured.peakJsHeapMB,
      peakBrowserRssMB: measured.peakBrowserRssMB,
      after: await afterwards(page),
    };
  });
}

/** The same rows loaded in `format` (file served at `fileUrl`) on the probe page, in ms. */
export async function loadFormatMs(probeUrl: string, fileUrl: string, format: LoadFormat) {
  return inFreshBrowser(async (page) => {
    await page.goto(probeUrl);
    await page.locator('body[data-ready]').waitFor();
    return page.evaluate(([url, f]) => window.benchProbes.load(url, f), [fileUrl, format] as const);
  });
}

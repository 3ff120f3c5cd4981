import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { type OpenedPage, openPage } from './browser';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** Waits until DuckDB has started and the demo data is loaded. */
export async function waitForData(page: Page): Promise<void> {
  await page.locator('main[data-db-state="ready"]').waitFor({ timeout: 45_000 });
}

/** The table under the chart, which holds the same numbers. */
export function seriesTable(page: Page): Locator {
  return page.getByRole('table', { name: /Tallene bak diagrammet|The numbers behind the chart/ });
}

/** The period headers of the series table, in order. */
export async function tablePeriods(page: Page): Promise<string[]> {
  await seriesTable(page).locator('tbody tr').first().waitFor();
  return seriesTable(page).locator('tbody th[scope="row"]').allTextContents();
}

/** The scorecard on the overview, once it shows DuckDB's answer (not the build-time numbers). */
export function scorecard(page: Page): Locator {
  return page.locator('table.scorecard[aria-busy="false"]');
}

/** Waits until the indicator page shows `id`, with its own numbers (not the last indicator's). */
export async function waitForIndicator(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => window.location.hash.split('?')[0] === `#/indicator/${wanted}`,
    id,
  );
  const idle = page.locator('.indicator-result[aria-busy="false"]');
  await idle.waitFor();
  // A new indicator's query starts in the effect after the render that shows the new route, so
  // for a frame the old numbers are still marked idle: look again once that frame is past.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await idle.waitFor();
}

/** The indicator page's select of indicators (the data page, kept mounted but hidden, has its own). */
export function indicatorSelect(page: Page): Locator {
  return page.getByRole('combobox', { name: /^(Indikator|Indicator)$/ });
}

/**
 * Opens the indicator page for `id` as a user would: with the page's indicator select when it
 * is already open, otherwise from the overview, by the indicator's name in the scorecard.
 */
export async function chooseIndicator(page: Page, id: string): Promise<void> {
  const onIndicatorPage = await page.evaluate(() =>
    window.location.hash.startsWith('#/indicator/'),
  );
  if (onIndicatorPage) {
    await indicatorSelect(page).selectOption(id);
  } else {
    await goTo(page, /^(Oversikt|Overview)$/);
    await page
      .locator(
        `table.scorecard a[href$="#/indicator/${id}"], table.scorecard a[href*="#/indicator/${id}?"]`,
      )
      .click();
  }
  await waitForIndicator(page, id);
}

/** Follows a link of the main menu, as a user would. */
export async function goTo(page: Page, name: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: /^(Hovedmeny|Main menu)$/ })
    .getByRole('link', { name })
    .click();
}

/** On the data page, gives the upload input a fixture file, as the file dialog would. */
export async function upload(page: Page, fixture: string): Promise<void> {
  await goTo(page, /^Data$/);
  await page
    .getByLabel(/Velg CSV-fil|Choose a CSV file/)
    .setInputFiles(path.join(FIXTURES, fixture));
}

/** The built site opened in a fresh browser, with DuckDB started and the data loaded. */
export async function openDashboard(url: string): Promise<OpenedPage> {
  const opened = await openPage(url);
  await waitForData(opened.page);
  return opened;
}

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

/** Picks an indicator by its id in the indicator select. */
export async function chooseIndicator(page: Page, id: string): Promise<void> {
  await page.getByLabel(/^(Indikator|Indicator)$/).selectOption(id);
  await page.locator('.indicator-result[aria-busy="false"]').waitFor();
}

/** Follows a link of the main menu, as a user would. */
export async function goTo(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click();
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

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { type OpenedPage, openPage } from './browser';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** Waits until DuckDB has started and the demo data is loaded. */
/** The names of what the origin keeps in its private file system (OPFS), sorted. */
export async function storedNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names: string[] = [];
    for await (const name of (await navigator.storage.getDirectory()).keys()) names.push(name);
    return names.sort();
  });
}

export async function waitForData(page: Page): Promise<void> {
  await page.locator('main[data-db-state="ready"]').waitFor({ timeout: 45_000 });
}

/** The table under the chart, which holds the same numbers. */
export function seriesTable(page: Page): Locator {
  return page.getByRole('table', { name: /Tallene bak diagrammet|The numbers behind the chart/ });
}

/** The indicator chart (the page has other figures: the comparison of organisations). */
export function seriesFigure(page: Page): Locator {
  return page.getByRole('figure', { name: /Linjediagram:|Line chart:/ });
}

/** The period headers of the page of the series table on screen (the newest at first), in order. */
export async function tablePeriods(page: Page): Promise<string[]> {
  await seriesTable(page).locator('tbody tr').first().waitFor();
  return seriesTable(page).locator('tbody th[scope="row"]').allTextContents();
}

/** A button of the series table's pager, or nothing when the table fits on one page. */
function pagerButton(page: Page, name: RegExp): Locator {
  return page
    .locator('.paged-table')
    .filter({ has: seriesTable(page) })
    .getByRole('button', { name });
}

const OLDEST = /^(Eldste|Oldest)$/;
const NEWER = /^(Nyere|Newer)$/;
const NEWEST = /^(Nyeste|Newest)$/;

/** Whether the pager's button can be used (at an end it is aria-disabled, not removed). */
async function canTurn(page: Page, name: RegExp): Promise<boolean> {
  const button = pagerButton(page, name);
  return (await button.count()) > 0 && (await button.getAttribute('aria-disabled')) !== 'true';
}

/** Turns the series table's page and waits for the caption to name the new months. */
async function turn(page: Page, name: RegExp): Promise<void> {
  const caption = seriesTable(page).locator('caption');
  const before = (await caption.textContent()) ?? '';
  await pagerButton(page, name).click();
  await caption.filter({ hasNotText: before }).waitFor();
}

/**
 * Every period of the series table, oldest first. The table shows two years at a time from the
 * newest, so this pages through it with its buttons, as a reader would, and ends on the newest.
 */
export async function allTablePeriods(page: Page): Promise<string[]> {
  await seriesTable(page).locator('tbody tr').first().waitFor();
  if (await canTurn(page, OLDEST)) await turn(page, OLDEST);
  const periods = await tablePeriods(page);
  while (await canTurn(page, NEWER)) {
    await turn(page, NEWER);
    periods.push(...(await tablePeriods(page)));
  }
  return periods;
}

/**
 * The series table's row for `period` (its header, e.g. `jan. 2021`), cell by column header,
 * paging to it from the oldest page if it is not on screen. Leaves the table on its newest page.
 */
export async function tableRow(page: Page, period: string): Promise<Record<string, string>> {
  const table = seriesTable(page);
  await table.locator('tbody tr').first().waitFor();
  const shown = table.getByRole('rowheader', { name: period, exact: true });
  if ((await shown.count()) === 0 && (await canTurn(page, OLDEST))) await turn(page, OLDEST);
  while ((await shown.count()) === 0 && (await canTurn(page, NEWER))) await turn(page, NEWER);
  // The row's filter takes a locator relative to the row: from the page, not from the table.
  const header = page.getByRole('rowheader', { name: period, exact: true });
  const columns = await table.locator('thead th').allTextContents();
  const cells = await table
    .getByRole('row')
    .filter({ has: header })
    .locator('th, td')
    .allTextContents();
  if (cells.length === 0) throw new Error(`no row for ${period} in the series table`);
  if (await canTurn(page, NEWEST)) await turn(page, NEWEST);
  return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
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

/** Changes the address inside the page, as a link in the page would: nothing is reloaded. */
export async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
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

/** Clicks `button` and returns the file it downloads. */
export async function download(
  page: Page,
  button: Locator,
): Promise<{ name: string; bytes: Buffer }> {
  const name = await button.textContent();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 10_000 }).catch((error: unknown) => {
      throw new Error(`“${name}” downloaded nothing: ${String(error)}`);
    }),
    button.click(),
  ]);
  const path = await file.path();
  // Chromium silently drops the odd download that follows another almost at once
  // (seen on the register, where a dozen tables are saved in a row); a reader is never that fast.
  await page.waitForTimeout(400);
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

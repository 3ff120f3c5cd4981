import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { expectNoProblems, type OpenedPage, openPage } from './support/browser';
import {
  chooseIndicator,
  download,
  goTo,
  openDashboard,
  tablePeriods,
  upload,
  waitForData,
} from './support/dashboard';
import { builtSite } from './support/site';

/** The data page's list of loaded datasets. */
const datasetTable = (page: Page) =>
  page.getByRole('table', { name: 'Datasett lastet inn i denne nettleseren, nyeste først' });

/** The file names in the dataset list, newest first. */
async function listedFiles(page: Page): Promise<string[]> {
  await goTo(page, /^Data$/);
  await datasetTable(page).locator('tbody tr').first().waitFor();
  return datasetTable(page).locator('tbody th[scope="row"]').allTextContents();
}

/** The last month charted for the indicator the Excel fixture extends to December 2026. */
async function lastMonth(page: Page): Promise<string | undefined> {
  await chooseIndicator(page, 'plo_meldinger_frist');
  return (await tablePeriods(page)).at(-1);
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await waitForData(page);
}

async function uploadExcel(page: Page): Promise<void> {
  await upload(page, 'excel-semicolon.csv');
  await page.getByRole('button', { name: 'Last inn 24 gyldige rader' }).click();
  await page.getByRole('status').filter({ hasText: '24 rader lastet inn' }).waitFor();
}

/** Lists and charts refresh a moment after a change is reported, so they are polled. */
const POLL = { timeout: 15_000, interval: 200 };

/**
 * The database lives in the origin's private file system (OPFS): what is loaded is there after a
 * reload, what is deleted stays deleted, and a second tab, which cannot open the file, falls
 * back to the demo data in memory and says so. `openPage` starts a fresh profile, so the file
 * starts empty here.
 */
describe('data kept in the browser', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('lists the demo data as a synthetic dataset and says where data is kept', async () => {
    const { page } = opened;
    await expect
      .poll(() => listedFiles(page), POLL)
      .toEqual(['observations.csv – syntetiske demodata']);
    await page.getByText('Dataene lagres bare i denne nettleseren').waitFor();
    // Load time through Intl in nb-NO: "25. nov. 2026, 21:58".
    const loadedAt = await datasetTable(page).locator('tbody tr td').first().textContent();
    expect(loadedAt).toMatch(/^\d{1,2}\. \p{L}+\.? \d{4}(,| kl\.) \d{2}[:.]\d{2}$/u);
  });

  it('keeps an upload after a reload: listed, and the chart still reaches des. 2026', async () => {
    const { page } = opened;
    await expect.poll(() => lastMonth(page), POLL).toBe('des. 2025');
    await uploadExcel(page);
    await expect
      .poll(() => listedFiles(page), POLL)
      .toEqual(['excel-semicolon.csv', 'observations.csv – syntetiske demodata']);
    await reload(page);
    await expect
      .poll(() => listedFiles(page), POLL)
      .toEqual(['excel-semicolon.csv', 'observations.csv – syntetiske demodata']);
    const row = datasetTable(page).getByRole('row', { name: /excel-semicolon\.csv/ });
    expect(await row.locator('td').allTextContents()).toEqual([
      expect.any(String),
      '24',
      '0',
      '0',
      '0',
      'Slett',
    ]);
    await expect.poll(() => lastMonth(page), POLL).toBe('des. 2026');
  });

  it('a second tab works on the demo data in memory and says so', async () => {
    const second = await opened.context.newPage();
    try {
      await second.goto(`${builtSite().baseUrl}#/data`);
      await waitForData(second);
      await second.getByText(/Dataene er åpne i en annen fane/).waitFor();
      await expect
        .poll(() => listedFiles(second), POLL)
        .toEqual(['observations.csv – syntetiske demodata']);
      await expect.poll(() => lastMonth(second), POLL).toBe('des. 2025');
      await goTo(second, /^Data$/);
      await expectNoAxeViolations(second);
    } finally {
      await second.close();
    }
    // The first tab still has its file, and its data.
    await reload(opened.page);
    await expect.poll(() => listedFiles(opened.page), POLL).toContain('excel-semicolon.csv');
  });

  it('a tab without Web Locks keeps nothing, says so, and leaves the stored data alone', async () => {
    const second = await opened.context.newPage();
    try {
      await second.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }),
      );
      await second.goto(`${builtSite().baseUrl}#/data`);
      await waitForData(second);
      await second.getByText(/Denne nettleseren lar ikke siden lagre data/).waitFor();
      await expect
        .poll(() => listedFiles(second), POLL)
        .toEqual(['observations.csv – syntetiske demodata']);
    } finally {
      await second.close();
    }
    // It read and wrote nothing: the first tab still has its file after a reload.
    await reload(opened.page);
    await expect.poll(() => listedFiles(opened.page), POLL).toContain('excel-semicolon.csv');
    await opened.page.getByText('Dataene lagres bare i denne nettleseren').waitFor();
  });

  it('deletes a dataset after a confirmation, and it stays deleted after a reload', async () => {
    const { page } = opened;
    await goTo(page, /^Data$/);
    const remove = page.getByRole('button', { name: 'Slett excel-semicolon.csv' });
    const dialog = page.getByRole('dialog', { name: 'Slette excel-semicolon.csv (24 rader)?' });
    await remove.click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => listedFiles(page), POLL).toContain('excel-semicolon.csv');

    await remove.click();
    await dialog.getByRole('button', { name: 'Ja, slett' }).click();
    await page.getByRole('status').filter({ hasText: 'excel-semicolon.csv er slettet' }).waitFor();
    await expect
      .poll(() => listedFiles(page), POLL)
      .toEqual(['observations.csv – syntetiske demodata']);
    await expect.poll(() => lastMonth(page), POLL).toBe('des. 2025');
    await reload(page);
    await expect
      .poll(() => listedFiles(page), POLL)
      .toEqual(['observations.csv – syntetiske demodata']);
    await expect.poll(() => lastMonth(page), POLL).toBe('des. 2025');
  });

  it('deletes all local data from the keyboard and restores the demo data', async () => {
    const { page } = opened;
    await uploadExcel(page);
    await goTo(page, /^Data$/);
    await page.getByRole('button', { name: 'Slett alle lokale data' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Slette alle lokale data?' });
    await dialog.waitFor();
    // Focus starts on the harmless choice; Escape backs out.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Slett alle lokale data',
    );

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, slett alt');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Alle lokale data er slettet' }).waitFor();
    await expect
      .poll(() => listedFiles(page), POLL)
      .toEqual(['observations.csv – syntetiske demodata']);
    await expect.poll(() => lastMonth(page), POLL).toBe('des. 2025');
    await reload(page);
    await expect
      .poll(() => listedFiles(page), POLL)
      .toEqual(['observations.csv – syntetiske demodata']);
  });

  it('meets WCAG 2.1 A/AA on the data page', async () => {
    await goTo(opened.page, /^Data$/);
    await datasetTable(opened.page).waitFor();
    await expectNoAxeViolations(opened.page);
  });

  it('made no request to another origin and logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

describe('a browser that cannot store data', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(`${builtSite().baseUrl}#/data`, {
      // As in an insecure context or some private modes: no origin private file system.
      beforeNavigation: (page) =>
        page.addInitScript(() =>
          Object.defineProperty(StorageManager.prototype, 'getDirectory', { value: undefined }),
        ),
    });
    await waitForData(opened.page);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('runs on the demo data in memory and says that nothing is kept', async () => {
    const { page } = opened;
    await page.getByText(/Denne nettleseren lar ikke siden lagre data/).waitFor();
    await expect
      .poll(() => listedFiles(page), POLL)
      .toEqual(['observations.csv – syntetiske demodata']);
    await uploadExcel(page);
    await expect.poll(() => lastMonth(page), POLL).toBe('des. 2026');
    await goTo(page, /^Data$/);
    await expectNoAxeViolations(page);
  });

  it('logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

/**
 * Issue #12: stored data that cannot be read is never replaced. A manifest that is not JSON is
 * planted beside an upload's snapshot; the page must say so, keep the files, hand them out
 * unchanged, read them again on request, and delete them only when asked to start afresh.
 */
describe('stored data that cannot be read', () => {
  const BROKEN = '{"version": 1, "generation": 1, "observationsFile": ';
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
    await uploadExcel(opened.page);
    await opened.page.evaluate(async (text) => {
      const root = await navigator.storage.getDirectory();
      const handle = await root.getFileHandle('gevinstmonitor-manifest.json');
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
    }, BROKEN);
    await opened.page.reload();
  });
  afterAll(async () => {
    await opened?.close();
  });

  const heading = (page: Page) =>
    page.getByRole('heading', { name: 'De lagrede dataene kunne ikke leses' });

  it('says so instead of the dashboard, lists the files and meets WCAG 2.1 A/AA', async () => {
    const { page } = opened;
    await heading(page).waitFor();
    const files = page.getByRole('table', { name: 'Filer lagret i denne nettleseren' });
    await expect
      .poll(async () => (await files.textContent()) ?? '', POLL)
      .toMatch(/gevinstmonitor-manifest\.json.*gevinstmonitor-observations-\d+\.csv/);
    expect(await page.getByLabel('Velg CSV-fil').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('hands out the stored file exactly as it is', async () => {
    const { page } = opened;
    const file = await download(
      page,
      page.getByRole('button', { name: 'Last ned gevinstmonitor-manifest.json' }),
    );
    expect(file.bytes.toString('utf8')).toBe(BROKEN);
  });

  it('tries again without deleting anything', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Prøv igjen' }).click();
    await heading(page).waitFor();
    await page.getByRole('button', { name: 'Last ned gevinstmonitor-manifest.json' }).waitFor();
  });

  it('starts afresh only after a confirmation, with the demo data and nothing stored before', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: /^Begynn på nytt/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await heading(page).waitFor();
    await page.getByRole('button', { name: /^Begynn på nytt/ }).click();
    await dialog.getByRole('button', { name: /^Ja/ }).click();
    await waitForData(page);
    await expect
      .poll(() => listedFiles(page), POLL)
      .toEqual(['observations.csv – syntetiske demodata']);
  });

  it('logged the unreadable store once per read, and nothing else', () => {
    const unreadable = (p: { message: string }) => p.message.includes('StoredDataError');
    // The first start and «Prøv igjen»: the page says in the console what it could not read.
    expect(opened.problems.filter(unreadable)).toHaveLength(2);
    expectNoProblems(opened.problems.filter((p) => !unreadable(p)));
  });
});

import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchInput, benchInput } from '../../bench/inputs';
import { expectNoProblems } from './support/browser';
import { FIXTURES, goTo, storedNames } from './support/dashboard';
import {
  createProfile,
  type KillableBrowser,
  killAllBrowsers,
  launchKillable,
  type Profile,
} from './support/killable-browser';
import { summariseInput } from './support/large-input';
import { builtSite } from './support/site';

/**
 * Issue #12: after a small load, then in a later session a load of 300 000 rows, a relaunch
 * found the stored data unreadable and everything loaded was out of reach; and a browser closed
 * just after «rader lastet inn» lost those rows. Here one profile outlives several browsers, each
 * closed as a user closes it or killed outright (SIGKILL, no unload, no flush) at a chosen point
 * of a large load; each relaunch must open either exactly what was there before the load or
 * exactly what is there after it.
 */

/** Generated inputs are kept between runs (bench/inputs.ts reuses them); never in the repo. */
const INPUTS = path.join(tmpdir(), 'gevinstmonitor-durability-inputs');

const MANIFEST = 'gevinstmonitor-manifest.json';

/** A start that restores a million rows from storage takes a while on two cores. */
const READY_LIMIT_MS = 120_000;
/** Staging, checking and storing a million rows. */
const LOAD_LIMIT_MS = 240_000;

/** Numbers as the page shows them (nb-NO groups with a no-break space): «300 000». */
const shown = (n: number) => n.toLocaleString('nb-NO').replace(/\s/g, ' ');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A row of the data page's dataset list: file, loaded at, rows, replaced, rejected, issues. */
type DatasetRow = string[];

/** The rows of the data page's dataset list, newest first, without the delete buttons. */
async function listedDatasets(page: Page): Promise<DatasetRow[]> {
  await goTo(page, /^Data$/);
  const table = page.getByRole('table', {
    name: 'Datasett lastet inn i denne nettleseren, nyeste først',
  });
  await table.locator('tbody tr').first().waitFor();
  // The list refreshes a moment after the page says it is ready; wait until it is still.
  let previous = '';
  for (let i = 0; i < 20; i += 1) {
    const now = (await table.locator('tbody').textContent()) ?? '';
    if (now === previous) break;
    previous = now;
    await page.waitForTimeout(250);
  }
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) =>
      (await row.locator('th, td').allTextContents()).slice(0, 6).map(normalise),
    ),
  );
}

/**
 * Starts the browser on `profile` and waits until the page is ready, failing at once (with the
 * page's message) if it shows the panel for stored data that cannot be read.
 */
async function launchReady(profile: Profile): Promise<KillableBrowser> {
  const opened = await launchKillable(profile, builtSite().baseUrl);
  const { page } = opened;
  // Handing a 50 MB file to the page over the DevTools protocol, or a page restoring a million
  // rows, takes longer than Playwright's default 30 s on two cores.
  page.setDefaultTimeout(LOAD_LIMIT_MS);
  const rescue = page.getByText('De lagrede dataene kunne ikke leses');
  await Promise.race([
    page.locator('main[data-db-state="ready"]').waitFor({ timeout: READY_LIMIT_MS }),
    rescue.waitFor({ timeout: READY_LIMIT_MS }),
  ]);
  if ((await rescue.count()) > 0) {
    const text = normalise((await page.locator('main').textContent()) ?? '');
    throw new Error(`The stored data could not be opened after the relaunch: ${text}`);
  }
  return opened;
}

/** Checks what the relaunched page opened; returns its datasets. */
async function expectWhole(opened: KillableBrowser): Promise<DatasetRow[]> {
  const { page } = opened;
  const datasets = await listedDatasets(page);
  expect(await page.getByText('De lagrede dataene kunne ikke leses').count()).toBe(0);
  expect(await page.getByText(/Dataene er åpne i en annen fane/).count()).toBe(0);
  // A whole snapshot and nothing beside it: no swap file of a write cut short, no older
  // generation.
  const names = await storedNames(page);
  expect(names, `stored: ${names.join(', ')}`).toEqual([
    MANIFEST,
    expect.stringMatching(/^gevinstmonitor-observations-\d+\.csv$/),
  ]);
  return datasets;
}

/** Picks `file` in the data page's upload, as the file dialog would. */
async function chooseFile(page: Page, file: string): Promise<void> {
  await goTo(page, /^Data$/);
  await page.getByLabel('Velg CSV-fil').setInputFiles(file);
}

/** The report's load button once staging and checking are done. */
const loadButton = (page: Page, rows: number) =>
  page.getByRole('button', {
    // The page groups digits with a no-break space, which \s matches.
    name: new RegExp(`^Last inn ${shown(rows).replaceAll(' ', '\\s')} gyldige rader`),
  });

const loadedStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'rader lastet inn' });

/** Uploads `file` and waits until the page says its rows are loaded (and so stored). */
async function uploadAll(page: Page, file: string, rows: number): Promise<string> {
  await chooseFile(page, file);
  await loadButton(page, rows).click({ timeout: LOAD_LIMIT_MS });
  await loadedStatus(page).waitFor({ timeout: LOAD_LIMIT_MS });
  return normalise((await loadedStatus(page).textContent()) ?? '');
}

/** Where in a large load the browser is killed. */
type KillPoint = 'checking' | 'committing' | 'saving' | 'writing' | 'loaded';

/**
 * Starts loading `input` and kills the browser at `point`: while the file is read and its rows
 * checked (the progress bar is up, the report not yet shown); as soon as
 * the load button is pressed; when «Lagrer i nettleseren» shows (the snapshot is being exported);
 * when the new observations file is being written (its swap file is there); right after the
 * success message. Returns whether the write was caught mid-way (for `writing`).
 */
async function loadAndKill(
  opened: KillableBrowser,
  input: BenchInput,
  point: KillPoint,
): Promise<{ caughtWriting: boolean }> {
  const { page } = opened;
  await chooseFile(page, input.file);
  if (point === 'checking') {
    // Reading, parsing and checking can each be over in a moment; the bar is up through all.
    await page.getByRole('progressbar', { name: 'Fremdrift for opplasting' }).waitFor();
    await opened.kill();
    return { caughtWriting: false };
  }
  await loadButton(page, input.rows).click({ timeout: LOAD_LIMIT_MS });
  if (point === 'committing') {
    await opened.kill();
    return { caughtWriting: false };
  }
  await page.getByText(/Lagrer i nettleseren/).waitFor({ timeout: LOAD_LIMIT_MS });
  if (point === 'saving') {
    await opened.kill();
    return { caughtWriting: false };
  }
  if (point === 'writing') {
    // Polled from the page itself, which is busy only in its worker: the swap file shows while
    // createWritable's bytes go to disk, before close() puts them in place.
    const deadline = Date.now() + LOAD_LIMIT_MS;
    while (Date.now() < deadline) {
      const names = await storedNames(page);
      if (names.some((name) => name.endsWith('.crswap'))) {
        await opened.kill();
        return { caughtWriting: true };
      }
      if ((await loadedStatus(page).count()) > 0) break;
    }
    await opened.kill();
    return { caughtWriting: false };
  }
  await loadedStatus(page).waitFor({ timeout: LOAD_LIMIT_MS });
  await opened.kill();
  return { caughtWriting: false };
}

/** The leading count of a rows cell: «300 000 (0 i bruk)» → 300000. */
const count = (cell: string | undefined) => Number((cell ?? '').split('(')[0]?.replace(/\D/g, ''));

/**
 * Whether `now` is what loading `input` onto `before` gives: one dataset more, at the top, with
 * every row of the file, and the datasets of before unchanged but for how many of their rows are
 * still in use.
 */
function isAfter(now: DatasetRow[], before: DatasetRow[], input: BenchInput): boolean {
  const [top, ...rest] = now;
  if (top === undefined || top[0] !== path.basename(input.file)) return false;
  if (count(top[2]) !== input.rows) return false;
  if (rest.length !== before.length) return false;
  return rest.every((row, i) => {
    const old = before[i] ?? [];
    return (
      row[0] === old[0] &&
      row[1] === old[1] &&
      count(row[2]) === count(old[2]) &&
      row.slice(3).join('|') === old.slice(3).join('|')
    );
  });
}

/** One kill per point, each followed by a relaunch on the same profile that must open whole. */
function killSequence(
  rows: number,
  points: readonly KillPoint[],
  timing: Record<string, number>,
): void {
  let profile: Profile;
  let input: BenchInput;
  let opened: KillableBrowser | undefined;
  let before: DatasetRow[] = [];
  beforeAll(async () => {
    input = await benchInput(INPUTS, rows, 'comma');
    profile = await createProfile();
    // A small load first, stored, as in the issue: that is the "before" of the first kill.
    opened = await launchReady(profile);
    await uploadAll(opened.page, path.join(FIXTURES, 'excel-semicolon.csv'), 24);
    before = await expectWhole(opened);
    expectNoProblems(opened.problems);
  }, LOAD_LIMIT_MS);
  afterAll(async () => {
    await killAllBrowsers();
    await profile?.remove();
  });

  for (const point of points) {
    it(
      `killed at «${point}» of a ${shown(rows)}-row load, a relaunch opens the data before or after it`,
      async () => {
        if (opened === undefined) opened = await launchReady(profile);
        const started = Date.now();
        const killed = opened;
        const { caughtWriting } = await loadAndKill(killed, input, point);
        expectNoProblems(killed.problems);
        opened = await launchReady(profile);
        const now = await expectWhole(opened);
        expectNoProblems(opened.problems);
        const after = isAfter(now, before, input);
        timing[`${shown(rows)} ${point}`] = Date.now() - started;
        if (point === 'writing') expect(caughtWriting, 'the kill landed while writing').toBe(true);
        if (point === 'checking') expect(now).toEqual(before);
        else if (point === 'loaded') expect(after, JSON.stringify({ before, now })).toBe(true);
        else expect(after || JSON.stringify(now) === JSON.stringify(before)).toBe(true);
        console.info(
          `durability: ${shown(rows)} rows, killed at ${point}: ${after ? 'after' : 'before'}`,
        );
        before = now;
      },
      2 * LOAD_LIMIT_MS,
    );
  }
}

describe('stored data survives closing and killing the browser (issue #12)', () => {
  const timing: Record<string, number> = {};
  afterAll(async () => {
    await killAllBrowsers();
    console.info(`durability timings (ms): ${JSON.stringify(timing)}`);
  });

  describe('300 000 rows', () => {
    let input: BenchInput;
    let profile: Profile;
    beforeAll(async () => {
      input = await benchInput(INPUTS, 300_000, 'comma');
      profile = await createProfile();
    }, LOAD_LIMIT_MS);
    afterAll(async () => {
      await killAllBrowsers();
      await profile?.remove();
    });

    it('the file covers municipalities, trusts and the RHF, with counts below the threshold', async () => {
      const summary = await summariseInput(input.file);
      expect(summary.rows).toBe(300_000);
      expect(summary.belowThreshold.municipality).toBeGreaterThan(0);
      expect(summary.belowThreshold.health_trust).toBeGreaterThan(0);
      expect(summary.belowThreshold.rhf).toBeGreaterThan(0);
    });

    it(
      'a small load, then a large one in a later session, are both there after a relaunch',
      async () => {
        const started = Date.now();
        // (a) The small fixture, and the browser closed as a user closes it.
        let opened = await launchReady(profile);
        await uploadAll(opened.page, path.join(FIXTURES, 'excel-semicolon.csv'), 24);
        expectNoProblems(opened.problems);
        await opened.close();
        // (b) The next session: 300 000 rows, closed once the page says they are loaded.
        opened = await launchReady(profile);
        const loadStarted = Date.now();
        const status = await uploadAll(opened.page, input.file, input.rows);
        timing['300 000 upload'] = Date.now() - loadStarted;
        expect(status).toContain(`${shown(input.rows)} rader lastet inn`);
        expectNoProblems(opened.problems);
        await opened.close();
        // (c) Relaunched: all three datasets, with their rows.
        opened = await launchReady(profile);
        const datasets = await expectWhole(opened);
        expect(datasets.map((row) => row[0])).toEqual([
          path.basename(input.file),
          'excel-semicolon.csv',
          'observations.csv – syntetiske demodata',
        ]);
        const [large, small, demo] = datasets;
        // The sum check: the rows shown are the rows the file has (counted in Node).
        const { rows } = await summariseInput(input.file);
        expect(count(large?.[2])).toBe(rows);
        expect(count(small?.[2])).toBe(24);
        // Every demo row the large file replaced is out of use, and no other.
        const demoRows = count(demo?.[2]);
        const inUse = /\(([\d ]+) i bruk\)/.exec(demo?.[2] ?? '')?.[1];
        const demoInUse = inUse === undefined ? demoRows : count(inUse);
        expect(demoRows - demoInUse).toBe(count(large?.[3]));
        // The small file's December 2026 is beyond the large file's months: none replaced.
        expect(small?.slice(3)).toEqual(['0', '0', '0']);
        expectNoProblems(opened.problems);
        await opened.close();
        timing['300 000 three sessions'] = Date.now() - started;
      },
      2 * LOAD_LIMIT_MS,
    );
  });

  describe('«Slett alle lokale data», then a relaunch', () => {
    let profile: Profile;
    beforeAll(async () => {
      profile = await createProfile();
    });
    afterAll(async () => {
      await killAllBrowsers();
      await profile?.remove();
    });

    it(
      'leaves nothing of the site in storage',
      async () => {
        let opened = await launchReady(profile);
        await uploadAll(opened.page, path.join(FIXTURES, 'excel-semicolon.csv'), 24);
        // A remembered setting, as the language switch or a column mapping leaves one.
        await opened.page.evaluate(() => localStorage.setItem('gevinstmonitor:probe', 'kept?'));
        expect(await storedNames(opened.page)).not.toEqual([]);
        await goTo(opened.page, /^Data$/);
        await opened.page.getByRole('button', { name: 'Slett alle lokale data' }).click();
        await opened.page
          .getByRole('dialog')
          .getByRole('button', { name: 'Ja, slett alt' })
          .click();
        await opened.page
          .getByRole('status')
          .filter({ hasText: 'Alle lokale data er slettet' })
          .waitFor();
        expectNoProblems(opened.problems);
        await opened.close();
        opened = await launchReady(profile);
        expect(await storedNames(opened.page)).toEqual([]);
        expect(await opened.page.evaluate(() => localStorage.length)).toBe(0);
        expect((await listedDatasets(opened.page)).map((row) => row[0])).toEqual([
          'observations.csv – syntetiske demodata',
        ]);
        expectNoProblems(opened.problems);
        await opened.close();
      },
      LOAD_LIMIT_MS,
    );
  });

  describe('300 000 rows, killed', () => {
    killSequence(300_000, ['checking', 'committing', 'saving', 'writing', 'loaded'], timing);
  });

  describe('1 000 000 rows, killed', () => {
    killSequence(1_000_000, ['checking', 'committing', 'writing', 'loaded'], timing);
  });
});

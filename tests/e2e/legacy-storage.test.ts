import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, type OpenedPage, openPage } from './support/browser';
import { FIXTURES, goTo, storedNames, waitForData } from './support/dashboard';
import { builtSite } from './support/site';

const LEGACY = path.join(FIXTURES, 'legacy-opfs');

/** Writes the fixture's files into OPFS as an earlier version of the page left them. */
async function plantLegacyFiles(page: Page): Promise<void> {
  for (const name of ['gevinstmonitor.db', 'gevinstmonitor.db.wal']) {
    const bytes = gunzipSync(readFileSync(path.join(LEGACY, `${name}.gz`)));
    await page.evaluate(
      async ({ name, base64 }) => {
        const binary = atob(base64);
        const data = Uint8Array.from(binary, (c) => c.charCodeAt(0));
        const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, {
          create: true,
        });
        const writable = await handle.createWritable();
        await writable.write(data);
        await writable.close();
      },
      { name, base64: bytes.toString('base64') },
    );
  }
}

/**
 * Versions before snapshots kept the DuckDB database itself in OPFS, and its log was never
 * emptied after a checkpoint (docs/persistence.md). A visitor with such files keeps their data:
 * the page reads the database as of its last checkpoint, stores it as a snapshot, and removes
 * the old files.
 */
describe('data stored by an earlier version', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    const { baseUrl } = builtSite();
    opened = await openPage(`${baseUrl}favicon.svg`);
    await plantLegacyFiles(opened.page);
    await opened.page.goto(`${baseUrl}#/data`);
    await waitForData(opened.page);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('is copied over: the upload and the demo are listed with their rows', async () => {
    const { page } = opened;
    await goTo(page, /^Data$/);
    const table = page.getByRole('table', {
      name: 'Datasett lastet inn i denne nettleseren, nyeste først',
    });
    const upload = table.getByRole('row', { name: /excel-semicolon\.csv/ });
    await upload.waitFor();
    expect(await upload.locator('td').nth(1).textContent()).toBe('24');
    await table.getByRole('row', { name: /syntetiske demodata/ }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
  });

  it('leaves a snapshot in storage and none of the old files', async () => {
    const { page } = opened;
    const { baseUrl } = builtSite();
    await page.goto(`${baseUrl}favicon.svg`);
    await expect
      .poll(() => storedNames(page), { timeout: 15_000 })
      .toEqual(['gevinstmonitor-manifest.json', 'gevinstmonitor-observations-1.csv']);
    expectNoProblems(opened.problems);
  });
});

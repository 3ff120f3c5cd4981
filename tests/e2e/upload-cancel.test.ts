import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchInput } from '../../bench/inputs';
import { expectNoProblems, type OpenedPage } from './support/browser';
import { chooseIndicator, goTo, openDashboard, seriesTable } from './support/dashboard';
import { builtSite } from './support/site';

/** Cancelling an import mid-way loads nothing, even when the staging finishes afterwards. */
describe('cancelling an upload', () => {
  let opened: OpenedPage;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gevinstmonitor-cancel-'));
    opened = await openDashboard(builtSite().baseUrl);
  });
  afterAll(async () => {
    await opened?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stops at once, says nothing was loaded, and the data stays as it was', async () => {
    const { page } = opened;
    await chooseIndicator(page, 'reinnleggelse_30d_67');
    const before = await seriesTable(page).textContent();
    // 300 000 rows for every organisation and indicator: long enough to be caught mid-way.
    const input = await benchInput(dir, 300_000, 'comma');
    await goTo(page, /^Data$/);
    await page.getByLabel('Velg CSV-fil').setInputFiles(input.file);
    await page.getByRole('button', { name: 'Avbryt', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'ingenting ble lastet inn' }).waitFor();
    // Give the abandoned staging time to finish, then check nothing reached the data.
    await page.waitForTimeout(4000);
    expect(await page.getByRole('region', { name: 'Valideringsrapport' }).count()).toBe(0);
    await chooseIndicator(page, 'reinnleggelse_30d_67');
    expect(await seriesTable(page).textContent()).toBe(before);
    const rows = await page.evaluate(
      () => document.querySelectorAll('.data-table tbody tr').length,
    );
    expect(rows).toBeLessThan(200);
  });

  it('had no problems', () => {
    expectNoProblems(opened.problems);
  });
});

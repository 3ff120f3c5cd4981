import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, type OpenedPage, openPage } from './support/browser';
import { waitForData } from './support/dashboard';
import { builtSite } from './support/site';

/**
 * The first chart must not wait for duckdb-wasm (1.5–2 s to start): it is drawn from numbers
 * computed at build time. Here the engine's wasm is held back until the chart is on screen.
 */
describe('the first view', () => {
  let opened: OpenedPage;
  let releaseWasm: () => void = () => {};
  const wasmHeld = new Promise<void>((resolve) => {
    releaseWasm = resolve;
  });

  beforeAll(async () => {
    opened = await openPage(builtSite().baseUrl, {
      beforeNavigation: (page) =>
        page.route('**/*.wasm', async (route) => {
          await wasmHeld;
          await route.fallback();
        }),
    });
  });
  afterAll(async () => {
    releaseWasm();
    await opened?.close();
  });

  it('draws the first chart and its table before the database has started', async () => {
    const { page } = opened;
    await page.getByRole('figure').locator('.recharts-line-curve').waitFor();
    expect(await page.locator('main').getAttribute('data-db-state')).toBe('starting');
    const rows = await page
      .getByRole('table', { name: 'Tallene bak diagrammet' })
      .locator('tbody tr')
      .count();
    expect(rows).toBeGreaterThan(12);
  });

  it('hands over to DuckDB with the same numbers once it is ready', async () => {
    const { page } = opened;
    const table = page.getByRole('table', { name: 'Tallene bak diagrammet' });
    const before = await table.textContent();
    releaseWasm();
    await waitForData(page);
    await page.locator('.indicator-result[aria-busy="false"]').waitFor();
    expect(await table.textContent()).toBe(before);
  });

  it('had no problems', () => {
    expectNoProblems(opened.problems);
  });
});

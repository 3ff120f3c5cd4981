import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, type OpenedPage, openPage } from './support/browser';
import { scorecard, waitForData } from './support/dashboard';
import { builtSite } from './support/site';

/**
 * The first view must not wait for duckdb-wasm (1.5–2 s to start): the overview's scorecard is
 * drawn from numbers computed at build time. Here the engine's wasm is held back until the
 * scorecard, sparklines included, is on screen.
 */
describe('the first view', () => {
  let opened: OpenedPage;
  let releaseWasm: () => void = () => {};
  const wasmHeld = new Promise<void>((resolve) => {
    releaseWasm = resolve;
  });
  let wasmRequested = false;

  beforeAll(async () => {
    opened = await openPage(builtSite().baseUrl, {
      // On the context, not the page: duckdb-wasm fetches its wasm from its worker, and only
      // the context's routes see a worker's requests.
      beforeNavigation: (page) =>
        page.context().route('**/*.wasm', async (route) => {
          wasmRequested = true;
          await wasmHeld;
          await route.fallback();
        }),
    });
  });
  afterAll(async () => {
    releaseWasm();
    await opened?.close();
  });

  const table = () => opened.page.getByRole('table', { name: /^Indikatorer for Hele regionen/ });

  it('draws the scorecard and its sparklines before the database has started', async () => {
    const { page } = opened;
    await table().locator('.sparkline .recharts-line-curve').first().waitFor();
    expect(await page.locator('main').getAttribute('data-db-state')).toBe('starting');
    // Every indicator of the catalogue, each with its recent course drawn.
    expect(await table().locator('tbody th[scope="row"]').count()).toBe(15);
    const lines = table().locator('.sparkline .recharts-line-curve');
    expect(await lines.count()).toBe(15);
    expect(await lines.first().getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    // Numbers in the cells, not placeholders: a Norwegian percentage in the first row.
    const first = table().locator('tbody tr:has(th[scope="row"])').first().locator('td');
    expect(await first.first().textContent()).toMatch(/^\d+(,\d)? %$/);
  });

  it('hands over to DuckDB with the same numbers once it is ready', async () => {
    const { page } = opened;
    // The engine was asked for and is being held back: the scorecard above did not wait for it.
    await expect.poll(() => wasmRequested, { timeout: 15_000 }).toBe(true);
    expect(await page.locator('main').getAttribute('data-db-state')).toBe('starting');
    const before = await table().locator('tbody').textContent();
    const sparklines = await table()
      .locator('.sparkline .recharts-line-curve')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));
    releaseWasm();
    await waitForData(page);
    await scorecard(page).waitFor();
    expect(await table().locator('tbody').textContent()).toBe(before);
    expect(
      await table()
        .locator('.sparkline .recharts-line-curve')
        .evaluateAll((paths) => paths.map((path) => path.getAttribute('d'))),
    ).toEqual(sparklines);
  });

  it('had no problems', () => {
    expectNoProblems(opened.problems);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { expectNoProblems, type OpenedPage } from './support/browser';
import { chooseIndicator, openDashboard, tablePeriods, upload } from './support/dashboard';
import { builtSite } from './support/site';

/**
 * An SSB StatBank export as it comes (title lines, `5001 Trondheim - Tråante`, months as columns,
 * symbols): the analyst confirms what the statistics variable is, and the data is charted. The
 * confirmed mapping is remembered for the next file with the same header.
 */
describe('mapping an SSB export', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('asks which indicator the statistics variable is, showing the first rows', async () => {
    const { page } = opened;
    await upload(page, 'corpus/ssb-wide-months.csv');
    await page.getByRole('heading', { name: /Hvilke kolonner er hva/ }).waitFor();
    await page.getByRole('table', { name: 'De første radene i filen' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('reads the file once the variable is translated, and charts it', async () => {
    const { page } = opened;
    await page.getByLabel('Besvart innen frist (prosent)').selectOption('plo_meldinger_frist');
    await page.getByRole('button', { name: 'Les filen slik' }).click();
    const report = page.getByRole('region', { name: 'Valideringsrapport' });
    await report.waitFor();
    expect(await report.textContent()).toContain('12 rader, 8 gyldige');
    await page.getByRole('button', { name: /^Last inn 8 gyldige rader/ }).click();
    await page.getByRole('status').filter({ hasText: 'rader lastet inn' }).waitFor();
    await chooseIndicator(page, 'plo_meldinger_frist');
    expect((await tablePeriods(page)).at(-1)).toBe('des. 2025');
  });

  it('remembers the mapping for the next file with the same header', async () => {
    const { page } = opened;
    await upload(page, 'corpus/ssb-wide-months.csv');
    await page.getByRole('region', { name: 'Valideringsrapport' }).waitFor();
    expect(await page.getByRole('heading', { name: /Hvilke kolonner er hva/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Avbryt – last ikke inn noe' }).click();
  });

  it('had no problems', () => {
    expectNoProblems(opened.problems);
  });
});

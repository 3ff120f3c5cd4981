import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { expectNoProblems, type OpenedPage } from './support/browser';
import { goTo, openDashboard, upload } from './support/dashboard';
import { builtSite } from './support/site';

/**
 * An indicator the catalogue does not describe, as an analyst meets it: rejected by default,
 * loaded by code at their request (tests/fixtures/uncatalogued.csv: `ny_indikator_x` for
 * Trondheim and Frøya, February's count of 4 below the minimum), listed on the overview, and
 * shown on a page of its own that judges nothing.
 */
describe('an indicator not described in the catalogue', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
  });
  afterAll(async () => {
    await opened?.close();
  });

  const cellsOf = (row: ReturnType<OpenedPage['page']['locator']>) =>
    row.locator('th, td').allTextContents();

  it('is rejected by default, and loaded by its code when the analyst opts in', async () => {
    const { page } = opened;
    await upload(page, 'uncatalogued.csv');
    const report = page.getByRole('region', { name: 'Valideringsrapport' });
    await report.waitFor();
    expect(await report.textContent()).toContain('6 rader, 1 gyldige, 5 avvist');
    const option = page.getByRole('checkbox', {
      name: 'Last inn ukjente indikatorer likevel – de vises med koden til de er beskrevet i katalogen',
    });
    expect(await option.isChecked()).toBe(false);
    // The note says what the opt-in does with small numbers.
    expect(await report.textContent()).toContain('tall under 5 skjules');

    await option.check();
    await report
      .getByRole('status')
      .filter({ hasText: 'Filen er sjekket på nytt: 6 gyldige rader.' })
      .waitFor();
    expect(await option.isChecked()).toBe(true);
    // The report was made again in place: focus is still on the checkbox (WCAG 3.2.2).
    expect(await option.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await report.textContent()).toContain('6 rader, 6 gyldige, 0 avvist');
    expect(await report.textContent()).toContain(
      'Lastes inn uten beskrivelse, med koden: ny_indikator_x (5).',
    );
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Last inn 6 gyldige rader' }).click();
    await page.getByRole('status').filter({ hasText: '6 rader lastet inn' }).waitFor();
  });

  it('is listed on the overview by its code, with organisations, periods and rows', async () => {
    const { page } = opened;
    await goTo(page, /^Oversikt$/);
    await page.getByRole('heading', { level: 2, name: 'Ikke beskrevet i katalogen' }).waitFor();
    const table = page.getByRole('table', {
      name: 'Indikatorer som ikke er beskrevet i katalogen',
    });
    const rows = table.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await cellsOf(rows.first())).toEqual(['ny_indikator_x', '2', '2025-01 – 2025-04', '5']);
    await expectNoAxeViolations(page);
  });

  it('leads to a page that names it by code, judges nothing and shows one organisation', async () => {
    const { page } = opened;
    await page
      .getByRole('table', { name: 'Indikatorer som ikke er beskrevet i katalogen' })
      .getByRole('link', { name: 'ny_indikator_x' })
      .click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/indicator/ny_indikator_x'));
    await page.getByRole('heading', { level: 2, name: 'ny_indikator_x' }).waitFor();
    expect(await page.locator('.notice').first().textContent()).toContain(
      'ikke beskrevet i katalogen',
    );
    expect(await page.title()).toMatch(/^ny_indikator_x – /);

    const figure = page.getByRole('figure', { name: /Linjediagram: ny_indikator_x for Trondheim/ });
    await figure.locator('.recharts-line-curve').first().waitFor();
    expect(await figure.locator('.recharts-line-curve').first().getAttribute('d')).toMatch(/^M/);

    const table = page.getByRole('table', { name: 'Tallene for ny_indikator_x, Trondheim' });
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Periode',
      'Verdi',
      'Teller',
      'Nevner',
      'Status',
    ]);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await cellsOf(rows.nth(0))).toEqual(['jan. 2025', '41,5', '83', '200', '']);
    // February's count of 4 is below the minimum of 5: hidden when it was loaded, with every
    // number of it, its denominator too (docs/suppression.md).
    expect(await cellsOf(rows.nth(1))).toEqual(['feb. 2025', 'Skjult', '–', '–', ':']);
    await page.getByText('Skjult: tall under 5').waitFor();
    // The table is offered as a CSV file, as every table is.
    await page
      .locator('.data-table-block')
      .filter({ has: table })
      .getByRole('button', { name: /^Last ned tabellen \(CSV\)/ })
      .waitFor();
    await expectNoAxeViolations(page);

    // Another organisation: its own rows, focus left on the select.
    const select = page.getByRole('combobox', { name: 'Organisasjon' });
    expect(await select.locator('option').allTextContents()).toEqual(['Trondheim', 'Frøya']);
    await select.focus();
    await select.selectOption({ label: 'Frøya' });
    const froya = page.getByRole('table', { name: 'Tallene for ny_indikator_x, Frøya' });
    await froya.locator('tbody tr').first().waitFor();
    expect(await cellsOf(froya.locator('tbody tr').first())).toEqual([
      'jan. 2025',
      '12',
      '–',
      '–',
      '',
    ]);
    expect(await select.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('switches to English', async () => {
    const { page } = opened;
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'ny_indikator_x' }).waitFor();
    await page.getByText('This indicator is not described in the catalogue.').waitFor();
    await page.getByRole('table', { name: 'The numbers for ny_indikator_x, Frøya' }).waitFor();
    await page.getByRole('link', { name: 'Norsk' }).click();
    await page.getByRole('link', { name: 'Oversikt' }).waitFor();
  });

  it('is still an unknown address when a code has no rows or is not a code', async () => {
    const { page } = opened;
    for (const hash of ['#/indicator/finnes_ikke', '#/indicator/Ny%20X']) {
      await page.evaluate((target) => {
        window.location.hash = target;
      }, hash);
      await page
        .getByRole('status')
        .filter({ hasText: 'Lenken peker på en side som ikke finnes' })
        .waitFor();
      // The default view stands in, the uncatalogued indicator listed there as everywhere.
      await page.getByRole('heading', { level: 2, name: 'Ikke beskrevet i katalogen' }).waitFor();
    }
  });

  it('made no request to another origin and logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

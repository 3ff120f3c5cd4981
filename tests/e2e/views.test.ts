import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { expectNoProblems, type OpenedPage } from './support/browser';
import {
  allTablePeriods,
  chooseIndicator,
  goTo,
  openDashboard,
  scorecard,
  seriesFigure,
  visit,
  waitForIndicator,
} from './support/dashboard';
import { builtSite } from './support/site';

/**
 * Every page of the app, reached the way a reader reaches it (the menu, a name in a table),
 * shows the demo data, meets WCAG 2.1 A/AA and logs no error. One browser for all of them:
 * the pages share the database the first one started.
 */

const DATASETS = path.resolve(import.meta.dirname, '../../datasets');
/** Data lines of a CSV file in datasets/ (its header left out). */
const dataLines = (file: string) =>
  readFileSync(path.join(DATASETS, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '').length - 1;

/** Norwegian thousands: a no-break space every three digits. */
const norwegianCount = (n: number) => n.toLocaleString('nb-NO').replaceAll('\u202f', '\u00a0');

const READMISSIONS = 'Reinnleggelser innen 30 dager, 67 år og eldre';

/** The page's own heading (the header's h1 is the app's name). */
const pageHeading = (page: Page) => page.getByRole('heading', { level: 2 }).first();

/** The cells of the row headed `name` in `table`, as text. */
/** The cells of a table's row, once it is drawn: some tables fill in after their heading. */
async function rowOf(page: Page, table: string | RegExp, name: string | RegExp) {
  const row = page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });
  await row.waitFor();
  return row.locator('th, td').allTextContents();
}

describe('every view, with the demo data', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('the overview: every indicator, region-wide', async () => {
    const { page } = opened;
    await scorecard(page).waitFor();
    expect(await pageHeading(page).textContent()).toBe('Gevinstoversikt');
    const table = /^Indikatorer for Hele regionen: /;
    expect(
      await page.getByRole('table', { name: table }).locator('tbody th[scope="row"]').count(),
    ).toBe(15);
    const readmissions = await rowOf(page, table, new RegExp(`^${READMISSIONS}`));
    expect(readmissions.slice(1, 4)).toEqual(['15,2 %', '14,6 %', 'Bedre (−0,7 pp)']);
    await expectNoAxeViolations(page);
  });

  it('an indicator, opened from its name in the overview', async () => {
    const { page } = opened;
    await chooseIndicator(page, 'reinnleggelse_30d_67');
    expect(await pageHeading(page).textContent()).toBe(READMISSIONS);
    expect(await seriesFigure(page).locator('.recharts-line-curve').getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+L/,
    );
    const periods = await allTablePeriods(page);
    expect([periods.length, periods[0], periods.at(-1)]).toEqual([84, 'jan. 2019', 'des. 2025']);
    // The organisations compared, one row each: the region's three health trusts. The
    // comparison is worked out once it is scrolled to, as a reader would.
    await page
      .getByRole('heading', { name: 'Sammenligning av organisasjonene' })
      .scrollIntoViewIfNeeded();
    const comparison = page.getByRole('table', {
      name: /^Endring fra utgangspunkt per organisasjon/,
    });
    await comparison.locator('tbody tr').nth(2).waitFor({ timeout: 15_000 });
    expect(await comparison.locator('tbody th[scope="row"], tbody td').allTextContents()).toEqual(
      expect.arrayContaining([
        'St. Olavs hospital HF',
        'Helse Møre og Romsdal HF',
        'Helse Nord-Trøndelag HF',
      ]),
    );
    expect(await comparison.locator('tbody tr').count()).toBe(3);
    await expectNoAxeViolations(page);
  });

  it('the organisations, from the menu: each listed once, by catchment', async () => {
    const { page } = opened;
    await goTo(page, /^Organisasjoner$/);
    await page.getByRole('heading', { level: 2, name: 'Organisasjoner' }).waitFor();
    const tables = page.getByRole('table', { name: /: organisasjoner, type og oppstart$/ });
    expect(await tables.count()).toBe(4);
    expect(await tables.locator('tbody tr').count()).toBe(dataLines('organisations.csv'));
    const stOlavs = await rowOf(
      page,
      'Opptaksområdet til St. Olavs hospital HF: organisasjoner, type og oppstart',
      'St. Olavs hospital HF',
    );
    expect(stOlavs.slice(0, 3)).toEqual(['St. Olavs hospital HF', 'STO-HF', 'Helseforetak']);
    await expectNoAxeViolations(page);
  });

  it('an organisation, from its name in the list: its indicators, the same as the overview’s', async () => {
    const { page } = opened;
    await page.getByRole('link', { name: 'St. Olavs hospital HF', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'St. Olavs hospital HF' }).waitFor();
    const quality = /^Kvalitet: indikatorer for St\. Olavs hospital HF/;
    await page
      .getByRole('table', { name: quality })
      .getByRole('rowheader', { name: READMISSIONS })
      .waitFor();
    const own = await rowOf(page, quality, READMISSIONS);
    expect(own.slice(1, 3)).toEqual(['16,2 %', '15,6 %']);
    await expectNoAxeViolations(page);

    // The overview narrowed to the same organisation gives the same baseline and current value.
    await visit(page, '#/?scope=org:STO-HF');
    await scorecard(page).waitFor();
    const overview = await rowOf(
      page,
      /^Indikatorer for St\. Olavs hospital HF: /,
      new RegExp(`^${READMISSIONS}`),
    );
    expect(overview.slice(1, 3)).toEqual(own.slice(1, 3));
  });

  it('the register, from the menu: the benefit map of the whole catalogue', async () => {
    const { page } = opened;
    await goTo(page, /^Gevinstregister$/);
    await page.getByRole('heading', { level: 2, name: 'Gevinstregister' }).waitFor();
    await page.getByRole('heading', { name: 'Gevinstkart' }).waitFor();
    const benefits = page.getByRole('table', { name: /^Indikatorer for / });
    expect(await benefits.count()).toBe(10);
    expect(await benefits.locator('tbody th[scope="row"]').count()).toBe(15);
    const readmissions = await rowOf(
      page,
      'Indikatorer for Styrket pasientsikkerhet',
      READMISSIONS,
    );
    expect(readmissions).toContain('14,5 % innen 31. des. 2026');
    // The realised NOK of the benefit opened, drawn and tabulated, for the scope the reader
    // brought along from the organisation's overview.
    await page
      .getByRole('figure', {
        name: /^Realisert( mot plan)?, kumulativt – Styrket pasientsikkerhet, St\. Olavs hospital HF/,
      })
      .waitFor();
    const years = page.getByRole('table', {
      name: /^Realisert( og planlagt)? per år, i kroner – /,
    });
    expect(await years.locator('tbody tr').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  let observations: string;

  it('the data page, from the menu: the demo dataset, every row of it', async () => {
    const { page } = opened;
    await goTo(page, /^Data$/);
    await page.getByRole('heading', { name: 'Lastede datasett' }).waitFor();
    const demo = await rowOf(
      page,
      'Datasett lastet inn i denne nettleseren, nyeste først',
      'observations.csv – syntetiske demodata',
    );
    observations = norwegianCount(dataLines('observations.csv'));
    expect(demo[2]).toBe(observations);
    await expectNoAxeViolations(page);
  });

  it('the SQL console, from the menu: it counts the same rows', async () => {
    const { page } = opened;
    await goTo(page, /^SQL$/);
    await page.getByRole('heading', { level: 2, name: 'SQL-konsoll' }).waitFor();
    await page.getByLabel('SQL-spørring').fill('SELECT count(*) AS n FROM observations');
    await page.getByRole('button', { name: 'Kjør' }).click();
    const result = page.getByRole('table', { name: /^Resultat/ });
    await result.waitFor();
    expect(await result.locator('tbody td').textContent()).toBe(observations);
    await expectNoAxeViolations(page);
  });

  it('an organisation’s report fits a 1280 px wide screen: no indicator table scrolls sideways', async () => {
    const { page } = opened;
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit(page, '#/organisation/5001');
    await page.getByRole('heading', { level: 2, name: 'Trondheim', exact: true }).waitFor();
    await page.locator('table.org-table').first().waitFor();
    await page.locator('.org-indicators [aria-busy="true"]').waitFor({ state: 'detached' });
    const overflow = await page.locator('table.org-table').evaluateAll((tables) =>
      tables.map((table) => {
        const box = table.parentElement as HTMLElement;
        return box.scrollWidth - box.clientWidth;
      }),
    );
    expect(overflow.length).toBeGreaterThan(1);
    expect(overflow).toEqual(overflow.map(() => 0));
  });

  it.each([
    ['#/?lang=en', 'Benefits overview'],
    ['#/indicator/reinnleggelse_30d_67?lang=en', 'Readmissions within 30 days, aged 67 and over'],
    ['#/organisations?lang=en', 'Organisations'],
    ['#/organisation/STO-HF?lang=en', 'St. Olavs hospital HF'],
    ['#/register?lang=en', 'Benefit register'],
    ['#/data?lang=en', 'Upload data'],
    ['#/sql?lang=en', 'SQL console'],
  ])('in English too: %s', async (hash, heading) => {
    const { page } = opened;
    await visit(page, hash);
    await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    expect(await pageHeading(page).textContent()).toBe(heading);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    if (hash.startsWith('#/indicator/')) await waitForIndicator(page, 'reinnleggelse_30d_67');
  });

  it('meets WCAG 2.1 A/AA in English', async () => {
    await expectNoAxeViolations(opened.page);
  });

  it('made no request to another origin and logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { expectNoProblems, type OpenedPage } from './support/browser';
import { openDashboard, scorecard, upload, visit, waitForIndicator } from './support/dashboard';
import { builtSite } from './support/site';

/**
 * The national register's scopes (docs/national-register.md, «Scopes») as a leader opens them:
 * from a link, and from the scope select, where they appear once the register is in. The demo
 * data is the programme's, so the whole country and Helse Midt-Norge show the region's
 * indicators; a real export by hospital org number then adds the rest of the country.
 */

const scopeSelect = (page: Page) => page.getByRole('combobox', { name: /^(Utvalg|Scope)$/ });

async function scorecardCaption(page: Page): Promise<string> {
  await scorecard(page).waitFor();
  return (await scorecard(page).locator('caption').textContent()) ?? '';
}

describe('the whole country, an RHF, a county and a municipal region as scopes', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('offers them in the scope select, grouped', async () => {
    const { page } = opened;
    const select = scopeSelect(page);
    await select.locator('optgroup[label="Fylker"] option').first().waitFor({ state: 'attached' });
    const labels = await select
      .locator('optgroup')
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('label')));
    expect(labels).toEqual(
      expect.arrayContaining([
        'Kommuneregioner i programmet',
        'Hele landet og de regionale helseforetakene',
        'Fylker',
        'Opptaksområder i resten av landet',
      ]),
    );
    const counties = await select.locator('optgroup[label="Fylker"] option').allTextContents();
    expect(counties).toHaveLength(18);
    expect(counties).toContain('Trøndelag - Trööndelage');
    expect(counties).toContain('Vestfold og Telemark (2020–2023)');
    const regions = await select
      .locator('optgroup[label="Kommuneregioner i programmet"] option')
      .allTextContents();
    expect(regions).toHaveLength(12);
  });

  it.each([
    ['nation', 'Hele landet'],
    ['rhf:HMN-RHF', 'Helse Midt-Norge RHF'],
    ['county:50', 'Trøndelag - Trööndelage'],
    ['mregion:namdalen', 'Kommuneregionen Namdalen'],
  ])('scope=%s: the scorecard for %s, axe-clean on a desktop and on a phone', async (key, name) => {
    const { page } = opened;
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit(page, `#/?scope=${key}`);
    await page.waitForFunction(
      (wanted) =>
        document
          .querySelector('table.scorecard[aria-busy="false"] caption')
          ?.textContent?.includes(wanted),
      name,
    );
    expect(await scorecardCaption(page)).toContain(name);
    expect(await scopeSelect(page).inputValue()).toBe(key);
    // The programme's demo data lies in every one of these: some indicator has numbers (a
    // county or a municipal region has the municipalities' indicators, not the hospitals').
    const firstCells = await scorecard(page).locator('tbody tr td:first-of-type').allTextContents();
    expect(firstCells.filter((cell) => /\d/.test(cell)).length).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('a registry file by hospital org number loads, each hospital on its page under its trust', async () => {
    const { page } = opened;
    await upload(page, 'hospitals-by-orgnr.csv');
    const report = page.getByRole('region', { name: 'Valideringsrapport' });
    await report.waitFor();
    expect(await report.textContent()).toContain('5 rader, 5 gyldige, 0 avvist');
    await page.getByRole('button', { name: 'Last inn 5 gyldige rader' }).click();
    await page.getByRole('status').filter({ hasText: '5 rader lastet inn' }).waitFor();
    await visit(page, '#/organisation/974589095');
    await page.getByRole('heading', { level: 2, name: /ULLEVÅL/ }).waitFor();
    const facts = page.locator('dl.org-facts');
    expect(await facts.textContent()).toContain('Sykehus eller enhet');
    expect(await facts.textContent()).toContain('Utenfor Helseplattformen-programmet');
    // SKDE's short name of the trust.
    expect(await facts.getByRole('link').textContent()).toBe('OUS HF');
    await expectNoAxeViolations(page);
  });

  it('the indicator page takes the whole country as its scope', async () => {
    const { page } = opened;
    await visit(page, '#/indicator/reinnleggelse_30d_67?scope=nation');
    await waitForIndicator(page, 'reinnleggelse_30d_67');
    expect(await page.locator('.indicator-result').textContent()).toContain('Hele landet');
  });

  it('sets the programme against the rest of the country, by year, with a table', async () => {
    const { page } = opened;
    const section = page.getByRole('region', { name: 'Sammenlignet med resten av landet' });
    await section.scrollIntoViewIfNeeded();
    const table = section.getByRole('table', { name: /per år: programmet og resten av landet/ });
    await table.waitFor();
    const heads = await table.locator('thead th').allTextContents();
    expect(heads).toContain('2024');
    const column = heads.indexOf('2024');
    const rowCells = async (name: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .locator('th, td')
        .allTextContents();
    // Oslo universitetssykehus' unit alone outside the programme: 40 / 400.
    expect((await rowCells('Resten av landet'))[column]).toMatch(/^10\s%$/);
    expect((await rowCells('Helse Sør-Øst RHF'))[column]).toMatch(/^10\s%$/);
    expect((await rowCells('Helseplattformen-programmet'))[column]).toMatch(/\d/);
    expect(await section.textContent()).toContain('skiller seg fra Midt-Norge');
    await expectNoAxeViolations(page);
  });

  it('made no request to another origin and logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { expectNoProblems, type OpenedPage } from './support/browser';
import { openDashboard } from './support/dashboard';
import { builtSite } from './support/site';

/** The leaders' overview: every benefit and indicator over a chosen scope, in words and numbers. */
describe('the benefits overview', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
  });
  afterAll(async () => {
    await opened?.close();
  });

  const table = () => opened.page.getByRole('table', { name: /^Indikatorer for/ });
  const rowOf = (name: RegExp) =>
    table()
      .getByRole('row')
      .filter({ has: opened.page.getByRole('rowheader', { name }) });

  it('lists the ten benefits and every indicator of the catalogue, region-wide', async () => {
    await table().locator('[aria-busy="false"], tbody').first().waitFor();
    await opened.page.locator('table.scorecard[aria-busy="false"]').waitFor();
    expect(await table().locator('th[scope="colgroup"]').count()).toBe(10);
    expect(await table().locator('tbody th[scope="row"]').count()).toBe(15);
    const portal = await rowOf(/pasientportalen/)
      .locator('td')
      .allTextContents();
    expect(portal[2]).toMatch(/^Bedre/);
    expect(portal[4]).toMatch(/Forbedring \(høy\)/);
    // The target assurance is read from limits of a stable process; this one is changing, so
    // the reading is marked uncertain. One in common-cause variation gets no such mark.
    expect(portal[5]).toMatch(/\(usikkert: prosessen endrer seg\)$/);
    const transport = await rowOf(/Pasientreisekostnader/)
      .locator('td')
      .allTextContents();
    expect(transport[4]).toMatch(/Vanlig variasjon/);
    expect(transport[5]).not.toMatch(/usikkert/);
  });

  it('narrows to one health trust’s catchment', async () => {
    const { page } = opened;
    await page
      .getByLabel('Utvalg')
      .selectOption({ label: 'Opptaksområdet til St. Olavs hospital HF' });
    await page.locator('table.scorecard[aria-busy="false"]').waitFor();
    await rowOf(/pasientportalen/)
      .filter({ hasText: '(19 organisasjoner)' })
      .waitFor();
  });

  it('meets WCAG 2.1 A/AA', async () => {
    await expectNoAxeViolations(opened.page);
  });

  it('had no problems', () => {
    expectNoProblems(opened.problems);
  });
});

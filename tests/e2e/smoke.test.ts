import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { expectNoProblems, type OpenedPage, openPage } from './support/browser';
import { scorecard, waitForData } from './support/dashboard';
import { builtSite } from './support/site';

/** The built site starts, shows its title, calls no other origin and logs no errors. */
describe.each([
  ['at the root of its origin', 'baseUrl'],
  ['below a sub-path', 'subPathUrl'],
] as const)('the built site %s', (_where, key) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(builtSite()[key]);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('shows the Gevinstmonitor heading', async () => {
    await opened.page
      .getByRole('heading', { level: 1, name: 'Gevinstmonitor', exact: true })
      .waitFor({ state: 'visible' });
  });

  it('starts DuckDB from its own files and loads the demo data', async () => {
    await waitForData(opened.page);
    await scorecard(opened.page).locator('.sparkline .recharts-line-curve').first().waitFor();
  });

  it('links its pages below its own address, so a link opened in a new tab works', async () => {
    const hrefs = await opened.page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const base = builtSite()[key];
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href.startsWith(`${base}#/`)).toBe(true);
    expect(hrefs.some((href) => href.startsWith(`${base}#/register`))).toBe(true);
  });

  it('meets WCAG 2.1 A/AA on the first view', async () => {
    await expectNoAxeViolations(opened.page);
  });

  it('had no problems', () => {
    expectNoProblems(opened.problems);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { expectNoProblems, type OpenedPage } from './support/browser';
import {
  allTablePeriods,
  chooseIndicator,
  goTo,
  indicatorSelect,
  openDashboard,
  scorecard,
  seriesFigure,
  seriesTable,
  tablePeriods,
  tableRow,
  waitForData,
  waitForIndicator,
} from './support/dashboard';
import { builtSite } from './support/site';

/**
 * A link is a view: the page, scope, period, organisations and language are in the address,
 * so a link sent to a colleague opens what the sender saw, Back undoes one choice, and a bad or
 * hostile link shows the default view with a notice, never an error or someone else's script.
 */

const READMISSIONS = 'Reinnleggelser innen 30 dager, 67 år og eldre';
const DONE_WHEN = '#/indicator/reinnleggelse_30d_67?scope=catchment:HNT-HF&from=2021-01&to=2025-12';

/** The scope select (overview and indicator page). */
const scopeSelect = (page: Page) => page.getByRole('combobox', { name: /^(Utvalg|Scope)$/ });
const fromMonth = (page: Page) => page.getByLabel(/^(Fra måned|From month)$/);
const toMonth = (page: Page) => page.getByLabel(/^(Til måned|To month)$/);
const pageHeading = (page: Page) => page.getByRole('heading', { level: 2 }).first();
const urlNotice = (page: Page) => page.locator('[role="status"].url-notice');
const figureCaption = (page: Page) => seriesFigure(page).locator('figcaption');

/** Value, numerator and denominator in the series table's row for `period`. */
async function counts(page: Page, period: string): Promise<string[]> {
  const row = await tableRow(page, period);
  const [value, numerator, denominator] = [
    row.Verdi ?? row.Value,
    row.Teller ?? row.Numerator,
    row.Nevner ?? row.Denominator,
  ];
  return [value ?? '', numerator ?? '', denominator ?? ''];
}

/** The label of the option the scope select shows. */
async function selectedScope(page: Page): Promise<{ value: string; label: string }> {
  return scopeSelect(page).evaluate((select: HTMLSelectElement) => ({
    value: select.value,
    label: select.selectedOptions[0]?.textContent ?? '',
  }));
}

/** The organisation codes ticked in the indicator page's picker, in its order. */
async function checkedOrganisations(page: Page): Promise<string[]> {
  // Each box's label reads "name code · go-live …"; the code is the muted part's first word.
  return page
    .locator('.org-picker input[type="checkbox"]:checked')
    .evaluateAll((boxes) =>
      boxes.map(
        (box) => box.closest('label')?.querySelector('.muted')?.textContent?.split(' ')[0] ?? '',
      ),
    );
}

/** The part of the address after `#`. */
const hashOf = (page: Page) => new URL(page.url()).hash;

describe('a link to a configured view', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(`${builtSite().baseUrl}${DONE_WHEN}`);
    await waitForIndicator(opened.page, 'reinnleggelse_30d_67');
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('opens the indicator, Helse Nord-Trøndelag’s catchment and 2021-01…2025-12, in Norwegian', async () => {
    const { page } = opened;
    expect(await pageHeading(page).textContent()).toBe(READMISSIONS);
    expect(await indicatorSelect(page).inputValue()).toBe('reinnleggelse_30d_67');
    expect(await selectedScope(page)).toEqual({
      value: 'catchment:HNT-HF',
      label: 'Opptaksområdet til Helse Nord-Trøndelag HF',
    });
    expect(await fromMonth(page).inputValue()).toBe('2021-01');
    expect(await toMonth(page).inputValue()).toBe('2025-12');
    expect(await figureCaption(page).textContent()).toContain(
      `${READMISSIONS} – Opptaksområdet til Helse Nord-Trøndelag HF`,
    );
    const periods = await allTablePeriods(page);
    expect(periods[0]).toBe('jan. 2021');
    expect(periods.at(-1)).toBe('des. 2025');
    expect(periods).toHaveLength(60);
    // The trust's own numbers, written the Norwegian way: a decimal comma before the percent.
    expect(await counts(page, 'jan. 2021')).toEqual(['18,2 %', '158', '870']);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await page.getByRole('link', { name: 'Oversikt' }).count()).toBe(1);
    // A good link is not reported as a bad one.
    expect(await urlNotice(page).count()).toBe(0);
  });

  it('switches language, text and numbers alike, and keeps the view', async () => {
    const { page } = opened;
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Overview' }).waitFor();
    await waitForIndicator(page, 'reinnleggelse_30d_67');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URLSearchParams(hashOf(page).split('?')[1]).get('lang')).toBe('en');
    expect(await pageHeading(page).textContent()).toBe(
      'Readmissions within 30 days, aged 67 and over',
    );
    expect((await selectedScope(page)).label).toBe('The catchment of Helse Nord-Trøndelag HF');
    const periods = await allTablePeriods(page);
    expect([periods[0], periods.at(-1)]).toEqual(['Jan 2021', 'Dec 2025']);
    // A decimal point in English.
    expect(await counts(page, 'Jan 2021')).toEqual(['18.2 %', '158', '870']);

    // Thousands: a no-break space in Norwegian, a comma in English (the region's counts).
    await chooseIndicator(page, 'plo_meldinger_frist');
    await scopeSelect(page).selectOption('region');
    await waitForIndicator(page, 'plo_meldinger_frist');
    const english = await counts(page, 'Jan 2021');
    expect(english[0]).toMatch(/^\d+(\.\d)? %$/);
    expect(english[1]).toMatch(/^\d,\d{3}$/);
    expect(english[2]).toMatch(/^\d,\d{3}$/);
    const baseline = page.locator('.key-figures dd').first();
    expect(await baseline.textContent()).toMatch(/^79\.9 % \(mean of \d+ observations/);

    await page.getByRole('link', { name: 'Norsk' }).click();
    await page.getByRole('link', { name: 'Oversikt' }).waitFor();
    await waitForIndicator(page, 'plo_meldinger_frist');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    // Norwegian is the default, so it leaves the address.
    expect(hashOf(page)).not.toContain('lang=');
    const norwegian = await counts(page, 'jan. 2021');
    expect(norwegian).toEqual([
      english[0]?.replace('.', ','),
      english[1]?.replace(',', '\u00a0'),
      english[2]?.replace(',', '\u00a0'),
    ]);
    expect(await baseline.textContent()).toMatch(/^79,9 % \(snitt av \d+ målinger/);
  });

  it('goes back and forward through the views chosen, each as it was', async () => {
    const { page } = opened;
    // Start again from the link, then make three choices, each a step in the history.
    await page.goto(`${builtSite().baseUrl}${DONE_WHEN}`);
    await waitForIndicator(page, 'reinnleggelse_30d_67');
    const original = await seriesTable(page).textContent();

    await scopeSelect(page).selectOption('catchment:STO-HF');
    await waitForIndicator(page, 'reinnleggelse_30d_67');
    await figureCaption(page)
      .getByText('Opptaksområdet til St. Olavs hospital HF')
      .first()
      .waitFor();
    const stOlavs = await seriesTable(page).textContent();
    expect(stOlavs).not.toBe(original);

    await chooseIndicator(page, 'plo_meldinger_frist');
    await goTo(page, /^Oversikt$/);
    await scorecard(page).waitFor();
    // The scope follows the reader to the overview.
    expect(
      await page
        .getByRole('table', { name: /^Indikatorer for/ })
        .locator('caption')
        .textContent(),
    ).toBe(
      'Indikatorer for Opptaksområdet til St. Olavs hospital HF: utgangspunkt, nå (siste 3 måneder) og SPC',
    );

    await page.goBack();
    await waitForIndicator(page, 'plo_meldinger_frist');
    expect((await selectedScope(page)).value).toBe('catchment:STO-HF');

    await page.goBack();
    await waitForIndicator(page, 'reinnleggelse_30d_67');
    expect(await pageHeading(page).textContent()).toBe(READMISSIONS);
    expect((await selectedScope(page)).value).toBe('catchment:STO-HF');
    expect(await fromMonth(page).inputValue()).toBe('2021-01');
    expect(await seriesTable(page).textContent()).toBe(stOlavs);

    await page.goBack();
    await waitForIndicator(page, 'reinnleggelse_30d_67');
    expect((await selectedScope(page)).value).toBe('catchment:HNT-HF');
    expect(await seriesTable(page).textContent()).toBe(original);
    expect(hashOf(page)).toBe(DONE_WHEN);

    await page.goForward();
    await waitForIndicator(page, 'reinnleggelse_30d_67');
    expect((await selectedScope(page)).value).toBe('catchment:STO-HF');
    expect(await seriesTable(page).textContent()).toBe(stOlavs);
  });

  let copied: string;
  let sender: {
    heading: string | null;
    indicator: string;
    scope: { value: string; label: string };
    from: string;
    to: string;
    orgs: string[];
    caption: string | null;
    table: string | null;
  };

  it('copies the address of a view configured by hand: language, scope, period and organisations', async () => {
    const { page, context } = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(builtSite().baseUrl).origin,
    });
    await page.goto(builtSite().baseUrl);
    await waitForData(page);
    await page.getByRole('link', { name: 'English' }).click();
    await chooseIndicator(page, 'plo_meldinger_frist');
    await scopeSelect(page).selectOption('catchment:HMR-HF');
    await waitForIndicator(page, 'plo_meldinger_frist');
    await fromMonth(page).fill('2023-01');
    await toMonth(page).fill('2024-06');
    await page.waitForFunction(() => window.location.hash.includes('to=2024-06'));
    // Leave one organisation of the catchment out: the rest are then picked one by one.
    const before = await checkedOrganisations(page);
    expect(before.length).toBeGreaterThan(2);
    await page.locator('.org-picker input[type="checkbox"]:checked').first().uncheck();
    await page.waitForFunction(() => window.location.hash.includes('orgs='));
    await waitForIndicator(page, 'plo_meldinger_frist');

    sender = {
      heading: await pageHeading(page).textContent(),
      indicator: await indicatorSelect(page).inputValue(),
      scope: await selectedScope(page),
      from: await fromMonth(page).inputValue(),
      to: await toMonth(page).inputValue(),
      orgs: await checkedOrganisations(page),
      caption: await figureCaption(page).textContent(),
      table: await seriesTable(page).textContent(),
    };
    expect(sender.orgs).toEqual(before.slice(1));
    expect(sender.heading).toBe('Care messages (PLO) answered within the agreed deadline');
    expect(await tablePeriods(page)).toEqual(expect.arrayContaining(['Jan 2023', 'Jun 2024']));
    expect((await tablePeriods(page)).length).toBe(18);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'The link is copied.' }).waitFor();
    copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const query = new URLSearchParams(new URL(copied).hash.split('?')[1]);
    expect(Object.fromEntries(query)).toEqual({
      lang: 'en',
      scope: 'catchment:HMR-HF',
      orgs: sender.orgs.join(','),
      from: '2023-01',
      to: '2024-06',
    });
  });

  it('shows the same view when the copied address is opened in a fresh browser', async () => {
    const receiver = await openDashboard(copied);
    try {
      const { page } = receiver;
      await waitForIndicator(page, 'plo_meldinger_frist');
      expect({
        heading: await pageHeading(page).textContent(),
        indicator: await indicatorSelect(page).inputValue(),
        scope: await selectedScope(page),
        from: await fromMonth(page).inputValue(),
        to: await toMonth(page).inputValue(),
        orgs: await checkedOrganisations(page),
        caption: await figureCaption(page).textContent(),
        table: await seriesTable(page).textContent(),
      }).toEqual(sender);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await urlNotice(page).count()).toBe(0);
      expectNoProblems(receiver.problems);
    } finally {
      await receiver.close();
    }
  });

  it('meets WCAG 2.1 A/AA with the link’s view on screen', async () => {
    await expectNoAxeViolations(opened.page);
  });

  it('had no problems', () => {
    expectNoProblems(opened.problems);
  });
});

/** Links as they arrive from outside: typed wrong, cut short, or written to attack. */
describe('a bad or hostile link', () => {
  let opened: OpenedPage;
  const dialogs: string[] = [];
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
    // Anything that runs an alert is caught, whether or not a dialog would have shown.
    await opened.page.addInitScript(() => {
      window.alert = (message?: unknown) => {
        document.documentElement.dataset.alerted = String(message);
      };
    });
    opened.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await opened?.close();
  });

  /** Opens `hash` as a new page load, as a link clicked in an e-mail would be. */
  async function follow(hash: string): Promise<Page> {
    const { page } = opened;
    await page.goto('about:blank');
    await page.goto(`${builtSite().baseUrl}${hash}`);
    await waitForData(page);
    return page;
  }

  /** Nothing the link carried was run or turned into markup. */
  async function expectNothingRan(page: Page): Promise<void> {
    expect(await page.locator('html').getAttribute('data-alerted')).toBeNull();
    expect(dialogs).toEqual([]);
    // The app ships no inline script and no image named x: any such element came from the link.
    expect(await page.locator('script:not([src]), img[src="x"]').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('alert(1)');
  }

  async function expectOverview(page: Page): Promise<void> {
    await scorecard(page).waitFor();
    expect(await pageHeading(page).textContent()).toBe('Gevinstoversikt');
    expect(await selectedScope(page)).toEqual({ value: 'region', label: 'Hele regionen' });
  }

  it('a script as the scope: the whole region, and a notice naming the scope', async () => {
    const page = await follow('#/?scope=<script>alert(1)</script>');
    await expectOverview(page);
    expect(await urlNotice(page).textContent()).toBe(
      'Lenken hadde en ugyldig verdi (scope), som er erstattet med standardvalget.',
    );
    await expectNothingRan(page);
  });

  it('a month that does not exist: the whole series, and a notice naming it', async () => {
    const page = await follow('#/indicator/reinnleggelse_30d_67?from=2025-13');
    await waitForIndicator(page, 'reinnleggelse_30d_67');
    expect(await pageHeading(page).textContent()).toBe(READMISSIONS);
    expect(await urlNotice(page).textContent()).toBe(
      'Lenken hadde en ugyldig verdi (from), som er erstattet med standardvalget.',
    );
    expect(await fromMonth(page).inputValue()).toBe('');
    const periods = await allTablePeriods(page);
    expect([periods[0], periods.at(-1)]).toEqual(['jan. 2019', 'des. 2025']);
    await expectNothingRan(page);
  });

  it('a path as the organisations: the scope’s own, and a notice naming them', async () => {
    const page = await follow('#/indicator/reinnleggelse_30d_67?orgs=../../x');
    await waitForIndicator(page, 'reinnleggelse_30d_67');
    expect(await urlNotice(page).textContent()).toBe(
      'Lenken hadde en ugyldig verdi (orgs), som er erstattet med standardvalget.',
    );
    expect(await checkedOrganisations(page)).toEqual(['STO-HF', 'HMR-HF', 'HNT-HF']);
    await expectNothingRan(page);
  });

  it('several bad values at once: each is named, the good ones still apply', async () => {
    const page = await follow(
      '#/?lang=xx&scope=catchment:STO-HF&from=2025-13&benefit=javascript:alert(1)',
    );
    await scorecard(page).waitFor();
    expect(await urlNotice(page).textContent()).toBe(
      'Lenken hadde ugyldige verdier (benefit, from, lang), som er erstattet med standardvalget.',
    );
    expect((await selectedScope(page)).value).toBe('catchment:STO-HF');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await expectNothingRan(page);
  });

  it.each([
    ['markup as the indicator', '#/indicator/%3Cimg%20src%3Dx%3E'],
    ['an indicator that does not exist', '#/indicator/no_such_indicator'],
    ['an organisation that does not exist', '#/organisation/..%2F..%2Fx'],
    ['a page that does not exist', '#/no/such/page'],
  ])('%s: the overview, and a notice that the page does not exist', async (_what, hash) => {
    const page = await follow(hash);
    await expectOverview(page);
    expect(await urlNotice(page).textContent()).toBe(
      'Lenken peker på en side som ikke finnes. Her er oversikten i stedet. Gå til oversikten',
    );
    await expectNothingRan(page);
  });

  it('meets WCAG 2.1 A/AA with the notice on screen', async () => {
    await expectNoAxeViolations(opened.page);
  });

  it('logged no error and ran nothing', () => {
    expectNoProblems(opened.problems);
  });
});

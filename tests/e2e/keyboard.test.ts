import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, type OpenedPage } from './support/browser';
import {
  FIXTURES,
  openDashboard,
  scorecard,
  seriesFigure,
  seriesTable,
  tablePeriods,
  waitForIndicator,
} from './support/dashboard';
import { builtSite } from './support/site';

/**
 * The dashboard with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7, 1.4.11) and at 200 % zoom
 * (1.4.4, 1.4.10). The journey uses only page.keyboard — Tab, Shift+Tab, Enter, Space and the
 * arrow keys — and never clicks; the one thing outside the page, the operating system's file
 * dialog, is answered through Playwright's file chooser.
 */

const FIXTURE = 'small-cells-leak.csv';
const PLO = 'plo_meldinger_frist';

/** How a keyboard user finds their place: the focused element's look. */
interface FocusLook {
  focused: boolean;
  focusVisible: boolean;
  outline: { style: string; width: number; colour: string };
  boxShadow: string;
  /** Contrast of the ring against what is around it (the first ancestor with a background). */
  contrast: number;
  onScreen: boolean;
}

/** The focus look of `target` (which must exist). */
function focusLook(target: Locator): Promise<FocusLook> {
  return target.evaluate((element) => {
    const style = getComputedStyle(element);
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = rgb(colour).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // The ring is drawn outside the element (outline-offset), on its surroundings.
    let around = 'rgb(255, 255, 255)';
    for (let node = element.parentElement; node !== null; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      const alpha = rgb(background)[3];
      if (background !== 'transparent' && alpha !== 0) {
        around = background;
        break;
      }
    }
    const [light, dark] = [luminance(style.outlineColor), luminance(around)].sort((a, b) => b - a);
    const box = element.getBoundingClientRect();
    return {
      focused: element === document.activeElement,
      focusVisible: element.matches(':focus-visible'),
      outline: {
        style: style.outlineStyle,
        width: Number.parseFloat(style.outlineWidth),
        colour: style.outlineColor,
      },
      boxShadow: style.boxShadow,
      contrast: ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05),
      onScreen:
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < window.innerHeight &&
        box.left < window.innerWidth &&
        box.width > 0 &&
        box.height > 0,
    };
  });
}

/** The focused element is `target`, on screen, with a ring a sighted keyboard user can see. */
async function expectFocusedWithRing(target: Locator, what: string): Promise<void> {
  const look = await focusLook(target);
  expect(look.focused, `${what} has focus`).toBe(true);
  expect(look.focusVisible, `${what} matches :focus-visible`).toBe(true);
  expect(look.onScreen, `${what} is scrolled into view`).toBe(true);
  const ring = look.outline.style !== 'none' && look.outline.width >= 2;
  expect(ring || look.boxShadow !== 'none', `${what} has an outline ≥ 2px or a box-shadow`).toBe(
    true,
  );
  if (ring) {
    expect(
      look.contrast,
      `${what}: the ring (${look.outline.colour}) against its surroundings`,
    ).toBeGreaterThanOrEqual(3);
  }
}

/** What has focus, for a failure message. */
function activeDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return 'nothing (the body)';
    const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
    return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> “${name.trim().slice(0, 60)}”`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and returns
 * how many presses it took. Fails if `target` is not reached within `max` presses.
 */
async function tabTo(
  page: Page,
  target: Locator,
  what: string,
  { backwards = false, max = 250 } = {},
): Promise<number> {
  await target.waitFor();
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectFocusedWithRing(target, what);
      return presses;
    }
  }
  throw new Error(
    `${what} was not reached with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; focus is on ${await activeDescription(page)}`,
  );
}

const mainMenu = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: /^(Hovedmeny|Main menu)$/ }).getByRole('link', { name });

describe('the keyboard alone: upload → indicator → export', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
    await scorecard(opened.page).waitFor();
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('reaches the data page through the main menu', async () => {
    const { page } = opened;
    const data = mainMenu(page, /^Data$/);
    // From the top of the page: the header's two controls, then the menu.
    await tabTo(page, data, 'the menu’s Data link', { max: 10 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash.startsWith('#/data'));
    // A new page moves focus to its content (see Shell), not back to the top.
    await page.locator('main:focus').waitFor();
  });

  it('opens the file dialog from the file input and loads the file with the keyboard', async () => {
    const { page } = opened;
    const input = page.getByLabel(/^(Velg CSV-fil|Choose a CSV file)/);
    await tabTo(page, input, 'the file input', { max: 10 });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.keyboard.press('Space'),
    ]);
    await chooser.setFiles(path.join(FIXTURES, FIXTURE));

    const report = page.getByRole('region', { name: 'Valideringsrapport' });
    await report.waitFor();
    expect(await report.textContent()).toContain('18 rader, 18 gyldige, 0 avvist');
    const load = page.getByRole('button', { name: 'Last inn 18 gyldige rader' });
    await tabTo(page, load, 'the load button', { max: 40 });
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '18 rader lastet inn' }).waitFor();
  });

  it('goes to the overview through the menu and follows an indicator from the scorecard', async () => {
    const { page } = opened;
    await tabTo(page, mainMenu(page, /^Oversikt$/), 'the menu’s Overview link', {
      backwards: true,
    });
    await page.keyboard.press('Enter');
    await scorecard(page).waitFor();
    await page.locator('main:focus').waitFor();
    const plo = page
      .locator('table.scorecard')
      .locator(`a[href$="#/indicator/${PLO}"], a[href*="#/indicator/${PLO}?"]`);
    await tabTo(page, plo, 'the scorecard’s PLO link');
    await page.keyboard.press('Enter');
    await waitForIndicator(page, PLO);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      'PLO-meldinger besvart innen avtalt frist',
    );
  });

  it('changes the scope with the arrow keys, keeping focus on the select', async () => {
    const { page } = opened;
    const scope = page.getByRole('combobox', { name: /^(Utvalg|Scope)$/ });
    await tabTo(page, scope, 'the scope select', { max: 20 });
    expect(await scope.inputValue()).toBe('region');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => window.location.hash.includes('scope=catchment:STO-HF'));
    await waitForIndicator(page, PLO);
    await seriesFigure(page)
      .locator('figcaption')
      .getByText('Opptaksområdet til St. Olavs hospital HF')
      .first()
      .waitFor();
    // Choosing in a select changes the view, not the place (WCAG 3.2.2).
    await expectFocusedWithRing(scope, 'the scope select, after the change');
  });

  it('narrows the period with the arrow keys in the month field', async () => {
    const { page } = opened;
    const from = page.getByLabel(/^(Fra måned|From month)$/);
    await tabTo(page, from, 'the from-month field', { max: 5 });
    // Chromium's month field: the month part, then (Tab, inside the same input) the year part,
    // each set with the arrow keys. Typing the year's digits does not work today: the first digit
    // already makes a whole month (0002-01), which the page applies at once, and the field then
    // forgets what was typed, so the next digit empties it.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await expectFocusedWithRing(from, 'the from-month field, its year');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => /[?&]from=\d{4}-01/.test(window.location.hash));
    // The year starts at this year's; step it to 2026, the fixture's year.
    const year = Number((await from.inputValue()).slice(0, 4));
    for (let step = year; step > 2026; step--) await page.keyboard.press('ArrowDown');
    for (let step = year; step < 2026; step++) await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => window.location.hash.includes('from=2026-01'));
    await waitForIndicator(page, PLO);
    await seriesTable(page).getByRole('rowheader', { name: 'jan. 2026' }).waitFor();
    expect(await tablePeriods(page)).toEqual(['jan. 2026', 'feb. 2026', 'mars 2026']);
    await expectFocusedWithRing(from, 'the from-month field, after the change');
  });

  it('downloads the table as CSV with Enter', async () => {
    const { page } = opened;
    const csvButton = page
      .locator('.paged-table')
      .filter({ has: seriesTable(page) })
      .getByRole('button', { name: /^Last ned tabellen \(CSV\)/ });
    await tabTo(page, csvButton, 'the series table’s CSV button');
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toMatch(/^plo-meldinger-besvart.*\.csv$/);
    const csv = await readFile(await file.path(), 'utf8');
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows.slice(1).map((row) => row.split(';')[0])).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
  });

  it('downloads the chart as PNG with Enter, going back with Shift+Tab', async () => {
    const { page } = opened;
    const pngButton = seriesFigure(page).getByRole('button', { name: /^Last ned bilde \(PNG\)/ });
    await tabTo(page, pngButton, 'the chart’s PNG button', { backwards: true, max: 40 });
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toMatch(/^plo-meldinger-besvart.*\.png$/);
    const png = await readFile(await file.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5_000);
  });

  it.each([
    ['the overview', '#/'],
    ['an organisation', '#/organisation/5001'],
  ])('every tab stop of %s is a named control', async (_, hash) => {
    const { page } = opened;
    await page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
    await page.locator('main:focus').waitFor();
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    const stops: string[] = [];
    for (let presses = 0; presses < 120; presses++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        if (element === null || element === document.body) return null;
        return element.closest('main') === null ? null : element.outerHTML.slice(0, 120);
      });
      if (stop === null) break;
      const snapshot = await page.locator(':focus').ariaSnapshot();
      // A role and a name, e.g. `- link "Oversikt"` (YAML quotes a name with a colon in it,
      // `- 'region "Kvalitet: …"':`) — not an empty group.
      if (!/^- '?\w+ "[^"]+"/.test(snapshot)) stops.push(`${snapshot || '(nothing)'} ← ${stop}`);
    }
    expect(stops, 'tab stops without a role and a name').toEqual([]);
  });

  it('logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

describe('at 200 % zoom (640 × 450 CSS pixels): no sideways scrolling of the page', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
    await opened.page.setViewportSize({ width: 640, height: 450 });
  });
  afterAll(async () => {
    await opened?.close();
  });

  /** The document's width against the window's, and what sticks out if it is wider. */
  async function overflow(page: Page) {
    return page.evaluate(() => {
      const width = window.innerWidth;
      const outside: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('main *')) {
        const box = element.getBoundingClientRect();
        if (box.right <= width + 1) continue;
        // Inside a box that scrolls or clips on its own, sticking out is that box's business.
        let clipped = false;
        for (let up = element.parentElement; up !== null && !clipped; up = up.parentElement) {
          clipped = getComputedStyle(up).overflowX !== 'visible';
        }
        if (!clipped) {
          outside.push(`${element.tagName.toLowerCase()}.${element.className} (${box.right}px)`);
        }
      }
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: width,
        outside: outside.slice(0, 5),
      };
    });
  }

  it.each([
    ['the overview', '#/', 'Gevinstoversikt'],
    [
      'an indicator, the whole region, with the comparison',
      `#/indicator/${PLO}?scope=region`,
      'PLO-meldinger besvart innen avtalt frist',
    ],
    [
      'an indicator as small multiples',
      `#/indicator/${PLO}?scope=catchment:STO-HF&compare=multiples`,
      'PLO-meldinger besvart innen avtalt frist',
    ],
    ['the register', '#/register', 'Gevinstregister'],
    ['an organisation', '#/organisation/STO-HF', 'St. Olavs hospital HF'],
    ['the organisations', '#/organisations', 'Organisasjoner'],
  ])('%s', async (_, hash, heading) => {
    const { page } = opened;
    await page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
    await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    if (hash.startsWith('#/indicator/')) {
      await waitForIndicator(page, PLO);
      // The sections below the chart fill in once scrolled to: scroll to each, as a reader.
      for (const section of ['section.comparison', 'section.rollout']) {
        await page.locator(section).scrollIntoViewIfNeeded();
        await page.locator(`${section}[aria-busy="false"]`).waitFor({ timeout: 20_000 });
      }
    }
    await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached' });
    const { scrollWidth, innerWidth, outside } = await overflow(page);
    expect(
      { scrollWidth: scrollWidth <= innerWidth + 1, outside },
      `the page is ${scrollWidth}px wide in a ${innerWidth}px window`,
    ).toEqual({ scrollWidth: true, outside: [] });
    // What is too wide scrolls in its own box, which the keyboard can reach (WCAG 2.1.1).
    const scrollers = await page
      .locator('main .table-scroll, main .table-wide')
      .evaluateAll((boxes) =>
        boxes
          .filter((box) => box.scrollWidth > box.clientWidth + 1)
          .map((box) => ({ tabIndex: (box as HTMLElement).tabIndex, name: box.ariaLabel })),
      );
    for (const scroller of scrollers) {
      expect(scroller.tabIndex, `${scroller.name} scrolls and takes focus`).toBe(0);
    }
  });

  it('logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

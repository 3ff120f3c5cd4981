import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, type OpenedPage, openPage } from './support/browser';
import {
  download,
  seriesFigure,
  tableRow,
  upload,
  visit,
  waitForData,
  waitForIndicator,
} from './support/dashboard';
import { builtSite } from './support/site';

/**
 * Small-number suppression, seen from the outside: tests/fixtures/small-cells-leak.csv is
 * uploaded through the data page as an analyst would, and no number the app must hide may then
 * appear on any page, in any language, in a chart's tooltip or in any file the app exports.
 *
 * The fixture (PLO messages, a rate with min n = 5; months after the demo data ends):
 * - Frøya (5014) jan. 2026: 3 of 7 (42,857 %), below 5: hidden.
 * - St. Olavs (STO-HF) jan. 2026: 7 613 of 7 758 (98,13 %), the sum of Trondheim, Frøya and
 *   Oppdal. Minus Trondheim (7 552) and Oppdal (58), both shown, it gives Frøya's 3: hidden too.
 * - Helse Midt-Norge (HMN-RHF) jan. 2026: 14 402 of 14 934 (96,44 %), the sum of the three
 *   trusts. Minus the other two (shown) it gives St. Olavs': hidden too.
 * - Trondheim (5001) feb. 2026 is `:` in the source (with no numbers at all). St. Olavs that
 *   month, 7 633 of 7 728 (98,77 %), minus Frøya (6) and Oppdal (61) would give Trondheim's
 *   7 566 (of its 7 650: 98,90 %): hidden.
 * - mars 2026: every cell shown (the visible neighbours the test must find).
 * The numbers were chosen to appear nowhere else (the demo data ends in 2025, and its values
 * were checked): the hidden totals' rates round to other tenths than the combination of the
 * members shown beside them (98,1 vs 98,2; 96,4 vs 96,5), which a reader may see.
 */

const FIXTURE = 'small-cells-leak.csv';
const PLO = 'plo_meldinger_frist';

interface Secret {
  what: string;
  /** A count (numerator) that must not be shown: matched with any thousands separator. */
  count?: number;
  /** A rate in percent that must not be shown: to one and two decimals, and its raw digits. */
  rate: number;
}

const SECRETS: readonly Secret[] = [
  { what: 'Frøya jan. 2026 (3 of 7, below min n)', rate: (3 / 7) * 100 },
  {
    what: 'St. Olavs jan. 2026 (total beside hidden Frøya)',
    count: 7613,
    rate: (7613 / 7758) * 100,
  },
  {
    what: 'Helse Midt-Norge jan. 2026 (total beside hidden St. Olavs)',
    count: 14402,
    rate: (14402 / 14934) * 100,
  },
  {
    what: 'St. Olavs feb. 2026 (total beside Trondheim’s `:`)',
    count: 7633,
    rate: (7633 / 7728) * 100,
  },
  {
    what: 'Trondheim feb. 2026 (`:` in the source, as the total minus the members would give it)',
    count: 7566,
    rate: (7566 / 7650) * 100,
  },
];

/** Spaces a number may be grouped with: space, no-break space, narrow no-break space. */
const GROUP = "[ \\u00a0\\u202f,.']";
const DECIMAL = '[.,]';

/** Every way a secret could be written: `42,9`, `42.86`, `42.857142…`, `7 613`, `7,613`, `7613`. */
function patternsOf(secret: Secret): RegExp[] {
  const patterns: RegExp[] = [];
  const [whole, tenth] = secret.rate.toFixed(1).split('.');
  const [, hundredths] = secret.rate.toFixed(2).split('.');
  const [, thousandths] = secret.rate.toFixed(6).split('.');
  // Not part of a longer number: no digit (or digit and separator) before, no digit after.
  patterns.push(new RegExp(`(?<![\\d])${whole}${DECIMAL}${tenth}(?!\\d)`));
  patterns.push(new RegExp(`(?<![\\d])${whole}${DECIMAL}${hundredths}(?!\\d)`));
  // The raw number, as a CSV file or an attribute would hold it (truncated or rounded).
  patterns.push(new RegExp(`(?<![\\d])${whole}${DECIMAL}${thousandths?.slice(0, 3)}`));
  // The same as a fraction (0,42857…).
  const fraction = (secret.rate / 100).toFixed(6).split('.')[1]?.slice(0, 4);
  patterns.push(new RegExp(`(?<![\\d])0${DECIMAL}${fraction}`));
  if (secret.count !== undefined) {
    const digits = String(secret.count);
    const head = digits.slice(0, -3);
    const tail = digits.slice(-3);
    patterns.push(new RegExp(`(?<!\\d${GROUP}?)${head}${GROUP}?${tail}(?![.,\\u00a0\\u202f]?\\d)`));
  }
  return patterns;
}

/** One surface the app showed or produced, with what it held as text. */
interface Surface {
  where: string;
  text: string;
}

/** A number that must not be read anywhere, as the ways it could be written. */
interface Written {
  what: string;
  patterns: readonly RegExp[];
}

/** Throws, naming the secret, the surface and the text around it, if any secret is in them. */
function expectNoSecrets(
  surfaces: readonly Surface[],
  secrets: readonly Written[] = SECRETS.map((secret) => ({
    what: secret.what,
    patterns: patternsOf(secret),
  })),
): void {
  const found: string[] = [];
  for (const surface of surfaces) {
    for (const secret of secrets) {
      for (const pattern of secret.patterns) {
        const match = pattern.exec(surface.text);
        if (match === null) continue;
        const around = surface.text
          .slice(Math.max(0, match.index - 60), match.index + match[0].length + 60)
          .replace(/\s+/g, ' ');
        found.push(`- ${secret.what} as “${match[0]}” in ${surface.where}: …${around}…`);
      }
    }
  }
  if (found.length > 0) {
    throw new Error(`A hidden number can be read (${found.length}):\n${found.join('\n')}`);
  }
}

/**
 * Every text of the page, hidden or not: text nodes, the accessible names and titles screen
 * readers and tooltips give, form values and the document title.
 */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node instanceof Text) {
        const parent = node.parentElement?.tagName;
        if (parent !== 'SCRIPT' && parent !== 'STYLE') parts.push(node.data);
        continue;
      }
      const element = node as Element;
      for (const name of ['aria-label', 'aria-valuetext', 'aria-description', 'title', 'alt']) {
        const value = element.getAttribute(name);
        if (value !== null) parts.push(value);
      }
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
        parts.push(element.value);
      }
    }
    return parts.join(' \n ');
  });
}

/** The words of an SVG document a reader or a viewer would show: its text and labels. */
function svgWords(svg: string): string {
  const labels = [...svg.matchAll(/\s(?:aria-label|title|name)="([^"]*)"/g)].map((m) => m[1]);
  return `${svg.replace(/<[^>]*>/g, ' \n ')} \n ${labels.join(' \n ')}`;
}

type Lang = 'nb' | 'en';

/** Text of the page in `lang`, written in Norwegian here. */
function inLang(text: string, lang: Lang): string {
  if (lang === 'nb') return text;
  const months: Record<string, string> = { 'jan.': 'Jan', 'feb.': 'Feb', mars: 'Mar' };
  return text
    .replace(/^(jan\.|feb\.|mars) (\d{4})$/, (_, m: string, y: string) => `${months[m]} ${y}`)
    .replace('Skjult', 'Hidden')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/(\d)\u00a0(\d)/g, '$1,$2');
}

/** Moves the pointer off the charts, so no tooltip or cursor is left drawn in them. */
async function pointerAway(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
}

/**
 * Hovers the indicator chart from its left edge to its right, a few pixels at a time, and
 * returns each month's tooltip text by month. Every month of the table must have been hit.
 */
async function hoverEveryPoint(page: Page, months: number): Promise<Map<string, string>> {
  const figure = seriesFigure(page);
  await figure.scrollIntoViewIfNeeded();
  const box = await figure.locator('.recharts-cartesian-grid').first().boundingBox();
  if (box === null) throw new Error('the indicator chart has no plot area on screen');
  // The axis runs to the target's date (end of 2026), a year past the data at most.
  const step = Math.max(1, box.width / (months + 12) / 3);
  const y = box.y + box.height / 2;
  const byMonth = new Map<string, string>();
  for (let x = box.x + 1; x < box.x + box.width; x += step) {
    await page.mouse.move(x, y);
    const tip = await page.evaluate(
      () =>
        new Promise<{ label: string; text: string } | null>((resolve) =>
          requestAnimationFrame(() => {
            const wrapper = document.querySelector<HTMLElement>(
              'figure.chart .recharts-tooltip-wrapper',
            );
            if (wrapper === null || getComputedStyle(wrapper).visibility === 'hidden') {
              resolve(null);
              return;
            }
            resolve({
              label: wrapper.querySelector('.recharts-tooltip-label')?.textContent ?? '',
              text: wrapper.textContent ?? '',
            });
          }),
        ),
    );
    if (tip === null || tip.label === '') continue;
    // "jan. 2026: Forbedring – …": the month is the part before a signal's description.
    byMonth.set(tip.label.split(':')[0] ?? tip.label, tip.text);
  }
  await pointerAway(page);
  return byMonth;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

declare global {
  interface Window {
    /** The text of every SVG blob the page turned into an object URL (see beforeAll). */
    __svgBlobs: (string | null)[];
  }
}

/** The SVG texts captured so far (reading a blob's text takes a moment). */
async function svgBlobCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__svgBlobs.length);
}

/**
 * Every chart of the page exported as PNG and as SVG, and every table as CSV: the files, and
 * the SVG text each PNG was drawn from. Checks on the way that each PNG is a real PNG, drawn
 * from the same SVG as the SVG file, at twice its size.
 */
async function exportEverything(page: Page, where: string): Promise<Surface[]> {
  await pointerAway(page);
  const surfaces: Surface[] = [];
  const charts = page.locator('main .chart-export:visible');
  const chartCount = await charts.count();
  for (let i = 0; i < chartCount; i++) {
    const buttons = charts.nth(i).getByRole('button');
    const before = await svgBlobCount(page);
    const png = await download(page, buttons.filter({ hasText: /PNG/ }));
    expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${png.name} is a PNG`).toBe(true);
    // The first SVG made after the click is the one the PNG was drawn from.
    await page.waitForFunction((n) => typeof window.__svgBlobs[n] === 'string', before);
    const source = await page.evaluate((n) => window.__svgBlobs[n] ?? '', before);
    const svg = await download(page, buttons.filter({ hasText: /SVG/ }));
    const svgText = svg.bytes.toString('utf8');
    expect(svgText.startsWith('<svg'), `${svg.name} is an SVG`).toBe(true);
    // The PNG's source is the SVG file's text; the image is that SVG at twice its width.
    expect(source).toBe(svgText);
    const svgWidth = Number(/^<svg[^>]* width="(\d+)"/.exec(svgText)?.[1]);
    expect(png.bytes.readUInt32BE(16)).toBe(svgWidth * 2);
    surfaces.push(
      { where: `${where}: ${png.name} (the SVG it was drawn from)`, text: svgWords(source) },
      { where: `${where}: ${svg.name}`, text: svgWords(svgText) },
    );
  }
  const tables = page
    .locator('main')
    .getByRole('button', { name: /^(Last ned tabellen \(CSV\)|Download the table \(CSV\))/ });
  const tableCount = await tables.count();
  for (let i = 0; i < tableCount; i++) {
    const csv = await download(page, tables.nth(i));
    surfaces.push({ where: `${where}: ${csv.name}`, text: csv.bytes.toString('utf8') });
  }
  return surfaces;
}

/** The data rows of a CSV file the app made (`;` in Norwegian, `,` in English), as cells. */
function csvCells(csv: string): string[][] {
  const [header = '', ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const delimiter = header.includes(';') ? ';' : ',';
  return lines.map((line) => line.split(delimiter));
}

/** What the series table must show for the new months: value, numerator, denominator (nb). */
type Expected = Record<'jan. 2026' | 'feb. 2026' | 'mars 2026', [string, string, string]>;

interface ScopeCase {
  name: string;
  query: string;
  expected: Expected;
}

const nbsp = (text: string) => text.replaceAll(' ', '\u00a0');

const SCOPES: readonly ScopeCase[] = [
  {
    name: 'Frøya alone: its small count hidden',
    query: 'scope=org:5014',
    expected: {
      // A hidden cell's table row shows no denominator: the column is that of the cells shown.
      'jan. 2026': ['Skjult', '–', '–'],
      'feb. 2026': ['75 %', '6', '8'],
      'mars 2026': ['81,8 %', '9', '11'],
    },
  },
  {
    // The derived case: the trust's own total is hidden, so nothing is left to subtract from.
    name: 'St. Olavs alone: its totals beside a hidden member hidden too',
    query: 'scope=org:STO-HF',
    expected: {
      'jan. 2026': ['Skjult', '–', '–'],
      'feb. 2026': ['Skjult', '–', '–'],
      'mars 2026': ['94,5 %', nbsp('7 360'), nbsp('7 787')],
    },
  },
  {
    name: 'Trondheim alone: the visible neighbour, and its `:` month',
    query: 'scope=org:5001',
    expected: {
      'jan. 2026': ['98,3 %', nbsp('7 552'), nbsp('7 680')],
      'feb. 2026': ['Skjult', '–', '–'],
      'mars 2026': ['94,6 %', nbsp('7 288'), nbsp('7 702')],
    },
  },
  {
    // Trondheim and Oppdal only: 7 610 of their 7 751 (the denominator is that of the cells
    // shown). The trust's own cell is its municipalities' total, so it is not added to them.
    name: 'St. Olavs’ catchment: the members shown, combined',
    query: 'scope=catchment:STO-HF',
    expected: {
      'jan. 2026': ['98,2 %', nbsp('7 610'), nbsp('7 751')],
      'feb. 2026': ['85,9 %', '67', '78'],
      'mars 2026': ['94,5 %', nbsp('7 360'), nbsp('7 787')],
    },
  },
  {
    // The other trusts' municipalities report this indicator in the demo data, so their cells
    // are totals too: the region is the municipalities shown.
    name: 'the whole region',
    query: 'scope=region',
    expected: {
      'jan. 2026': ['98,2 %', nbsp('7 610'), nbsp('7 751')],
      'feb. 2026': ['85,9 %', '67', '78'],
      'mars 2026': ['94,5 %', nbsp('7 360'), nbsp('7 787')],
    },
  },
  {
    // Each organisation's own months side by side, in the small multiples and their table.
    name: 'Trondheim, Frøya, Oppdal and St. Olavs picked, compared as small multiples',
    query: 'scope=catchment:STO-HF&orgs=5001,5014,5021,STO-HF&compare=multiples',
    expected: {
      'jan. 2026': ['98,2 %', nbsp('7 610'), nbsp('7 751')],
      'feb. 2026': ['85,9 %', '67', '78'],
      'mars 2026': ['94,5 %', nbsp('7 360'), nbsp('7 787')],
    },
  },
];

const LANGS: readonly Lang[] = ['nb', 'en'];

describe('small-number suppression: a hidden number is nowhere to be read', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(builtSite().baseUrl, {
      // The PNG export draws an SVG blob on a canvas: keep the text of every SVG blob made.
      beforeNavigation: (page) =>
        page.addInitScript(() => {
          window.__svgBlobs = [];
          const create = URL.createObjectURL.bind(URL);
          URL.createObjectURL = (object: Blob | MediaSource) => {
            // In the order they were made: an entry is null until its text has been read.
            if (object instanceof Blob && object.type === 'image/svg+xml') {
              const index = window.__svgBlobs.push(null) - 1;
              void object.text().then((text) => {
                window.__svgBlobs[index] = text;
              });
            }
            return create(object);
          };
        }),
    });
    await waitForData(opened.page);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('loads the file through the data page, every row valid', async () => {
    const { page } = opened;
    await upload(page, FIXTURE);
    const report = page.getByRole('region', { name: 'Valideringsrapport' });
    await report.waitFor();
    expect(await report.textContent()).toContain('18 rader, 18 gyldige, 0 avvist');
    await page.getByRole('button', { name: 'Last inn 18 gyldige rader' }).click();
    await page.getByRole('status').filter({ hasText: '18 rader lastet inn' }).waitFor();
  });

  const cases = LANGS.flatMap((lang) => SCOPES.map((scope) => ({ lang, ...scope })));

  it.each(cases)('the indicator page, $name ($lang)', async ({ lang, query, expected }) => {
    const { page } = opened;
    const hash = `#/indicator/${PLO}?${query}${lang === 'en' ? '&lang=en' : ''}`;
    await visit(page, hash);
    await page.locator(`html[lang="${lang}"]`).waitFor();
    await waitForIndicator(page, PLO);
    const where = `${hash}`;

    // What must show: the hidden cells as hidden, with the note, and every neighbour's numbers.
    for (const [month, [value, numerator, denominator]] of Object.entries(expected)) {
      const row = await tableRow(page, inLang(month, lang));
      const cells = [
        row.Verdi ?? row.Value,
        row.Teller ?? row.Numerator,
        row.Nevner ?? row.Denominator,
      ];
      expect(cells, `${where}, ${month}`).toEqual([
        inLang(value, lang),
        inLang(numerator, lang),
        inLang(denominator, lang),
      ]);
    }
    await page
      .getByText(
        lang === 'nb' ? /^Skjult: tall under indikatorens minstegrense/ : /^Hidden: counts/,
      )
      // The series table's; the small multiples' table has one of its own.
      .first()
      .waitFor();

    // The comparison and the go-live analysis below the chart, once they have their numbers.
    for (const section of ['section.comparison', 'section.rollout']) {
      await page.locator(section).scrollIntoViewIfNeeded();
      await page.locator(`${section}[aria-busy="false"]`).waitFor({ timeout: 20_000 });
    }
    if (query.includes('compare=multiples')) {
      await page.locator('figure.multiples[aria-busy="false"]').waitFor();
      const multiples = page.getByRole('table', {
        name: /^(Tallene bak de små diagrammene|The numbers behind the small charts)/,
      });
      await multiples.waitFor();
      // Frøya's January is hidden there too, and says so rather than looking like a gap.
      const january = multiples.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: inLang('jan. 2026', lang), exact: true }),
      });
      const heads = await multiples.locator('thead th').allTextContents();
      const cells = await january.locator('th, td').allTextContents();
      expect(cells[heads.indexOf('Frøya')], `${where}, the small multiples’ table`).toBe(
        inLang('Skjult', lang),
      );
    }

    const surfaces: Surface[] = [
      { where: `${where}: the page`, text: await pageText(page) },
      ...(await exportEverything(page, where)),
    ];

    // The series table's file: every month, the hidden ones with neither value nor count.
    const seriesCsv = surfaces.find((s) => s.where.endsWith('.csv') && /plo/.test(s.where));
    const csvRows = csvCells(seriesCsv?.text ?? '');
    const iso = { 'jan. 2026': '2026-01-01', 'feb. 2026': '2026-02-01', 'mars 2026': '2026-03-01' };
    for (const [month, [value, numerator]] of Object.entries(expected)) {
      const row = csvRows.find((cells) => cells[0] === iso[month as keyof Expected]);
      expect(row, `${month} in the series table’s CSV`).toBeDefined();
      expect([row?.[1] === '', row?.[3]], `${month} in the series table’s CSV`).toEqual([
        value === 'Skjult',
        numerator === '–' ? '' : numerator.replaceAll('\u00a0', ''),
      ]);
    }

    // Each month's tooltip, hovered along the axis: one for every month with a value (a hidden
    // month has none to show), and it gives the table's value.
    const tips = await hoverEveryPoint(page, csvRows.length);
    expect(tips.size, 'months with a tooltip').toBe(csvRows.filter((c) => c[1] !== '').length);
    for (const [month, [value]] of Object.entries(expected)) {
      const tip = tips.get(inLang(month, lang));
      if (value === 'Skjult') expect(tip, `${where}, ${month}`).toBeUndefined();
      else expect(tip, `${where}, ${month}`).toContain(inLang(value, lang));
    }
    surfaces.push(
      ...[...tips].map(([month, text]) => ({ where: `${where}: tooltip ${month}`, text })),
    );
    expectNoSecrets(surfaces);
  });

  it('the derived case: St. Olavs’ January minus its members shown cannot be worked out', async () => {
    const { page } = opened;
    /** Numerator and denominator of jan. 2026 for one organisation alone. */
    const january = async (code: string) => {
      await visit(page, `#/indicator/${PLO}?scope=org:${code}`);
      await waitForIndicator(page, PLO);
      const row = await tableRow(page, 'jan. 2026');
      return [row.Verdi, row.Teller, row.Nevner];
    };
    // Trondheim and Oppdal are shown, with their counts…
    expect(await january('5001')).toEqual(['98,3 %', nbsp('7 552'), nbsp('7 680')]);
    expect(await january('5021')).toEqual(['81,7 %', '58', '71']);
    // …Frøya is hidden, and so is the total they would be subtracted from: 7 613 − 7 552 − 58
    // would give Frøya's 3.
    expect(await january('5014')).toEqual(['Skjult', '–', '–']);
    expect(await january('STO-HF')).toEqual(['Skjult', '–', '–']);
    // The region's total, which minus the other trusts would give St. Olavs', is not shown on
    // any page (the RHF is never a member of a selection), and it is hidden in the database.
    await visit(page, '#/sql');
    await page
      .getByLabel('SQL-spørring')
      .fill(
        "SELECT count(*) AS n FROM observations WHERE org_code = 'HMN-RHF' AND period = '2026-01' AND value IS NULL AND numerator IS NULL AND status = ':'",
      );
    await page.getByRole('button', { name: 'Kjør' }).click();
    const result = page.getByRole('table', { name: /^Resultat/ });
    await result.locator('tbody td').waitFor();
    expect(await result.locator('tbody td').textContent()).toBe('1');
  });

  it.each(LANGS)('the register, with its charts and tables exported (%s)', async (lang) => {
    const { page } = opened;
    const hash = `#/register?scope=catchment:STO-HF${lang === 'en' ? '&lang=en' : ''}`;
    await visit(page, hash);
    await page.locator(`html[lang="${lang}"]`).waitFor();
    await page
      .getByRole('heading', {
        level: 2,
        name: lang === 'nb' ? 'Gevinstregister' : 'Benefit register',
      })
      .waitFor();
    await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached' });
    const surfaces = [
      { where: `${hash}: the page`, text: await pageText(page) },
      ...(await exportEverything(page, hash)),
    ];
    // The benefit map's tables and the realisation's: several files, and a chart.
    expect(surfaces.filter((s) => s.where.endsWith('.csv')).length).toBeGreaterThan(5);
    expect(surfaces.some((s) => s.where.endsWith('.svg'))).toBe(true);
    expectNoSecrets(surfaces);
  });

  it.each(
    LANGS.flatMap((lang) =>
      [
        ['5014', 'Frøya'],
        ['STO-HF', 'St. Olavs hospital HF'],
        ['HMN-RHF', 'Helse Midt-Norge RHF'],
      ].map(([code, name]) => ({ lang, code, name })),
    ),
  )('the organisation page of $name ($lang)', async ({ lang, code, name }) => {
    const { page } = opened;
    const hash = `#/organisation/${code}${lang === 'en' ? '?lang=en' : ''}`;
    await visit(page, hash);
    await page.locator(`html[lang="${lang}"]`).waitFor();
    await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    await page.locator('.org-indicators [aria-busy="true"]').waitFor({ state: 'detached' });
    const text = await pageText(page);
    if (code !== 'HMN-RHF') {
      // The last three months with numbers: for Frøya February and March (and December), for
      // St. Olavs March alone, its only month shown.
      const plo = page
        .getByRole('row')
        .filter({ hasText: /PLO-meldinger|Care messages \(PLO\)/ })
        .first();
      const cells = await plo.locator('th, td').allTextContents();
      expect(cells[2]).toBe(inLang(code === 'STO-HF' ? '94,5 %' : '84,5 %', lang));
    }
    expectNoSecrets([{ where: `${hash}: the page`, text }]);
  });

  it.each(
    LANGS.flatMap((lang) =>
      ['org:5014', 'org:STO-HF', 'catchment:STO-HF', 'region'].map((scope) => ({ lang, scope })),
    ),
  )('the overview for $scope ($lang)', async ({ lang, scope }) => {
    const { page } = opened;
    const hash = `#/?scope=${scope}${lang === 'en' ? '&lang=en' : ''}`;
    await visit(page, hash);
    await page.locator(`html[lang="${lang}"]`).waitFor();
    await page.locator('table.scorecard[aria-busy="false"]').waitFor();
    const plo = page
      .locator('table.scorecard')
      .getByRole('row')
      .filter({ hasText: /PLO-meldinger|Care messages \(PLO\)/ });
    expect(await plo.count()).toBe(1);
    expectNoSecrets([{ where: `${hash}: the page`, text: await pageText(page) }]);
  });

  it('the SQL console: the hidden cells are NULL, in the result and in its file', async () => {
    const { page } = opened;
    await visit(page, '#/sql');
    await page.getByRole('heading', { level: 2, name: 'SQL-konsoll' }).waitFor();
    await page
      .getByLabel('SQL-spørring')
      .fill(
        "SELECT org_code, period, value, numerator, denominator, status FROM observations WHERE indicator_id = 'plo_meldinger_frist' AND period >= '2026' ORDER BY period, org_code",
      );
    await page.getByRole('button', { name: 'Kjør' }).click();
    const result = page.getByRole('table', { name: /^Resultat/ });
    await result.locator('tbody tr').nth(17).waitFor();
    expect(await result.locator('tbody tr').count()).toBe(18);
    const frøya = await result
      .getByRole('row')
      .filter({ hasText: '5014' })
      .filter({ hasText: '2026-01' })
      .locator('td')
      .allTextContents();
    // Hidden: no value, no count, no denominator, only the status `:` (docs/suppression.md).
    expect(frøya.slice(2)).toEqual(['—NULL', '—NULL', '—NULL', ':']);
    const surfaces: Surface[] = [{ where: '#/sql: the page', text: await pageText(page) }];
    const exportButton = page.getByRole('button', { name: 'Last ned hele resultatet som CSV' });
    const file = await download(page, exportButton);
    const csv = file.bytes.toString('utf8');
    expect(csv).toContain('7552');
    surfaces.push({ where: `#/sql: ${file.name}`, text: csv });
    expectNoSecrets(surfaces);
  });

  it('made no request to another origin and logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

/**
 * Issue #12: counts that could still be derived, tests/fixtures/small-cells-derived.csv
 * (readmissions within 30 days, 67+, a rate with threshold 5; 2018, before the demo data of the
 * indicator begins; Helse Nord-Trøndelag's 5006 Stjørdal, 5007 Levanger and 5020 Malvik):
 * 1. HNT-HF 2018 K4 (2 688 of 18 318) beside its members' months, Malvik's October 3 of 28;
 * 2. the region's July (12 628) beside two trusts, HNT-HF with no row, Malvik 3 of 27;
 * 3. Malvik's August: 0,0917 % of 3 271 and no numerator (3); HNT-HF's August 716 of 8 166;
 * 4. September: 431 / 2 931 and 900 / 6 123 beside Malvik's 0,49 % of 3 269 with no numerator,
 *    once shown as Teller 1 331, Nevner 12 323, Verdi 14,7 %; and Stjørdal's own 2018 K4 quarter
 *    (1 205 of 8 140), once added to its October.
 */
const DERIVED_FIXTURE = 'small-cells-derived.csv';
const READMISSIONS = 'reinnleggelse_30d_67';

/** A count written with or without a thousands separator, not part of a longer number. */
const countPattern = (count: number) => {
  const digits = String(count);
  const head = digits.slice(0, -3);
  const tail = digits.slice(-3);
  return new RegExp(`(?<!\\d${GROUP}?)${head}${GROUP}?${tail}(?![.,\\u00a0\\u202f]?\\d)`);
};
/** A rate in percent to the given decimals, not part of a longer number. */
const ratePattern = (rate: number, decimals: number) => {
  const [whole, fraction] = rate.toFixed(decimals).split('.');
  return new RegExp(`(?<![\\d])${whole}${DECIMAL}${fraction}(?!\\d)`);
};

const DERIVED_SECRETS: readonly Written[] = [
  {
    what: 'Malvik okt. 2018 (3 of 28)',
    patterns: [ratePattern((3 / 28) * 100, 1), ratePattern((3 / 28) * 100, 2)],
  },
  { what: 'HNT-HF 2018 K4 (2 688 beside a hidden month)', patterns: [countPattern(2688)] },
  { what: 'HMN-RHF juli 2018 (12 628, HNT-HF with no row)', patterns: [countPattern(12628)] },
  {
    what: 'Malvik juli 2018 (3 of 27)',
    patterns: [ratePattern((3 / 27) * 100, 1), ratePattern((3 / 27) * 100, 2)],
  },
  {
    what: 'Malvik aug. 2018 (0,0917 % of 3 271: 3)',
    patterns: [/(?<!\d)0[.,]09(?!\d)/, /0[.,]0917/],
  },
  {
    what: 'HNT-HF aug. 2018 (716 beside Malvik’s derived 3)',
    patterns: [countPattern(716), ratePattern((716 / 8166) * 100, 2)],
  },
  {
    what: 'the denominator with a row the rate left out (12 323)',
    patterns: [countPattern(12323)],
  },
];

describe('issue #12: no hidden count can be derived, and a quarter says it is one', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(builtSite().baseUrl, {
      beforeNavigation: (page) =>
        page.addInitScript(() => {
          window.__svgBlobs = [];
          const create = URL.createObjectURL.bind(URL);
          URL.createObjectURL = (object: Blob | MediaSource) => {
            if (object instanceof Blob && object.type === 'image/svg+xml') {
              const index = window.__svgBlobs.push(null) - 1;
              void object.text().then((text) => {
                window.__svgBlobs[index] = text;
              });
            }
            return create(object);
          };
        }),
    });
    await waitForData(opened.page);
  });
  afterAll(async () => {
    await opened?.close();
  });

  /** A month as the page writes it in `lang` ("sep. 2018", "Sept 2018"). */
  const monthLabel = (iso: string, lang: Lang) =>
    opened.page.evaluate(
      ([day, tag]) =>
        new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${day}T00:00:00Z`),
        ),
      [iso, lang === 'nb' ? 'nb-NO' : 'en-GB'] as const,
    );
  const quarterLabel = (lang: Lang) => (lang === 'nb' ? '2018 K4 (kvartal)' : '2018 Q4 (quarter)');

  it('loads the file through the data page, every row valid', async () => {
    const { page } = opened;
    await upload(page, DERIVED_FIXTURE);
    const report = page.getByRole('region', { name: 'Valideringsrapport' });
    await report.waitFor();
    expect(await report.textContent()).toContain('24 rader, 24 gyldige, 0 avvist');
    await page.getByRole('button', { name: 'Last inn 24 gyldige rader' }).click();
    await page.getByRole('status').filter({ hasText: '24 rader lastet inn' }).waitFor();
  });

  const cells = (row: Record<string, string>) => [
    row.Verdi ?? row.Value,
    row.Teller ?? row.Numerator,
    row.Nevner ?? row.Denominator,
  ];

  it.each(LANGS)(
    'HNT-HF alone: its quarter and its August hidden, the quarter labelled (%s)',
    async (lang) => {
      const { page } = opened;
      const hash = `#/indicator/${READMISSIONS}?scope=org:HNT-HF${lang === 'en' ? '&lang=en' : ''}`;
      await visit(page, hash);
      await page.locator(`html[lang="${lang}"]`).waitFor();
      await waitForIndicator(page, READMISSIONS);
      const hidden = [inLang('Skjult', lang), '–', '–'];
      expect(cells(await tableRow(page, quarterLabel(lang))), 'the quarter').toEqual(hidden);
      expect(cells(await tableRow(page, await monthLabel('2018-08-01', lang))), 'August').toEqual(
        hidden,
      );
      // The chart's key says the quarter is not drawn; so does the exported image's.
      const note =
        lang === 'nb'
          ? 'Kvartals- og årsrader er ikke tegnet'
          : 'Quarter and year rows are not drawn';
      await page.locator('figure.chart .chart-legend').getByText(note).waitFor();
      const surfaces: Surface[] = [
        { where: `${hash}: the page`, text: await pageText(page) },
        ...(await exportEverything(page, hash)),
      ];
      const svg = surfaces.find((surface) => surface.where.endsWith('.svg'));
      expect(svg?.text, 'the exported SVG’s key').toContain(note);
      const csv = surfaces.find(
        (surface) => surface.where.endsWith('.csv') && /reinn|readm/i.test(surface.where),
      );
      const quarter = csvCells(csv?.text ?? '').find((row) => row[0] === quarterLabel(lang));
      expect(quarter?.slice(0, 2), 'the quarter in the series table’s CSV').toEqual([
        quarterLabel(lang),
        '',
      ]);
      expectNoSecrets(surfaces, DERIVED_SECRETS);
    },
  );

  it.each(LANGS)(
    'HNT-HF’s catchment: counts of exactly the value shown, the quarter its own row (%s)',
    async (lang) => {
      const { page } = opened;
      const hash = `#/indicator/${READMISSIONS}?scope=catchment:HNT-HF${lang === 'en' ? '&lang=en' : ''}`;
      await visit(page, hash);
      await page.locator(`html[lang="${lang}"]`).waitFor();
      await waitForIndicator(page, READMISSIONS);
      const expected: [string, [string, string, string]][] = [
        // Stjørdal and Levanger; Malvik's 3 of 27 hidden.
        [await monthLabel('2018-07-01', lang), ['14,7 %', '725', nbsp('4 920')]],
        // Malvik's 0,0917 % of 3 271 hidden: neither its denominator nor anything else of it.
        [await monthLabel('2018-08-01', lang), ['14,6 %', '713', nbsp('4 895')]],
        // Malvik's 0,49 % of 3 269 (no numerator) is not in the rate, nor in the counts beside it.
        [await monthLabel('2018-09-01', lang), ['14,7 %', nbsp('1 331'), nbsp('9 054')]],
        // October alone: Stjørdal's quarter is not added to it.
        [await monthLabel('2018-10-01', lang), ['14,6 %', '700', nbsp('4 800')]],
        [quarterLabel(lang), ['14,8 %', nbsp('1 205'), nbsp('8 140')]],
      ];
      for (const [period, numbers] of expected) {
        expect(cells(await tableRow(page, period)), `${hash}, ${period}`).toEqual(
          numbers.map((text) => inLang(text, lang)),
        );
      }
      for (const section of ['section.comparison', 'section.rollout']) {
        await page.locator(section).scrollIntoViewIfNeeded();
        await page.locator(`${section}[aria-busy="false"]`).waitFor({ timeout: 20_000 });
      }
      const surfaces: Surface[] = [
        { where: `${hash}: the page`, text: await pageText(page) },
        ...(await exportEverything(page, hash)),
      ];
      const csv = surfaces.find(
        (surface) => surface.where.endsWith('.csv') && /reinn|readm/i.test(surface.where),
      );
      const rows = csvCells(csv?.text ?? '');
      const september = rows.find((row) => row[0] === '2018-09-01');
      expect(september?.slice(3, 5), 'September’s counts in the CSV').toEqual(['1331', '9054']);
      expect(
        rows.some((row) => row[0] === quarterLabel(lang)),
        'the quarter in the CSV',
      ).toBe(true);
      const tips = await hoverEveryPoint(page, rows.length);
      expect(tips.get(await monthLabel('2018-09-01', lang))).toContain(inLang('14,7 %', lang));
      surfaces.push(
        ...[...tips].map(([month, text]) => ({ where: `${hash}: tooltip ${month}`, text })),
      );
      expectNoSecrets(surfaces, DERIVED_SECRETS);
    },
  );

  it.each(LANGS)('the whole region and the overview show none of them (%s)', async (lang) => {
    const { page } = opened;
    const surfaces: Surface[] = [];
    for (const hash of [
      `#/indicator/${READMISSIONS}?scope=region${lang === 'en' ? '&lang=en' : ''}`,
      `#/?scope=catchment:HNT-HF${lang === 'en' ? '&lang=en' : ''}`,
    ]) {
      await visit(page, hash);
      await page.locator(`html[lang="${lang}"]`).waitFor();
      if (hash.includes('indicator')) {
        await waitForIndicator(page, READMISSIONS);
        surfaces.push(...(await exportEverything(page, hash)));
      } else {
        await page.locator('table.scorecard[aria-busy="false"]').waitFor();
      }
      surfaces.push({ where: `${hash}: the page`, text: await pageText(page) });
    }
    expectNoSecrets(surfaces, DERIVED_SECRETS);
  });

  it('hid them in the database: the SQL console reads NULL', async () => {
    const { page } = opened;
    await visit(page, '#/sql');
    await page.getByRole('heading', { level: 2, name: 'SQL-konsoll' }).waitFor();
    await page
      .getByLabel('SQL-spørring')
      .fill(
        `SELECT count(*) AS n FROM observations WHERE indicator_id = '${READMISSIONS}' AND value IS NULL AND numerator IS NULL AND status = ':' AND (org_code, period) IN (('HNT-HF', '2018-Q4'), ('HMN-RHF', '2018-07'), ('5020', '2018-08'), ('HNT-HF', '2018-08'), ('5020', '2018-10'), ('5020', '2018-07'))`,
      );
    await page.getByRole('button', { name: 'Kjør' }).click();
    const result = page.getByRole('table', { name: /^Resultat/ });
    await result.locator('tbody td').waitFor();
    expect(await result.locator('tbody td').textContent()).toBe('6');
  });

  it('made no request to another origin and logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { expectNoProblems, type OpenedPage } from './support/browser';
import {
  allTablePeriods,
  chooseIndicator,
  download,
  FIXTURES,
  goTo,
  openDashboard,
  seriesFigure,
  seriesTable,
  tablePeriods,
  upload,
} from './support/dashboard';
import { builtSite } from './support/site';

/**
 * The walking skeleton, as a user meets it in the built site: the demo chart (on an indicator's
 * page, reached from the overview), an Excel upload that extends it, a broken file that is
 * reported row by row and changes nothing.
 */
describe('the dashboard', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('charts the demo data against its baseline and target, with go-live marked', async () => {
    const { page } = opened;
    await page.getByText('Syntetiske demodata – ikke reelle målinger.').waitFor();
    // The indicator's name in the overview leads to its page.
    await chooseIndicator(page, 'reinnleggelse_30d_67');
    await page
      .getByRole('heading', { level: 2, name: 'Reinnleggelser innen 30 dager, 67 år og eldre' })
      .waitFor();
    const figure = seriesFigure(page);
    await figure.locator('.recharts-line-curve').waitFor();
    expect(await figure.locator('.recharts-line-curve').getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+L/,
    );
    const labels = await figure
      .locator('.recharts-reference-line text, .recharts-label, .go-live-label')
      .allTextContents();
    // The region's three health trusts went live on three dates, each marked with its month.
    expect(labels).toEqual(
      expect.arrayContaining([
        'Utgangspunkt',
        'Mål',
        'Oppstart nov. 2022',
        'Oppstart apr. 2024',
        'Oppstart nov. 2024',
      ]),
    );
    // April and November 2024 are close on the axis: their labels are stacked, not overprinted.
    const boxes = await figure.locator('.go-live-label').evaluateAll((texts) =>
      texts.map((text) => {
        const box = text.getBoundingClientRect();
        return [box.left, box.top, box.right, box.bottom] as const;
      }),
    );
    expect(boxes).toHaveLength(3);
    boxes.forEach(([left, top, right, bottom], i) => {
      for (const [l, t, r, b] of boxes.slice(i + 1)) {
        expect(left < r && l < right && top < b && t < bottom, `go-live labels ${i} overlap`).toBe(
          false,
        );
      }
    });
    // Seven years of months, paged from the newest.
    expect((await tablePeriods(page)).at(-1)).toBe('des. 2025');
    const periods = await allTablePeriods(page);
    expect(periods).toHaveLength(84);
    expect(periods[0]).toBe('jan. 2019');
    expect(periods.at(-1)).toBe('des. 2025');
    // Norwegian number format: a decimal comma and a percent sign after a space.
    const baseline = page.locator('.key-figures dd').first();
    expect(await baseline.textContent()).toMatch(/^\d+,\d %/);
  });

  it('meets WCAG 2.1 A/AA with the chart and table on screen', async () => {
    await expectNoAxeViolations(opened.page);
  });

  it('exports the chart with its key, every entry in words beside its sample', async () => {
    const { page } = opened;
    const figure = seriesFigure(page);
    const key = (
      await figure
        .getByRole('list', { name: 'Slik leser du diagrammet' })
        .locator('li')
        .allTextContents()
    ).map((entry) => entry.trim());
    expect(key).toEqual(
      expect.arrayContaining(['Verdi per måned (blå linje)', 'Utgangspunkt (grå stiplet linje)']),
    );
    const file = await download(
      page,
      figure.getByRole('button', { name: /^Last ned vektorbilde \(SVG\)/ }),
    );
    // The image opened on its own, as a viewer would (in a blank page: the dashboard's CSP
    // rightly refuses the style attributes Recharts writes): the key's entries after the chart,
    // each a sample and its words, none overlapping another or running off the image.
    const viewer = await opened.context.newPage();
    await viewer.setContent(file.bytes.toString('utf8'));
    const drawn = await viewer.evaluate(() => {
      const root = document.querySelector('svg') as SVGSVGElement;
      const parts = [...root.children];
      const chart = parts.findIndex((part) => part.tagName === 'svg');
      const key = parts
        .slice(chart + 1)
        .filter((part) => part.getAttribute('fill') !== '#4d4d4d')
        .map((part) => {
          const box = part.getBoundingClientRect();
          return {
            tag: part.tagName,
            text: part.textContent ?? '',
            box: [box.left, box.top, box.right, box.bottom],
          };
        });
      const edge = root.getBoundingClientRect();
      return { key, right: edge.right, bottom: edge.bottom };
    });
    await viewer.close();
    const words = drawn.key.filter((part) => part.tag === 'text').map((part) => part.text);
    expect(words).toEqual(key);
    expect(drawn.key.filter((part) => part.tag === 'svg')).toHaveLength(key.length);
    const overlap = (a: number[], b: number[]) =>
      (a[0] ?? 0) < (b[2] ?? 0) &&
      (b[0] ?? 0) < (a[2] ?? 0) &&
      (a[1] ?? 0) < (b[3] ?? 0) &&
      (b[1] ?? 0) < (a[3] ?? 0);
    drawn.key.forEach((part, i) => {
      expect(part.box[2], `${part.tag} ${part.text} inside the image`).toBeLessThanOrEqual(
        drawn.right,
      );
      expect(part.box[3], `${part.tag} ${part.text} inside the image`).toBeLessThanOrEqual(
        drawn.bottom,
      );
      for (const other of drawn.key.slice(i + 1)) {
        expect(overlap(part.box, other.box), `${part.text} over ${other.text}`).toBe(false);
      }
    });
  });

  it('extends the chart with an Excel export (BOM, CRLF, semicolons, decimal commas)', async () => {
    const { page } = opened;
    await chooseIndicator(page, 'plo_meldinger_frist');
    expect((await tablePeriods(page)).at(-1)).toBe('des. 2025');

    await upload(page, 'excel-semicolon.csv');
    const report = page.getByRole('region', { name: 'Valideringsrapport' });
    await report.waitFor();
    expect(await report.textContent()).toContain('24 rader, 24 gyldige, 0 avvist');
    expect(await report.textContent()).toContain('desimaltegn «,»');
    await page.getByRole('button', { name: 'Last inn 24 gyldige rader' }).click();
    await page.getByRole('status').filter({ hasText: '24 rader lastet inn' }).waitFor();

    await chooseIndicator(page, 'plo_meldinger_frist');
    await seriesTable(page).getByRole('rowheader', { name: 'des. 2026' }).waitFor();
    expect((await tablePeriods(page)).at(-1)).toBe('des. 2026');
  });

  it('reports each row of a broken file with line, column and reason, and keeps the data', async () => {
    const { page } = opened;
    await chooseIndicator(page, 'plo_meldinger_frist');
    const before = await seriesTable(page).textContent();
    await upload(page, 'broken.csv');
    const problems = page.getByRole('table', { name: /problemer/ });
    await problems.waitFor();
    const expected: { line: number }[] = JSON.parse(
      readFileSync(path.join(FIXTURES, 'broken.expected.json'), 'utf8'),
    );
    const lines = await problems.locator('tbody tr td:first-child').allTextContents();
    expect(lines.map(Number)).toEqual(expected.map((p) => p.line));
    const firstRow = await problems.locator('tbody tr').first().locator('td').allTextContents();
    expect(firstRow).toEqual(['3', 'value', 'abc', 'Ikke et tall']);
    // The report downloads as a CSV for Excel on a Norwegian PC: BOM, `;`, one line per problem.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned rapporten (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('broken-valideringsrapport.csv');
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFFLinje;Kolonne;Verdi;Årsak\r\n3;value;abc;Ikke et tall\r\n')).toBe(
      true,
    );
    expect(csv.trimEnd().split('\r\n')).toHaveLength(expected.length + 1);

    // Nothing has been loaded while the analyst reads the report…
    await chooseIndicator(page, 'plo_meldinger_frist');
    expect(await seriesTable(page).textContent()).toBe(before);

    await goTo(page, /^Data$/);
    await page.getByRole('button', { name: 'Avbryt – last ikke inn noe' }).click();
    await page.getByRole('status').filter({ hasText: 'ingenting ble lastet inn' }).waitFor();
    // …nor after they decline.
    await chooseIndicator(page, 'plo_meldinger_frist');
    expect(await seriesTable(page).textContent()).toBe(before);
  });

  it('moves old municipality codes to today’s and says so in the report', async () => {
    const { page } = opened;
    await upload(page, 'old-codes.csv');
    const report = page.getByRole('region', { name: 'Valideringsrapport' });
    await report.waitFor();
    expect(await report.textContent()).toContain('1502 → 1506 (1), 1543 → 1506 (1)');
    await page.getByRole('button', { name: 'Avbryt – last ikke inn noe' }).click();
    await page.getByRole('status').filter({ hasText: 'ingenting ble lastet inn' }).waitFor();
  });

  it('with harmonisation off, lists old codes as unknown and suggests what they became', async () => {
    const { page } = opened;
    await goTo(page, /^Data$/);
    await page.getByLabel(/Flytt gamle kommunenumre/).uncheck();
    await upload(page, 'old-codes.csv');
    const unknown = page.getByRole('table', { name: 'Ukjente koder' });
    await unknown.waitFor();
    const first = await unknown.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(first[0]).toBe('1502');
    expect(first[3]).toContain('Gammelt kommunenummer, nå 1506');
    await page.getByRole('button', { name: 'Avbryt – last ikke inn noe' }).click();
    await page.getByLabel(/Flytt gamle kommunenumre/).check();
  });

  it('explains a file that is not an observations CSV instead of failing silently', async () => {
    const { page } = opened;
    await upload(page, '../../package.json');
    await page.getByRole('status').filter({ hasText: 'kunne ikke leses' }).waitFor();
  });

  it('switches to English, numbers and dates included', async () => {
    const { page } = opened;
    await chooseIndicator(page, 'plo_meldinger_frist');
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await tablePeriods(page)).at(-1)).toBe('Dec 2026');
    await page.getByRole('link', { name: 'Norsk' }).click();
    await page.getByRole('link', { name: 'Oversikt' }).waitFor();
    expect((await tablePeriods(page)).at(-1)).toBe('des. 2026');
  });

  it('made no request to another origin and logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

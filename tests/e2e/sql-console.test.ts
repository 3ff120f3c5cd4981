import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { expectNoProblems, type OpenedPage } from './support/browser';
import { chooseIndicator, goTo, openDashboard, seriesFigure } from './support/dashboard';
import { builtSite } from './support/site';

/** Types `text` into the console and runs it with the button. */
async function runSql(page: Page, text: string): Promise<void> {
  await page.getByLabel('SQL-spørring').fill(text);
  await page.getByRole('button', { name: 'Kjør' }).click();
}

const result = (page: Page) => page.getByRole('table', { name: /^Resultat/ });
const alert = (page: Page) => page.locator('[role="alert"].message--error');
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /rader på/ });

/** The analyst's SQL console in the built site: results, paging, refusals, errors and CSV. */
describe('the SQL console', () => {
  let opened: OpenedPage;
  let observations: string;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('is reached from the main menu and answers a GROUP BY with one row per indicator', async () => {
    const { page } = opened;
    await page.getByRole('navigation').getByRole('link', { name: 'SQL' }).click();
    await page.getByRole('heading', { name: 'SQL-konsoll' }).waitFor();
    // The tables are listed as help, from DuckDB's catalogue.
    await page
      .getByRole('region', { name: 'Tabeller og kolonner' })
      .getByText('org_code')
      .waitFor();

    await runSql(
      page,
      'SELECT indicator_id, count(*) AS n FROM observations GROUP BY 1 ORDER BY 1',
    );
    await result(page).waitFor();
    expect(await result(page).locator('tbody tr').count()).toBe(15);
    expect(await result(page).locator('caption').textContent()).toBe('Resultat, rad 1–15 av 15');
    expect(await summary(page).textContent()).toMatch(/^15 rader på [\d\s]+ ms\.$/);
    // Norwegian numbers: a space (no-break) between thousands.
    const counts = await result(page).locator('tbody td:nth-child(2)').allTextContents();
    expect(counts.every((n) => /^\d{1,3}(\u00a0\d{3})*$/.test(n))).toBe(true);

    await runSql(page, 'SELECT count(*) AS n FROM observations');
    await result(page).getByText('av 1').waitFor();
    observations = (await result(page).locator('tbody td').textContent()) ?? '';
    expect(observations).toMatch(/^\d{2}\u00a0\d{3}$/);
  });

  it('pages through 1 000 rows, DuckDB fetching one page at a time', async () => {
    const { page } = opened;
    await page.getByLabel('SQL-spørring').fill(
      `SELECT range AS n, range / 4 AS quarter, DATE '2024-01-01' + range::INTEGER AS day,
              CASE WHEN range % 2 = 0 THEN NULL ELSE 'odd' END AS parity
       FROM range(1000) ORDER BY n`,
    );
    // Ctrl+Enter runs the query as the button does.
    await page.getByLabel('SQL-spørring').press('Control+Enter');
    await result(page).getByText('rad 1–100 av 1 000').waitFor();
    expect(await result(page).locator('tbody tr').count()).toBe(100);
    const pager = page.getByRole('navigation', { name: 'Sider i resultatet' });
    expect(await pager.getByRole('button', { name: 'Forrige' }).isDisabled()).toBe(true);

    await pager.getByRole('button', { name: 'Neste' }).click();
    await result(page).getByText('rad 101–200 av 1 000').waitFor();
    const cells = await result(page).locator('tbody tr').nth(1).locator('td').allTextContents();
    // 101 / 4 with a decimal comma, the date as a date, NULL as an em dash (read out as NULL).
    expect(cells).toEqual(['101', '25,25', '11. apr. 2024', 'odd']);
    const nullCell = result(page).locator('tbody tr').first().locator('td').nth(3);
    expect(await nullCell.textContent()).toBe('—NULL');
    expect(await nullCell.locator('[aria-hidden="true"]').textContent()).toBe('—');

    for (let page_ = 3; page_ <= 10; page_ += 1) {
      await pager.getByRole('button', { name: 'Neste' }).click();
      await result(page)
        .getByText(`rad ${(page_ - 1) * 100 + 1}–`)
        .waitFor();
    }
    expect(await pager.getByRole('button', { name: 'Neste' }).isDisabled()).toBe(true);
    expect(await result(page).locator('tbody tr').last().locator('td').first().textContent()).toBe(
      '999',
    );
    await pager.getByRole('button', { name: 'Forrige' }).click();
    await result(page).getByText('rad 801–900 av 1 000').waitFor();
  });

  it('shows the first page of millions of rows without bringing them into the page', async () => {
    const { page } = opened;
    await runSql(page, 'SELECT range AS n FROM range(3000000)');
    await result(page).getByText('rad 1–100 av 3 000 000').waitFor();
    expect(await result(page).locator('tbody tr').count()).toBe(100);
  });

  it('refuses COPY, which would write a file', async () => {
    const { page } = opened;
    await runSql(page, "COPY observations TO 'x.csv'");
    await alert(page).getByText('Avvist:').waitFor();
    expect(await result(page).count()).toBe(0);
  });

  it('refuses DROP TABLE with a reason, and the overview still charts the data', async () => {
    const { page } = opened;
    await runSql(page, 'DROP TABLE observations');
    await alert(page).getByText('Avvist:').waitFor();
    expect(await alert(page).textContent()).toContain('DROP endrer databasen');
    expect(await result(page).count()).toBe(0);

    // The indicator page asks DuckDB again when it opens, rather than show what it had.
    await chooseIndicator(page, 'plo_meldinger_frist');
    const line = seriesFigure(page).locator('.recharts-line-curve');
    await line.waitFor();
    expect(await line.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);

    await goTo(page, /^SQL$/);
    await runSql(page, 'SELECT count(*) AS n FROM observations');
    await result(page).waitFor();
    expect(await result(page).locator('tbody td').textContent()).toBe(observations);
  });

  it("shows DuckDB's own message for a syntax error", async () => {
    const { page } = opened;
    await runSql(page, 'SELECT * FROM observations WHERE');
    await alert(page).waitFor();
    expect(await alert(page).textContent()).toBe(
      'DuckDB svarte med en feil: Parser Error: syntax error at end of input',
    );
  });

  it('never fetches a DuckDB extension, even for a function that lives in one', async () => {
    const { page } = opened;
    await runSql(page, 'SELECT to_json(1) AS j');
    await alert(page).getByText(/json/).waitFor();
    // The engine is still healthy afterwards.
    await runSql(page, 'SELECT 41 + 1 AS answer');
    await result(page).getByRole('cell', { name: '42' }).waitFor();
  });

  it('downloads the whole result as CSV for Norwegian Excel: BOM, semicolons, decimal commas', async () => {
    const { page } = opened;
    await runSql(
      page,
      `SELECT range AS n, range / 4 AS quarter, '=1+1' AS formula FROM range(250) ORDER BY n`,
    );
    await result(page).getByText('rad 1–100 av 250').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned hele resultatet som CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sql-resultat.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['n;quarter;formula', "0;0;'=1+1", "1;0,25;'=1+1"]);
    // Every row, not only the page on screen, and a final line break.
    expect(lines).toHaveLength(252);
    expect(lines.at(-2)).toBe("249;62,25;'=1+1");
    await page
      .getByRole('status')
      .filter({ hasText: 'CSV med 250 rader er lastet ned.' })
      .waitFor();
  });

  it('meets WCAG 2.1 A/AA with a result, the pager and the help on screen', async () => {
    await expectNoAxeViolations(opened.page);
  });

  it('made no request to another origin and logged no error', () => {
    expectNoProblems(opened.problems);
  });
});

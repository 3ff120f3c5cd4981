import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, type OpenedPage } from './support/browser';
import { openDashboard, upload } from './support/dashboard';
import { builtSite } from './support/site';

/**
 * A representative set of the fixture corpus (tests/fixtures/corpus, checked file by file in
 * Node by tests/db/corpus.test.ts) uploaded through the page: each ends in a report, a mapping
 * question or a plain message — never a crash or a console error.
 */
describe('the corpus, uploaded in Chromium', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openDashboard(builtSite().baseUrl);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it.each([
    ['long-windows-1252.csv', /Tegnsett windows-1252/],
    ['long-utf16.txt', /Tegnsett utf-16/],
    ['mixed-encodings.csv', /Valideringsrapport/],
    ['unterminated-quote.csv', /Raden kunne ikke leses/],
    ['injection.csv', /Ukjent/],
    ['fhi-csv3.csv', /Hvilke kolonner er hva/],
    ['binary-garbage.bin', /ikke ut som en tekstfil/],
    ['empty.csv', /Filen er tom/],
  ])('%s', async (file, outcome) => {
    const { page } = opened;
    await upload(page, `corpus/${file}`);
    const panel = page.getByRole('region', { name: 'Last opp data' });
    await panel.getByText(outcome).first().waitFor();
    // Leave the panel as it was for the next file.
    const cancel = panel.getByRole('button', { name: 'Avbryt – last ikke inn noe' });
    if ((await cancel.count()) > 0) await cancel.first().click();
    expect(opened.problems).toEqual([]);
  });

  it('had no problems', () => {
    expectNoProblems(opened.problems);
  });
});

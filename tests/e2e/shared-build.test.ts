import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp-plugin';
import { expectNoProblems, type OpenedPage, openPage } from './support/browser';
import { buildSite } from './support/build-site';
import { chooseIndicator, goTo, scorecard, tableRow, waitForData } from './support/dashboard';
import { type StaticServer, startStaticServer } from './support/static-server';

/**
 * A shared, read-only build (docs/shared-builds.md), built here from its own configuration
 * (tests/fixtures/build-config/shared.json: the demo data plus tests/fixtures/small-cells.csv,
 * uploads left at their default, off) and served below a deep sub-path of a host, as an
 * intranet would publish it. The page must show its data, take no files, break none of its own
 * Content-Security-Policy and call no other origin; no file of the build may hold a number
 * small-number suppression hides; and a bad configuration or dataset must fail the build with
 * a message that says what is wrong.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIGS = 'tests/fixtures/build-config';
const SUB_PATH = '/intranett/gevinst/';
const PLO = 'plo_meldinger_frist';

/**
 * Builds the site with `GEVINSTMONITOR_CONFIG` naming `config`, restoring the variable after, as
 * build-site.ts does with NODE_ENV. The bake runs in a child process of the build, which
 * inherits this process's environment, so the variable has to be set here, not passed along.
 * Test files run one at a time in the e2e project (fileParallelism: false) and the build is
 * awaited, so no other build in this process can see the variable.
 */
async function buildWithConfig(config: string, outDir: string): Promise<void> {
  const previous = process.env.GEVINSTMONITOR_CONFIG;
  process.env.GEVINSTMONITOR_CONFIG = config;
  try {
    await buildSite(ROOT, outDir);
  } finally {
    if (previous === undefined) delete process.env.GEVINSTMONITOR_CONFIG;
    else process.env.GEVINSTMONITOR_CONFIG = previous;
  }
}

/** Every file below `dir`, as paths relative to it. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

// --- What small-number suppression must hide (see tests/db/suppress.test.ts) -----------------

interface HiddenCell {
  org: string;
  period: string;
  /** The value as the fixture writes it (Norwegian decimal comma), or null if it has none. */
  value: string | null;
  numerator: number | null;
  /** As baked: kept by suppression; null where the source's `:` left the row no number. */
  denominator: number | null;
}

/**
 * The cells of tests/fixtures/small-cells.csv that must be hidden: below PLO's minimum n of 5
 * (Frøya's 3, Oppdal's 4), or a total that would give a hidden part back (the trust and the
 * region beside Frøya, the trust beside Trondheim's `:`, Oppdal's year beside its March).
 */
const HIDDEN: readonly HiddenCell[] = [
  { org: '5014', period: '2026-01', value: '42,86', numerator: 3, denominator: 7 },
  { org: 'STO-HF', period: '2026-01', value: '95,06', numerator: 2350, denominator: 2474 },
  { org: 'HMN-RHF', period: '2026-01', value: '95,02', numerator: 2360, denominator: 2486 },
  // `:` in the source, with a denominator of 2400 the import drops with the numbers (a status
  // that stands for no number wins, src/queries/import/stage.ts).
  { org: '5001', period: '2026-02', value: null, numerator: null, denominator: null },
  { org: 'STO-HF', period: '2026-02', value: '94,2', numerator: 2290, denominator: 2431 },
  { org: '5021', period: '2025-03', value: '33,33', numerator: 4, denominator: 12 },
  { org: '5021', period: '2025', value: '80,56', numerator: 24, denominator: 36 },
];

/** The fixture's keys whose numbers are shown: Trondheim's January is the positive control. */
const VISIBLE_KEYS = ['5001 2026-01', '5021 2026-01', '5021 2025-01', '5021 2025-02'];

/**
 * Every textual form a hidden cell's numbers could take in a file: the count; the value as the
 * fixture writes it (`95,06`) and with a decimal point (`95.06`); and the rate the import
 * computes from count and denominator, as JavaScript and the baked CSV print a double
 * (`94.98787388843978` for 2350 of 2474 — the import recomputes a rate, it does not keep the
 * file's value).
 */
function formsOf(cell: HiddenCell): string[] {
  const forms: string[] = [];
  if (cell.numerator !== null) {
    forms.push(String(cell.numerator));
    if (cell.denominator !== null) forms.push(String((cell.numerator / cell.denominator) * 100));
  }
  if (cell.value !== null) forms.push(cell.value, cell.value.replace(',', '.'));
  return forms;
}

/**
 * The forms that are safe to look for anywhere in any file (JavaScript, wasm, CSS, HTML) as a
 * whole number — not inside a longer one (see `tokenPattern`). Checked against a build of this
 * configuration: none of them occurs in any file that is not a CSV. Left out, because they are
 * ordinary numbers in code and in the demo data: the small counts 3, 4 and 24; thirds and
 * two-thirds (33,33 % and its double, 66.666…, and 42.857… = 3 of 7), which any JavaScript
 * library may hold; and `94,2`, which a minified array `[94,2]` could spell. Those cells are
 * covered by the row-by-row check of the baked CSV instead, and by the distinctive numbers of
 * the same rows (the trust's 2290 beside its 94,2).
 */
const DISTINCTIVE: readonly string[] = [
  '2350',
  '2360',
  '2290',
  '95,06',
  '95.06',
  '95,02',
  '95.02',
  '42,86',
  '42.86',
  '80,56',
  '80.56',
  '94.2',
  String((2350 / 2474) * 100),
  String((2360 / 2486) * 100),
  String((2290 / 2431) * 100),
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `form` as a whole number, not part of a longer one: no digit or decimal point just before it
 * (so `12350` and `31.4097359235…` do not count), and no digit, nor a decimal point and a digit,
 * just after it (so `23501`, `2350.5` and `94.25` do not count). A comma before or after is a
 * separator (`[2347,2350]`, `2350,2474`), except before a decimal-comma form, where it would
 * make `95,06` the tail of `1,95,06`.
 */
function tokenPattern(form: string): RegExp {
  const before = form.includes(',') ? '[0-9.,]' : '[0-9.]';
  return new RegExp(`(?<!${before})${escapeRegExp(form)}(?![0-9]|\\.[0-9])`, 'g');
}

/** Each distinctive hidden number in `content`, in its context. */
function distinctiveIn(content: string): string[] {
  return DISTINCTIVE.flatMap((form) => matchesIn(content, tokenPattern(form)));
}

/** Each match of `pattern` in `text`, with 40 characters either side, for a failure message. */
function matchesIn(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) =>
    JSON.stringify(text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40)),
  );
}

/**
 * A baked CSV (scripts/bake.ts): a header, then unquoted fields separated by commas — codes,
 * periods, dates and numbers, none of which can hold a comma. Rows by column name.
 */
function bakedRows(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.split('\n').filter((line) => line !== '');
  const columns = header.split(',');
  return lines.map((line) => {
    const fields = line.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, fields[i] ?? '']));
  });
}

describe('a read-only shared build below a sub-path', () => {
  let outDir: string;
  let server: StaticServer | undefined;
  let opened: OpenedPage | undefined;
  /** Every URL the page and its workers asked for. */
  const requested: string[] = [];

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'gevinstmonitor-shared-'));
    await buildWithConfig(`${CONFIGS}/shared.json`, outDir);
    server = await startStaticServer({ root: outDir, prefix: SUB_PATH });
    opened = await openPage(server.url, {
      beforeNavigation: async (page) => {
        page.context().on('request', (request) => requested.push(request.url()));
        // Runs in the page before any of its own code, over the DevTools protocol, so the
        // page's policy does not apply to it. Violations in duckdb-wasm's worker are reported
        // in the worker, not here; Chromium logs those as console errors, which `problems`
        // collects from workers too.
        await page.addInitScript(() => {
          const seen: { directive: string; blocked: string; sample: string }[] = [];
          Object.defineProperty(window, '__cspViolations', { value: seen });
          document.addEventListener('securitypolicyviolation', (event) => {
            seen.push({
              directive: event.effectiveDirective,
              blocked: event.blockedURI,
              sample: event.sample,
            });
          });
        });
      },
    });
    await waitForData(opened.page);
  });

  afterAll(async () => {
    await opened?.close();
    await server?.close();
    if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
  });

  const page = () => {
    if (opened === undefined) throw new Error('the page was not opened');
    return opened.page;
  };
  const cspViolations = () =>
    page().evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations);

  it('shows the overview scorecard, under the configured title', async () => {
    await page()
      .getByRole('heading', { level: 1, name: 'Gevinstmonitor – delt utgave', exact: true })
      .waitFor();
    await scorecard(page()).waitFor();
    const rows = scorecard(page()).locator('tbody th[scope="row"]');
    expect(await rows.count()).toBe(15);
    await scorecard(page()).locator('.sparkline .recharts-line-curve').first().waitFor();
  });

  it('shows an indicator with the fixture’s months, combining only the cells shown', async () => {
    await chooseIndicator(page(), PLO);
    // The demo data ends in December 2025: January 2026 comes from small-cells.csv. Region-wide
    // it is Trondheim (2347 of 2467) and Oppdal (10 of 12): Frøya, the trust and the region are
    // hidden, and the region's own 2360 must not stand in for them. (Not the denominator: that
    // column adds up every cell's, the hidden ones' included.)
    const january = await tableRow(page(), 'jan. 2026');
    const digits = (text: string | undefined) => text?.replace(/\D/g, '');
    expect(digits(january.Teller)).toBe('2357');
    expect(january.Verdi).toBe('95,1 %');
    expect(january['Organisasjoner med tall']).toBe('2');
  });

  it('shows the register', async () => {
    await goTo(page(), /^Gevinstregister$/);
    await page().getByRole('heading', { level: 2, name: 'Gevinstregister' }).waitFor();
    await page().getByRole('heading', { name: 'Gevinstkart' }).waitFor();
    expect(
      await page()
        .getByRole('table', { name: /^Indikatorer for / })
        .count(),
    ).toBe(10);
  });

  it('lists both datasets on the data page, with no upload and no delete, and says why', async () => {
    await goTo(page(), /^Data$/);
    const list = page().getByRole('table', {
      name: 'Datasett lastet inn i denne nettleseren, nyeste først',
    });
    await list.locator('tbody tr').nth(1).waitFor();
    expect(await list.locator('tbody th[scope="row"]').allTextContents()).toEqual(
      expect.arrayContaining(['observations.csv – syntetiske demodata', 'small-cells.csv']),
    );
    expect(await list.locator('tbody tr').count()).toBe(2);
    await page()
      .getByText('Denne utgaven av dashbordet er publisert med dataene den viser.', {
        exact: false,
      })
      .first()
      .waitFor();
    // Anywhere in the document, hidden pages included: no file input, no upload panel, no
    // delete button of any kind.
    expect(await page().locator('input[type="file"]').count()).toBe(0);
    expect(await page().getByRole('heading', { name: 'Last opp data' }).count()).toBe(0);
    expect(await page().getByRole('button', { name: /Slett/ }).count()).toBe(0);
  });

  it('carries its Content-Security-Policy, with no unsafe-inline or unsafe-eval', async () => {
    const policy = await page()
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    // Quoted keywords: `'wasm-unsafe-eval'` (wasm compiling only) is not `'unsafe-eval'`.
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
  });

  it('broke none of its policy', async () => {
    expect(await cspViolations()).toEqual([]);
  });

  it('asked only for files below its own sub-path', () => {
    expect(requested.length).toBeGreaterThan(5);
    const base = server?.url ?? '';
    const elsewhere = requested.filter(
      (url) => !url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(elsewhere).toEqual([]);
    // The baked datasets and the wasm came from there too.
    expect(requested.filter((url) => /\/assets\/dataset-\d+-[^/]+\.csv$/.test(url))).toHaveLength(
      2,
    );
    expect(requested.some((url) => url.endsWith('.wasm'))).toBe(true);
  });

  it('made no request to another origin and logged no error', () => {
    expectNoProblems(opened?.problems ?? [{ kind: 'crash', message: 'no page' }]);
  });

  // Last, as it breaks the policy on purpose: the listener above must be able to see a breach.
  it('(control) reports a breach of its policy, so the check above can fail', async () => {
    await page().evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await page().waitForFunction(
      () => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length > 0,
    );
    expect(await cspViolations()).toEqual([
      expect.objectContaining({ directive: 'style-src-attr' }),
    ]);
  });

  it('has no inline script in index.html, and only relative URLs', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="[^"]+"/);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/gi)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) expect(url).toMatch(/^\.\//);
  });

  it('has no root-relative asset URL in its JavaScript and CSS', async () => {
    const files = (await filesBelow(outDir)).filter((file) => /\.(js|css)$/.test(file));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = await readFile(path.join(outDir, file), 'utf8');
      // `"/assets/…` or `url(/assets/…` would be fetched from the host's root, not the sub-path.
      expect(matchesIn(text, /["'`(]\/assets\//g), file).toEqual([]);
    }
  });

  describe('holds no number that suppression hides, in any file', () => {
    let files: string[];
    let csvFiles: string[];
    const text = (file: string) =>
      readFile(path.join(outDir, file)).then((b) => b.toString('latin1'));

    beforeAll(async () => {
      files = await filesBelow(outDir);
      csvFiles = files.filter((file) => file.endsWith('.csv'));
    });

    it('bakes both datasets as CSV files', () => {
      expect(csvFiles).toHaveLength(2);
    });

    it('keeps each hidden cell’s row in the baked CSV, with no value and no count', async () => {
      const found = new Map<string, Record<string, string>[]>();
      for (const file of csvFiles) {
        for (const row of bakedRows(await text(file))) {
          if (row.indicator_id !== PLO) continue;
          const key = `${row.org_code} ${row.period}`;
          found.set(key, [...(found.get(key) ?? []), row]);
        }
      }
      for (const cell of HIDDEN) {
        const key = `${cell.org} ${cell.period}`;
        // Exactly one row (small-cells.csv replaced any demo row of the same key), kept with
        // no number at all (suppression hides every number of a cell, not its row:
        // docs/suppression.md, «What a hidden cell keeps»).
        expect(found.get(key), key).toEqual([
          expect.objectContaining({
            value: '',
            numerator: '',
            denominator: '',
            status: ':',
          }),
        ]);
      }
      // The control: Trondheim's January is shown, so a check that finds nothing is not blind.
      expect(found.get('5001 2026-01'), '5001 2026-01').toEqual([
        expect.objectContaining({ numerator: '2347', denominator: '2467', status: '' }),
      ]);
      expect(Number(found.get('5001 2026-01')?.[0]?.value)).toBeCloseTo((2347 / 2467) * 100, 10);
    });

    it('has no hidden number in any field of the fixture’s rows', async () => {
      // Every field, all columns: none may equal any form of any hidden number. Safe against
      // false positives because the fixture's own fields are few and known (shown counts 2347,
      // 10, 11, 9; denominators 2467, 7, 2474, 2486, 12, 2400, 2431, 36; periods, dates).
      const secrets = new Set(HIDDEN.flatMap(formsOf).flatMap((f) => [f, f.replace(',', '.')]));
      const keys = new Set([...HIDDEN.map((c) => `${c.org} ${c.period}`), ...VISIBLE_KEYS]);
      let rows = 0;
      for (const file of csvFiles) {
        for (const row of bakedRows(await text(file))) {
          if (row.indicator_id !== PLO || !keys.has(`${row.org_code} ${row.period}`)) continue;
          rows++;
          for (const [column, field] of Object.entries(row)) {
            expect(
              secrets.has(field),
              `${file}: ${column} = ${field} in ${JSON.stringify(row)}`,
            ).toBe(false);
          }
        }
      }
      expect(rows).toBe(HIDDEN.length + VISIBLE_KEYS.length);
    });

    it('has no hidden count beside its denominator, nor value beside its count, in any CSV', async () => {
      // Anchored pairs, as a leaked row would hold them (`2350,2474`, `95.06,2350`, and the
      // fixture's own `95,06;2350;2474`). The demo data is large and holds 2350 and 95.02 on
      // their own, but not next to these partners: the pairs are safe to look for in it. Only
      // the cells with a distinctive count: small pairs such as `24,36` (Oppdal's year) are
      // ordinary demo rows, and those cells are checked row by row above.
      const pairs = HIDDEN.flatMap((cell) => {
        const count = String(cell.numerator);
        if (cell.denominator === null || !DISTINCTIVE.includes(count)) return [];
        const values = formsOf(cell).filter((form) => form !== count);
        return [
          `${count}[,;]${cell.denominator}`,
          ...values.map((value) => `${escapeRegExp(value)}[,;]${count}`),
        ];
      });
      // Not inside a longer number: no digit or decimal point before, no digit after.
      const pattern = (pair: string) => new RegExp(`(?<![0-9.])${pair}(?![0-9])`, 'g');
      for (const file of csvFiles) {
        const content = await text(file);
        for (const pair of pairs)
          expect(matchesIn(content, pattern(pair)), `${file}: ${pair}`).toEqual([]);
      }
      // The control: the same kind of pattern finds Trondheim's shown count and denominator.
      const all = (await Promise.all(csvFiles.map(text))).join('\n');
      expect(matchesIn(all, pattern('2347,2467'))).toHaveLength(1);
    });

    it('has none of the distinctive hidden numbers in any other file', async () => {
      const others = files.filter((file) => !file.endsWith('.csv'));
      expect(others).toEqual(expect.arrayContaining(['index.html']));
      expect(others.some((file) => file.endsWith('.wasm'))).toBe(true);
      const leaks: string[] = [];
      for (const file of others) {
        // latin1 maps every byte to one character, so binary files are searched as they are
        // and UTF-8 text keeps its ASCII digits in place.
        for (const hit of distinctiveIn(await text(file))) leaks.push(`${file}: ${hit}`);
      }
      expect(leaks).toEqual([]);
    });

    it('(control) the whole-number patterns find what they should, and only that', async () => {
      // In the baked data: Trondheim's shown count and denominator are found.
      const all = (await Promise.all(csvFiles.map(text))).join('\n');
      expect(matchesIn(all, tokenPattern('2467'))).not.toEqual([]);
      expect(matchesIn(all, tokenPattern('2347')).length).toBeGreaterThan(0);
      // The fixture itself, as it would be if it were copied into the build (public/, say): each
      // hidden row with a distinctive number is found, and none of the rows shown.
      const raw = await readFile(path.join(ROOT, 'tests/fixtures/small-cells.csv'), 'utf8');
      const found = raw
        .split(/\r?\n/)
        .slice(1)
        .filter((line) => line !== '' && distinctiveIn(line).length > 0)
        .map((line) => line.split(';').slice(0, 3).join(' '));
      expect(found).toEqual([
        `5014 ${PLO} 2026-01`,
        `STO-HF ${PLO} 2026-01`,
        `HMN-RHF ${PLO} 2026-01`,
        `STO-HF ${PLO} 2026-02`,
        `5021 ${PLO} 2025`,
      ]);
      // As a leak would be written in code, a page or a source file…
      for (const leak of [
        'numerator:2350,',
        '[2347,2350]',
        '"value":95.06}',
        '95,06;2350;2474',
        'STO-HF,plo_meldinger_frist,2026-02,2026-02-01,month,94.2,2290,2431,',
        'til 94.2.',
      ]) {
        expect(
          DISTINCTIVE.some((form) => tokenPattern(form).test(leak)),
          leak,
        ).toBe(true);
      }
      // …but not inside other numbers, as the duckdb worker and the first view hold them.
      for (const innocent of [
        'case 12350:',
        'value:31.40973592350888',
        '2350.5',
        '94.25',
        '1,95,06',
      ]) {
        expect(
          DISTINCTIVE.some((form) => tokenPattern(form).test(innocent)),
          innocent,
        ).toBe(false);
      }
    });
  });
});

describe('a build refused for its configuration or data', () => {
  const configBefore = process.env.GEVINSTMONITOR_CONFIG;
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'gevinstmonitor-refused-'));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it.each([
    [
      'a misspelt key',
      'misspelt-key.json',
      [/allowUplaod/, /misspelt-key\.json is not a valid build configuration/],
    ],
    [
      'a threshold for an indicator that does not exist',
      'unknown-indicator.json',
      [/suppression\.perIndicator: no indicator "nope"/],
    ],
    [
      'a dataset with invalid rows',
      'broken-dataset.json',
      [
        /datasets\[0\] tests\/fixtures\/broken\.csv: \d+ of \d+ rows are invalid/,
        /line 3, value: /,
        /line 4, org_code: /,
      ],
    ],
  ])('fails on %s, saying what is wrong', async (_what, config, expected) => {
    const refused = await buildWithConfig(`${CONFIGS}/${config}`, outDir).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(refused, 'the build succeeded').not.toBeNull();
    expect(refused).toContain("gevinstmonitor: the build's data was refused.");
    for (const pattern of expected) expect(refused).toMatch(pattern);
    // Nothing half-built is left for a host to publish.
    expect(await filesBelow(outDir).catch(() => [])).not.toContain('index.html');
  });

  it('leaves GEVINSTMONITOR_CONFIG as it found it', () => {
    expect(process.env.GEVINSTMONITOR_CONFIG).toBe(configBefore);
  });
});

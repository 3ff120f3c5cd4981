import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAxeViolations, formatAxeViolations } from './support/axe';
import {
  expectNoProblems,
  type OpenedPage,
  openBrowser,
  openPage,
  type Problem,
} from './support/browser';
import { type StaticServer, startStaticServer } from './support/static-server';

/**
 * Self-test of the e2e harness on a throwaway static site, so the harness is known to catch
 * what it claims to before it is trusted with the real build. Needs no build.
 */

// The strict policy the app will ship; img-src allows https only so the off-origin image
// reaches the network layer and the harness, not the CSP, has to stop it.
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' https:">`;
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${CSP}<title>${title}</title></head>` +
  `<body><main>${body}</main></body></html>`;

const FIXTURE: Record<string, string> = {
  'index.html': page(
    'Leaky',
    '<h1>Gevinstmonitor</h1><img src="https://example.com/x.png" alt="">' +
      '<script type="module" src="./leaky.js"></script>',
  ),
  // A worker, as duckdb-wasm runs in one, calling home.
  'leaky.js': `const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
worker.onmessage = (event) => { document.body.dataset.worker = event.data; };`,
  'worker.js': `fetch('https://example.org/from-worker').catch(() => postMessage('blocked'));`,
  'broken.html': page(
    'Broken',
    '<link rel="stylesheet" href="./faint.css"><h1>Broken</h1><img src="./pixel.svg">' +
      '<p class="faint">faint</p>' +
      '<script type="module" src="./broken.js"></script><script type="module" src="./missing.js"></script>',
  ),
  'broken.js': `console.error('deliberate console error');
setTimeout(() => { throw new Error('deliberate uncaught error'); });`,
  'faint.css': '.faint { color: #bbb; background: #fff; }',
  'pixel.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
  'clean.html': page('Clean', '<h1>Gevinstmonitor</h1><p>Nothing to see.</p>'),
};

let folder: string;
let server: StaticServer;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'e2e-harness-'));
  for (const [name, content] of Object.entries(FIXTURE)) {
    await writeFile(path.join(folder, name), content);
  }
  server = await startStaticServer({ root: folder });
});

afterAll(async () => {
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

const byUrl = (a: Problem, b: Problem) => (a.url ?? '').localeCompare(b.url ?? '');

describe('e2e harness', () => {
  it('blocks and records requests to other origins, from the page and from workers', async () => {
    const opened = await openPage(server.url);
    try {
      await opened.page.getByRole('heading', { level: 1, name: 'Gevinstmonitor' }).waitFor();
      await opened.page.waitForFunction(() => document.body.dataset.worker === 'blocked');
      expect(
        await opened.page.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBe(0);
      expect([...opened.problems].sort(byUrl)).toEqual([
        { kind: 'off-origin-request', message: 'blocked', url: 'https://example.com/x.png' },
        { kind: 'off-origin-request', message: 'blocked', url: 'https://example.org/from-worker' },
      ]);
    } finally {
      await opened.close();
    }
  });

  it('records uncaught errors, console errors and missing files, and fails readably', async () => {
    const opened = await openPage(`${server.url}broken.html`);
    try {
      await expect
        .poll(() => opened.problems.map((p) => p.kind).sort())
        .toEqual(['console-error', 'console-error', 'page-error', 'request-failed']);
      const text = (kind: Problem['kind']) =>
        opened.problems.filter((p) => p.kind === kind).map((p) => `${p.message} ${p.url ?? ''}`);
      expect(text('page-error').join()).toContain('deliberate uncaught error');
      expect(text('console-error').join('\n')).toMatch(/deliberate console error/);
      expect(text('console-error').join('\n')).toMatch(/404.*missing\.js/s);
      // Chromium also aborts a module script that answered 404.
      expect(text('request-failed').join()).toMatch(/missing\.js/);
      const failure = (() => {
        try {
          expectNoProblems(opened.problems);
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
        return 'did not throw';
      })();
      expect(failure).toMatch(/^Expected no problems in the page, found 4:\n1\. \[/);
      expect(failure.match(/^\d\. \[[a-z-]+\] /gm)).toHaveLength(4);
    } finally {
      await opened.close();
    }
  });

  it('finds WCAG violations with axe-core despite the CSP, and formats them', async () => {
    const opened = await openPage(`${server.url}broken.html`);
    try {
      const violations = await findAxeViolations(opened.page);
      expect(violations.map((v) => v.id)).toEqual(
        expect.arrayContaining(['image-alt', 'color-contrast']),
      );
      const imageAlt = violations.find((v) => v.id === 'image-alt');
      expect(imageAlt).toMatchObject({ impact: 'critical', targets: ['img'], count: 1 });
      expect(formatAxeViolations(violations)).toMatch(
        /^- image-alt \[critical\] .+: img \(https:/m,
      );
    } finally {
      await opened.close();
    }
  });

  it('uses a fresh profile and removes it on close', async () => {
    const first = await openBrowser();
    const second = await openBrowser();
    expect(first.profileDir).not.toBe(second.profileDir);
    expect(existsSync(first.profileDir)).toBe(true);
    await first.close();
    await second.close();
    expect(existsSync(first.profileDir)).toBe(false);
    expect(existsSync(second.profileDir)).toBe(false);
  });

  describe('on a clean page', () => {
    let opened: OpenedPage;
    beforeAll(async () => {
      opened = await openPage(`${server.url}clean.html`);
    });
    afterAll(async () => {
      await opened?.close();
    });

    it('finds no axe violations', async () => {
      await opened.page.getByRole('heading', { level: 1, name: 'Gevinstmonitor' }).waitFor();
      const violations = await findAxeViolations(opened.page);
      expect(violations, formatAxeViolations(violations)).toEqual([]);
    });

    it('had no problems, axe injection under CSP included', () => {
      expectNoProblems(opened.problems);
    });
  });
});

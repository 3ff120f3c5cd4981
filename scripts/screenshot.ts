import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBrowser } from '../tests/e2e/support/browser';
import { buildSite } from '../tests/e2e/support/build-site';
import { waitForData, waitForIndicator } from '../tests/e2e/support/dashboard';
import { startStaticServer } from '../tests/e2e/support/static-server';

/**
 * Makes the README's screenshot (`npm run screenshot`): the production build of the demo data,
 * served on 127.0.0.1 and drawn by Debian's Chromium, the way the browser tests see it. The
 * indicator page shows what a leader opens: the trend against baseline and target, go-lives
 * marked, the synthetic-data notice.
 */
const root = path.resolve(import.meta.dirname, '..');
const INDICATOR = 'reinnleggelse_30d_67';
const out = path.join(root, 'docs/images/indicator.png');

const site = await mkdtemp(path.join(tmpdir(), 'gevinstmonitor-screenshot-'));
try {
  await buildSite(root, site);
  const server = await startStaticServer({ root: site, port: 0 });
  const browser = await openBrowser();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${server.url}#/indicator/${INDICATOR}`);
    await waitForData(page);
    await waitForIndicator(page, INDICATOR);
    await page.screenshot({ path: out });
    console.info(`wrote ${path.relative(root, out)}`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(site, { recursive: true, force: true });
}

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, guardContext, type Problem } from './browser';

/**
 * Debian's Chromium started as a child process of ours, on a profile directory that outlives it,
 * so a test can close the browser as a user would, or kill it outright (SIGKILL to its whole
 * process group: no unload, no flush) at any moment, and then start it again on the same
 * profile to see what the page kept. playwright-core connects over the DevTools protocol;
 * requests to other origins are blocked and recorded as in openPage.
 */

/** A profile directory shared by several launches; remove() once the last one is done. */
export interface Profile {
  dir: string;
  remove(): Promise<void>;
}

export async function createProfile(): Promise<Profile> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gevinstmonitor-killable-'));
  return {
    dir,
    remove: async () => {
      // Chromium may still be letting go of its files a moment after it exits.
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

export interface KillableBrowser {
  browser: Browser;
  context: BrowserContext;
  /** The first tab, at `url`. */
  page: Page;
  /** What went wrong in the pages while the browser ran (see guardContext). */
  problems: Problem[];
  /** Quits Chromium as a user closing it would (it shuts down and writes what it holds). */
  close(): Promise<void>;
  /** SIGKILLs Chromium's process group at once; resolves when the process is gone. */
  kill(): Promise<void>;
}

/** Every Chromium started here and not yet gone, so none outlives a failed test. */
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    // Detached, the browser leads its own process group: the renderers and the GPU and
    // network services go with it (and any that outlived a browser that quit).
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The whole group is gone already.
  }
}

/** Kills every Chromium this module started that is still running (for afterAll/finally). */
export async function killAllBrowsers(): Promise<void> {
  await Promise.all([...running].map((child) => killAndWait(child)));
}

process.once('exit', () => {
  for (const child of running) killGroup(child);
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function killAndWait(child: ChildProcess): Promise<void> {
  killGroup(child);
  await exited(child);
  running.delete(child);
}

const DEVTOOLS = /DevTools listening on (ws:\/\/\S+)/;
const START_LIMIT_MS = 30_000;
const QUIT_LIMIT_MS = 15_000;

/** Resolves with the DevTools URL Chromium prints on stderr once it listens. */
function devToolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      reject(new Error(`Chromium printed no DevTools URL within ${START_LIMIT_MS} ms:\n${seen}`));
    }, START_LIMIT_MS);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      // Keep reading (and dropping) stderr, so a chatty Chromium never blocks on a full pipe.
      if (seen.length < 20_000) seen += text;
      const match = DEVTOOLS.exec(seen);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal}) before it listened:\n${seen}`));
    });
  });
}

/**
 * Starts Chromium on `profile` and opens `url` in its first tab, with requests to other origins
 * than `url`'s blocked (and recorded) before the page loads.
 */
export async function launchKillable(profile: Profile, url: string): Promise<KillableBrowser> {
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      `--user-data-dir=${profile.dir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  try {
    const browser = await chromium.connectOverCDP(await devToolsUrl(child));
    const context = browser.contexts()[0];
    if (context === undefined) throw new Error('Chromium started without its default context');
    const guard = await guardContext(context, new URL(url).origin);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('crash', () =>
      guard.problems.push({ kind: 'crash', message: 'the page crashed', url }),
    );
    await page.goto(url);
    return {
      browser,
      context,
      page,
      problems: guard.problems,
      close: async () => {
        guard.closing();
        const quit = exited(child);
        try {
          const session = await browser.newBrowserCDPSession();
          // Browser.close answers only as the browser goes: the connection may drop first.
          await session.send('Browser.close').catch(() => {});
          await Promise.race([
            quit,
            new Promise((_, reject) =>
              setTimeout(
                () => reject(new Error(`Chromium did not quit within ${QUIT_LIMIT_MS} ms`)),
                QUIT_LIMIT_MS,
              ),
            ),
          ]);
        } finally {
          await killAndWait(child);
        }
      },
      kill: async () => {
        guard.closing();
        await killAndWait(child);
        // The connection is gone with the process; playwright-core notices on its own time.
        await browser.close().catch(() => {});
      },
    };
  } catch (error) {
    await killAndWait(child);
    throw error;
  }
}

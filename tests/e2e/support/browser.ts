import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core: no browser is downloaded, and every launch gets
 * a fresh profile so OPFS, IndexedDB and caches never carry over between tests.
 * No vitest imports, so the benchmark can use this too.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for every Chromium the tests start (killable-browser.ts adds its own profile and port). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenBrowser {
  context: BrowserContext;
  /** The temporary profile, removed by close(). */
  profileDir: string;
  close(): Promise<void>;
}

/** Launches Chromium with a new temporary profile. */
export async function openBrowser(): Promise<OpenBrowser> {
  // playwright-core rejects --user-data-dir among the args; a persistent context is the way
  // to give Chromium a profile directory of our choosing.
  const profileDir = await mkdtemp(path.join(tmpdir(), 'gevinstmonitor-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    return {
      context,
      profileDir,
      close: async () => {
        try {
          await context.close();
        } finally {
          await rm(profileDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

export type ProblemKind =
  | 'page-error'
  | 'console-error'
  | 'request-failed'
  | 'off-origin-request'
  | 'crash';

/** Something that went wrong while a test used the page; a passing test has none. */
export interface Problem {
  kind: ProblemKind;
  message: string;
  url?: string;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Filled in as the page runs; assert it is empty with expectNoProblems at the end. */
  problems: Problem[];
  close(): Promise<void>;
}

/** Whether a request URL belongs to the page's origin (blob: URLs carry their creator's). */
export function isSameOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** What guardContext set up on a context: the problems it records, and how to stop them. */
export interface ContextGuard {
  /** Filled in as the pages run; assert it is empty with expectNoProblems at the end. */
  problems: Problem[];
  /** Says the test is ending the browser: requests cut short by that are not the page's problem. */
  closing(): void;
}

/**
 * Blocks and records every request to another origin than `origin`, and records page errors,
 * console errors, failed requests and crashes, on every page and worker of `context`.
 * Requests to any other origin are aborted before they leave the machine: the dashboard promises
 * that no data and no request ever leaves the browser, and a forgotten CDN font or analytics
 * call breaks that.
 */
export async function guardContext(context: BrowserContext, origin: string): Promise<ContextGuard> {
  const problems: Problem[] = [];
  // Follow-on noise from our own blocking (the request's failure, Chromium's console line about
  // it) would only repeat the off-origin problem, so it is left out.
  const blocked = new Set<string>();
  // Requests still in flight when a test closes the page (the wasm download, say) make
  // route.continue() reject; that is the test's doing, not the page's problem.
  let closing = false;
  const unlessClosing = (error: unknown) => {
    if (!closing) throw error;
  };
  // Routes apply to every page and worker of the context, including duckdb-wasm's worker.
  await context.route('**/*', async (route) => {
    const requestUrl = route.request().url();
    if (isSameOrigin(requestUrl, origin)) return route.continue().catch(unlessClosing);
    blocked.add(requestUrl);
    problems.push({ kind: 'off-origin-request', message: 'blocked', url: requestUrl });
    return route.abort('blockedbyclient').catch(unlessClosing);
  });
  await context.routeWebSocket(
    (socketUrl) => socketUrl.host !== new URL(origin).host,
    (socket) => {
      problems.push({
        kind: 'off-origin-request',
        message: 'WebSocket blocked',
        url: socket.url(),
      });
      return socket.close();
    },
  );
  context.on('weberror', (webError) => {
    const error = webError.error();
    problems.push({ kind: 'page-error', message: error.stack ?? error.message });
  });
  // The context's console event also carries messages from dedicated workers.
  context.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'assert') return;
    const location = message.location().url;
    if (blocked.has(location)) return;
    problems.push({ kind: 'console-error', message: message.text(), url: location || undefined });
  });
  context.on('requestfailed', (request) => {
    if (closing || blocked.has(request.url())) return;
    problems.push({
      kind: 'request-failed',
      message: request.failure()?.errorText ?? 'failed',
      url: request.url(),
    });
  });
  return {
    problems,
    closing: () => {
      closing = true;
    },
  };
}

/**
 * Opens `url` in a fresh browser and records every problem; `beforeNavigation` can add routes
 * first (page routes take precedence over the blocking route of the context). Requests to any
 * other origin are blocked and recorded (guardContext).
 */
export async function openPage(
  url: string,
  options: { beforeNavigation?: (page: Page) => Promise<unknown> } = {},
): Promise<OpenedPage> {
  const browser = await openBrowser();
  const { context } = browser;
  let guard: ContextGuard | undefined;
  const close = async () => {
    guard?.closing();
    await browser.close();
  };

  try {
    guard = await guardContext(context, new URL(url).origin);
    const { problems } = guard;
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('crash', () => problems.push({ kind: 'crash', message: 'the page crashed', url }));
    await options.beforeNavigation?.(page);
    await page.goto(url);
    return { page, context, problems, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Renders problems one per line, for an assertion message. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((problem, index) => {
      const where = problem.url === undefined ? '' : ` (${problem.url})`;
      // Stack traces span lines; indenting them keeps each problem's number at the margin.
      const message = problem.message.replaceAll('\n', '\n     ');
      return `${index + 1}. [${problem.kind}] ${message}${where}`;
    })
    .join('\n');
}

/** Throws a readable list if the page had any problem. */
export function expectNoProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  throw new Error(
    `Expected no problems in the page, found ${problems.length}:\n${formatProblems(problems)}`,
  );
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site';
import { type StaticServer, startStaticServer } from './static-server';

/**
 * Builds the site once and serves `dist/` for the e2e project, both at the root of an origin
 * and below a sub-path, because teams share the built files, often in a sub-folder of a host.
 *
 * Fast local iteration: `E2E_SKIP_BUILD=1 npx vitest run --project e2e` reuses an existing
 * `dist/` instead of building (it builds anyway when `dist/index.html` is missing). Never set
 * it in CI: the tests would then check whatever happened to be in `dist/`. `E2E_DIST` names
 * another output folder, so two builds running at once do not overwrite each other.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site at the root of its origin, ending in `/`. */
    baseUrl: string;
    /** The same build below `/sub/path/` on another origin, ending in `/`. */
    subPathUrl: string;
    /** Why the site could not be built, or null; tests that need the site fail with it. */
    buildError: string | null;
  }
}

const root = path.resolve(import.meta.dirname, '../../..');
// Helpers working side by side build into folders of their own (E2E_DIST=/tmp/dist-x).
const dist = path.resolve(root, process.env.E2E_DIST ?? 'dist');
const SUB_PATH = '/sub/path/';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const buildError = await buildUnlessSkipped();
  project.provide('buildError', buildError);
  const servers: StaticServer[] = [];
  if (buildError === null) {
    servers.push(await startStaticServer({ root: dist }));
    servers.push(await startStaticServer({ root: dist, prefix: SUB_PATH }));
  }
  // Without a build there is nothing to serve; `builtSite()` turns buildError into a failure.
  project.provide('baseUrl', servers[0]?.url ?? '');
  project.provide('subPathUrl', servers[1]?.url ?? '');
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}

/**
 * Runs the build and returns its error message instead of throwing, so a broken build fails
 * the tests that need the site (with Vite's message) while the harness self-tests still run.
 */
async function buildUnlessSkipped(): Promise<string | null> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(dist, 'index.html'))) {
    console.info(`e2e: E2E_SKIP_BUILD=1, reusing ${dist}`);
    return null;
  }
  try {
    await buildSite(root, dist);
    return null;
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`e2e: building the site failed:\n${message}`);
    return message;
  }
}

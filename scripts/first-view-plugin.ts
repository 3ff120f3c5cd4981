import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const run = promisify(execFile);
const RESOLVED = '\0virtual:first-view';
const root = path.resolve(import.meta.dirname, '..');

/**
 * Serves `virtual:first-view`: the first chart's numbers, computed at build time by
 * scripts/first-view.ts, recomputed when the datasets change. That script runs in a child
 * process so this config file imports nothing of the app (Vite loads configs on its own terms).
 */
export function firstViewPlugin(): Plugin {
  let module: Promise<string> | null = null;
  const compute = () =>
    run(process.execPath, ['--import', 'tsx', 'scripts/first-view.ts'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    }).then(({ stdout }) => `export default ${stdout};`);
  return {
    name: 'gevinstmonitor-first-view',
    // Started at once, so the 3–4 s of DuckDB in Node overlap with bundling the rest.
    buildStart() {
      module ??= compute();
    },
    resolveId: { filter: { id: /^virtual:first-view$/ }, handler: () => RESOLVED },
    load: {
      filter: { id: /^\0virtual:first-view$/ },
      async handler() {
        for (const file of ['indicators.json', 'organisations.csv', 'observations.csv']) {
          this.addWatchFile(path.join(root, 'datasets', file));
        }
        module ??= compute();
        return module;
      },
    },
    watchChange(id) {
      if (id.includes(`${path.sep}datasets${path.sep}`)) module = null;
    },
  };
}

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const run = promisify(execFile);
const ID = 'virtual:first-view';
const RESOLVED = `\0${ID}`;
const root = path.resolve(import.meta.dirname, '..');

/**
 * Serves `virtual:first-view`: the first chart's numbers, computed at build time by
 * scripts/first-view.ts, recomputed when the datasets change. That script runs in a child
 * process so this config file imports nothing of the app (Vite loads configs on its own terms).
 */
export function firstViewPlugin(): Plugin {
  let module: Promise<string> | null = null;
  return {
    name: 'gevinstmonitor-first-view',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      for (const file of ['indicators.json', 'organisations.csv', 'observations.csv']) {
        this.addWatchFile(path.join(root, 'datasets', file));
      }
      module ??= run(process.execPath, ['--import', 'tsx', 'scripts/first-view.ts'], {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
      }).then(({ stdout }) => `export default ${stdout};`);
      return module;
    },
    watchChange(id) {
      if (id.includes(`${path.sep}datasets${path.sep}`)) module = null;
    },
  };
}

import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const MODULES = ['virtual:build-data', 'virtual:first-view'] as const;

interface Baked {
  config: unknown;
  datasets: { file: string; source: string; synthetic: boolean; rows: number }[];
  firstView: unknown;
}

/**
 * Serves what scripts/bake.ts makes of the build configuration: `virtual:build-data` (the
 * configuration and the baked datasets' file URLs, hashed and emitted by Vite like any asset)
 * and `virtual:first-view` (the overview's numbers, so it need not wait for DuckDB). The bake runs
 * in a child process so this config file imports nothing of the app (Vite loads configs on its
 * own terms); a configuration or dataset it refuses fails the build with the bake's message.
 */
export function buildDataPlugin(): Plugin {
  let baked: Promise<Baked> | null = null;
  let command: 'build' | 'serve' = 'serve';
  // A folder of this build's own: another build running at the same time (a test, a second
  // configuration) writes elsewhere, so neither ships the other's data.
  const out = path.join(
    root,
    'node_modules',
    '.cache',
    'gevinstmonitor',
    `build-${process.pid}-${Date.now()}`,
  );
  const configFile = path.resolve(
    root,
    process.env.GEVINSTMONITOR_CONFIG ?? 'gevinstmonitor.config.json',
  );
  const bake = () =>
    run(process.execPath, ['--import', 'tsx', 'scripts/bake.ts', '--out', out], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      ({ stdout }) => JSON.parse(stdout) as Baked,
      (error: { stderr?: string; message: string }) => {
        throw new Error(
          `gevinstmonitor: the build's data was refused.\n${error.stderr || error.message}`,
        );
      },
    );
  return {
    name: 'gevinstmonitor-build-data',
    configResolved(config) {
      command = config.command;
    },
    // The baked files are in the bundle by now; the dev server keeps serving them from here.
    closeBundle() {
      if (command === 'build') rmSync(out, { recursive: true, force: true });
    },
    // Started at once, so the seconds of DuckDB in Node overlap with bundling the rest.
    buildStart() {
      baked ??= bake();
    },
    resolveId: {
      filter: { id: /^virtual:(build-data|first-view)$/ },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: /^\0virtual:(build-data|first-view)$/ },
      async handler(id) {
        this.addWatchFile(configFile);
        for (const file of ['indicators.json', 'organisations.csv', 'observations.csv']) {
          this.addWatchFile(path.join(root, 'datasets', file));
        }
        baked ??= bake();
        const result = await baked;
        if (id === `\0${MODULES[1]}`) return `export default ${JSON.stringify(result.firstView)};`;
        const imports = result.datasets.map(
          (d, i) => `import url${i} from ${JSON.stringify(`${d.file}?url`)};`,
        );
        const datasets = result.datasets.map(
          (d, i) =>
            `{ url: url${i}, source: ${JSON.stringify(d.source)}, synthetic: ${d.synthetic}, rows: ${d.rows} }`,
        );
        return `${imports.join('\n')}\nexport default { config: ${JSON.stringify(result.config)}, datasets: [${datasets.join(', ')}] };`;
      },
    },
    watchChange(id) {
      if (id.includes(`${path.sep}datasets${path.sep}`) || id === configFile) {
        baked = null;
      }
    },
  };
}

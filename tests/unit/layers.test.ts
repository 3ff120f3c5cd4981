import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of CONTRIBUTING.md («What each folder holds») are enforced by biome.json's
 * restricted-import patterns. Each case lints one probe file, placed where a real module would
 * sit, in a scratch copy of the configuration: the import either passes or is refused.
 */
const root = path.resolve(import.meta.dirname, '../..');
const biome = path.join(root, 'node_modules/.bin/biome');
const scratch = mkdtempSync(path.join(tmpdir(), 'layers-'));
copyFileSync(path.join(root, 'biome.json'), path.join(scratch, 'biome.json'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let probes = 0;
/** Lints `import … from specifier` in a module at `file`; true when the linter refuses it. */
function refused(file: string, specifier: string): boolean {
  const probe = path.join(scratch, path.dirname(file), `Probe${++probes}.ts`);
  mkdirSync(path.dirname(probe), { recursive: true });
  writeFileSync(probe, `import { thing } from '${specifier}';\n\nexport const used = thing;\n`);
  try {
    execFileSync(biome, ['lint', '--vcs-enabled=false', probe], { cwd: scratch, stdio: 'pipe' });
    return false;
  } catch (failure) {
    // Biome writes its diagnostics to stderr; any other failure (a broken config) is the test's.
    const output = String((failure as { stderr?: Buffer }).stderr ?? '');
    if (!output.includes('lint/style/noRestrictedImports')) throw failure;
    return true;
  }
}

describe('layer rules', () => {
  it.each([
    ['src/features/overview/X.tsx', '../indicator/SeriesChart', 'a feature importing another'],
    ['src/features/data/X.tsx', '../upload/UploadPanel', 'a feature importing another'],
    ['src/features/data/X.tsx', '../../features/upload/UploadPanel', 'the same, the long way'],
    ['src/features/indicator/X.tsx', '../../shell/Shell', 'a feature importing the shell'],
    ['src/shared/X.tsx', '../features/overview/OverviewPage', 'shared code importing a feature'],
    ['src/components/X.tsx', '../session/data', 'generic UI reading session state'],
    ['src/components/X.tsx', '../url-state/hooks', 'generic UI reading the URL'],
    ['src/domain/X.ts', '../ingest/sniff', 'domain importing a layer above it'],
    ['src/domain/spc/X.ts', '../../queries/series', 'the same from a subfolder'],
    ['src/domain/X.ts', 'papaparse', 'domain parsing files'],
    ['src/queries/X.ts', 'react', 'a query module importing React'],
    ['src/queries/X.ts', '../session/data', 'queries importing the session'],
    ['src/ingest/X.ts', '../db/engine', 'ingest touching the database'],
    ['src/session/X.ts', '../features/data/DataPage', 'session importing a feature'],
    ['src/features/sql/X.tsx', '@duckdb/duckdb-wasm', 'duckdb-wasm outside db/'],
  ])('refuses %s → %s (%s)', (file, specifier) => {
    expect(refused(file, specifier)).toBe(true);
  });

  it.each([
    ['src/features/overview/X.tsx', './Scorecard'],
    ['src/features/overview/X.tsx', '../../shared/ScopeSelect'],
    ['src/features/overview/X.tsx', '../../session/data'],
    ['src/shell/X.tsx', '../features/data/DataPage'],
    ['src/shared/X.tsx', '../url-state/hooks'],
    ['src/components/X.tsx', '../export/csv'],
    ['src/queries/import/X.ts', '../../domain/result'],
    ['src/ingest/X.ts', 'papaparse'],
    ['src/db/X.ts', '@duckdb/duckdb-wasm'],
  ])('allows %s → %s', (file, specifier) => {
    expect(refused(file, specifier)).toBe(false);
  });
});

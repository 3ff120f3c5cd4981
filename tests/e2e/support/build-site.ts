import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** Builds the site at `siteRoot` with its own vite.config.ts into `outDir`, as `vite build` would. */
export async function buildSite(siteRoot: string, outDir: string): Promise<void> {
  const configFile = path.join(siteRoot, 'vite.config.ts');
  if (!existsSync(configFile)) throw new Error(`No vite.config.ts in ${siteRoot}`);
  // vitest sets NODE_ENV=test, and Vite only builds for production when NODE_ENV is unset or
  // "production": left alone, React's development build would be shipped and tested, and
  // import.meta.env.DEV would be true. Global setups run before any test worker starts, so
  // changing the variable for the duration of the build cannot leak into tests.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: siteRoot,
      configFile,
      mode: 'production',
      logLevel: 'warn',
      clearScreen: false,
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

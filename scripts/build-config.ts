import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  type BuildConfig,
  buildConfigSchema,
  checkAgainstCatalogue,
} from '../src/build-config/schema';
import { readCatalogue, repoRoot } from './datasets-on-disk';

/** The configuration file a build reads, unless `GEVINSTMONITOR_CONFIG` names another. */
export const DEFAULT_CONFIG_FILE = 'gevinstmonitor.config.json';

/** Thrown for a configuration or dataset the build refuses; its message says what to fix. */
export class BuildInputError extends Error {
  override name = 'BuildInputError';
}

/** Where the configuration is read from. */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(repoRoot, env.GEVINSTMONITOR_CONFIG ?? DEFAULT_CONFIG_FILE);
}

/**
 * Reads and checks the build configuration. No file at the default place means the defaults (a
 * read-only build of the demo data); a named file that is missing, or any invalid value, stops
 * the build with every problem listed.
 */
export function readBuildConfig(file = configPath()): BuildConfig {
  const named = file !== path.resolve(repoRoot, DEFAULT_CONFIG_FILE);
  let raw: unknown = {};
  if (existsSync(file)) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new BuildInputError(`${file}: not valid JSON (${String(error)})`);
    }
  } else if (named) {
    throw new BuildInputError(`${file}: no such file (named by GEVINSTMONITOR_CONFIG)`);
  }
  const parsed = buildConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BuildInputError(
      `${file} is not a valid build configuration:\n${z.prettifyError(parsed.error)}`,
    );
  }
  const problems = checkAgainstCatalogue(parsed.data, readCatalogue());
  for (const [index, dataset] of parsed.data.datasets.entries()) {
    if (!existsSync(path.resolve(repoRoot, dataset.path))) {
      problems.push(
        `datasets[${index}].path: no file "${dataset.path}" (paths are from ${repoRoot})`,
      );
    }
  }
  if (problems.length > 0) {
    throw new BuildInputError(
      `${file} is not a valid build configuration:\n✖ ${problems.join('\n✖ ')}`,
    );
  }
  return parsed.data;
}

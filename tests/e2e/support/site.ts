import { inject } from 'vitest';

/** URLs of the built site that global-setup.ts serves. */
export interface BuiltSite {
  baseUrl: string;
  subPathUrl: string;
}

/** The served build, or a failure carrying the build's error if there is none to test. */
export function builtSite(): BuiltSite {
  const buildError = inject('buildError');
  if (buildError !== null) {
    throw new Error(`The site could not be built, so there is nothing to test:\n${buildError}`);
  }
  return { baseUrl: inject('baseUrl'), subPathUrl: inject('subPathUrl') };
}

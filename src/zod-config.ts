import { z } from 'zod';

/**
 * Zod compiles object schemas with `new Function` unless told not to; under the built site's
 * Content-Security-Policy (no eval) its probe for that is reported as a violation. Imported
 * first by session/build.ts, whose parse is the page's first.
 */
z.config({ jitless: true });

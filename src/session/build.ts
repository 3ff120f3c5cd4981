// First: zod must be configured before any schema parses (see zod-config.ts); this module's
// parse is the page's first, and its chunk is evaluated before the entry's own code.
import '../zod-config';
import builtDataJson from 'virtual:build-data';
import { z } from 'zod';
import { type BuiltData, buildConfigSchema } from '../build-config/schema';

const builtDataSchema = z.object({
  config: buildConfigSchema,
  datasets: z.array(
    z.object({
      url: z.string(),
      source: z.string(),
      synthetic: z.boolean(),
      rows: z.number(),
    }),
  ),
});

/**
 * This build's configuration and its baked datasets (scripts/bake.ts, through
 * scripts/build-data-plugin.ts), checked at the edge like any other input.
 */
export const built: BuiltData = builtDataSchema.parse(builtDataJson);

import firstViewJson from 'virtual:first-view';
import { z } from 'zod';
import type { Assessment } from '../domain/assessment';
import { pointSchema } from '../queries/series';

/** One scorecard row as JSON: the indicator by id (the catalogue is bundled anyway). */
const rowSchema = z.object({
  indicatorId: z.string(),
  members: z.number(),
  // Written by the page's own typed code at build time (scripts/first-view.ts); checked in shape.
  assessment: z.custom<Assessment | null>((v) => v === null || typeof v === 'object'),
  recent: z.array(pointSchema),
});

export const firstViewSchema = z.object({
  /** The overview's scorecard for the default scope, the whole region. */
  scorecard: z.array(rowSchema),
});
export type FirstView = z.infer<typeof firstViewSchema>;

/** The first view, computed at build time (see scripts/first-view-plugin.ts). */
export const firstView: FirstView = firstViewSchema.parse(firstViewJson);

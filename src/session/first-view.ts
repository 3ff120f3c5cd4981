import firstViewJson from 'virtual:first-view';
import { z } from 'zod';
import { indicatorViewSchema } from '../queries/indicator-view';

export const firstViewSchema = z.object({
  indicatorId: z.string(),
  /** Organisations reporting the indicator. */
  reporting: z.array(z.string()),
  selected: z.array(z.string()),
  view: indicatorViewSchema,
});
export type FirstView = z.infer<typeof firstViewSchema>;

/** The first view, computed at build time (see scripts/first-view-plugin.ts). */
export const firstView: FirstView = firstViewSchema.parse(firstViewJson);

/** The build-time answer for this selection, if the page is showing what was precomputed. */
export function precomputed(indicatorId: string, selected: readonly string[]) {
  const same =
    indicatorId === firstView.indicatorId &&
    selected.length === firstView.selected.length &&
    selected.every((code) => firstView.selected.includes(code));
  return same ? firstView.view : null;
}

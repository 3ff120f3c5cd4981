import { z } from 'zod';
import type { Db } from '../db/engine';
import { baselineWindows, programmeStart } from '../domain/baseline';
import type { Indicator } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';
import { fetchBaseline, fetchSeries, pointSchema } from './series';

export const indicatorViewSchema = z.object({
  /** The series at the finest grain the selection reports: what is charted and judged. */
  points: z.array(pointSchema),
  /** Rows of a coarser grain (quarters, years), combined the same way: tabled, labelled. */
  coarser: z.array(pointSchema),
  /** Null when the indicator's baseline is an explicit value rather than a window of data. */
  baseline: z.object({ value: z.number().nullable(), points: z.number() }).nullable(),
});
export type IndicatorViewData = z.infer<typeof indicatorViewSchema>;

/** Finest first. */
const GRAINS = ['month', 'quarter', 'year'] as const;

/** Everything the indicator view shows for a selection: the series and its baseline. */
export async function fetchIndicatorView(
  db: Db,
  indicator: Indicator,
  selected: readonly Organisation[],
  allOrganisations: readonly Organisation[],
): Promise<IndicatorViewData> {
  const windows = baselineWindows(indicator.baseline, selected, programmeStart(allOrganisations));
  const codes = selected.map((o) => o.code);
  const [all, baseline] = await Promise.all([
    fetchSeries(db, indicator, codes),
    windows === null ? Promise.resolve(null) : fetchBaseline(db, indicator, windows),
  ]);
  const grain = GRAINS.find((g) => all.some((p) => p.grain === g));
  return {
    points: all.filter((p) => p.grain === grain),
    coarser: all.filter((p) => p.grain !== grain),
    baseline,
  };
}

import { z } from 'zod';
import type { Db } from '../db/engine';
import { baselineWindows, programmeStart } from '../domain/baseline';
import type { Indicator } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';
import { fetchBaseline, fetchSeries, pointSchema } from './series';

export const indicatorViewSchema = z.object({
  points: z.array(pointSchema),
  /** Null when the indicator's baseline is an explicit value rather than a window of data. */
  baseline: z.object({ value: z.number().nullable(), points: z.number() }).nullable(),
});
export type IndicatorViewData = z.infer<typeof indicatorViewSchema>;

/** Everything the indicator view shows for a selection: the series and its baseline. */
export async function fetchIndicatorView(
  db: Db,
  indicator: Indicator,
  selected: readonly Organisation[],
  allOrganisations: readonly Organisation[],
): Promise<IndicatorViewData> {
  const windows = baselineWindows(indicator.baseline, selected, programmeStart(allOrganisations));
  const codes = selected.map((o) => o.code);
  const [points, baseline] = await Promise.all([
    fetchSeries(db, indicator, codes),
    windows === null ? Promise.resolve(null) : fetchBaseline(db, indicator, windows),
  ]);
  return { points, baseline };
}

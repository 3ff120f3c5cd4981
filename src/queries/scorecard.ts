import type { Db } from '../db/engine';
import type { Assessment } from '../domain/assessment';
import type { Catalogue, Indicator } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';
import { type Scope, scopeMembers } from '../domain/scope';
import { assessView } from './assessment';
import { fetchReportingIndex } from './available';
import { fetchIndicatorView } from './indicator-view';
import type { SeriesPoint } from './series';

export interface ScorecardRow {
  indicator: Indicator;
  /** The organisations combined for this indicator in the scope. */
  members: number;
  assessment: Assessment | null;
  /** The last 24 periods, for the sparkline. */
  recent: SeriesPoint[];
}

/**
 * Every indicator of the catalogue for one scope (the region, a trust's catchment, one
 * organisation, or a live group), combined over the scope's organisations that report it.
 */
export async function fetchScorecard(
  db: Db,
  catalogue: Catalogue,
  organisations: readonly Organisation[],
  scope: Scope,
): Promise<ScorecardRow[]> {
  const rows: ScorecardRow[] = [];
  const index = await fetchReportingIndex(db);
  for (const indicator of catalogue.indicators) {
    const reporting = new Set(index.get(indicator.id));
    const members = scopeMembers(scope, organisations, reporting);
    if (members.length === 0) {
      rows.push({ indicator, members: 0, assessment: null, recent: [] });
      continue;
    }
    const view = await fetchIndicatorView(db, indicator, members, organisations);
    rows.push({
      indicator,
      members: members.length,
      assessment: assessView(indicator, view, members),
      recent: view.points.slice(-24),
    });
  }
  return rows;
}

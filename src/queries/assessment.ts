import { z } from 'zod';
import type { Db } from '../db/engine';
import { sql } from '../db/sql';
import {
  type Assessment,
  type AssessmentOptions,
  assess,
  DEFAULT_ASSESSMENT,
} from '../domain/assessment';
import type { Catalogue, Indicator } from '../domain/catalogue';
import type { Organisation } from '../domain/organisations';
import { fetchIndicatorView, type IndicatorViewData } from './indicator-view';

const pairSchema = z.object({ org_code: z.string(), indicator_id: z.string() });

export interface AssessedPair {
  organisation: Organisation;
  indicator: Indicator;
  assessment: Assessment;
}

/** Assesses a fetched view of the selected organisations. */
export function assessView(
  indicator: Indicator,
  view: IndicatorViewData,
  selected: readonly Organisation[],
  options: AssessmentOptions = DEFAULT_ASSESSMENT,
): Assessment {
  // A combination has no single go-live; its SPC is then computed over the whole series.
  const goLive = selected.length === 1 ? (selected[0]?.go_live ?? null) : null;
  return assess(indicator, view.points, view.baseline, goLive, options);
}

/** One organisation's (or one combination's) assessment of an indicator, from loaded data. */
export async function fetchAssessment(
  db: Db,
  indicator: Indicator,
  selected: readonly Organisation[],
  allOrganisations: readonly Organisation[],
  options: AssessmentOptions = DEFAULT_ASSESSMENT,
): Promise<Assessment> {
  const view = await fetchIndicatorView(db, indicator, selected, allOrganisations);
  return assessView(indicator, view, selected, options);
}

/** Every organisation × indicator with loaded observations, assessed, in catalogue order. */
export async function assessAll(
  db: Db,
  catalogue: Catalogue,
  organisations: readonly Organisation[],
  options: AssessmentOptions = DEFAULT_ASSESSMENT,
): Promise<AssessedPair[]> {
  const pairs = await db.query(
    'organisation × indicator pairs',
    sql`SELECT DISTINCT org_code, indicator_id FROM observations ORDER BY indicator_id, org_code`,
    pairSchema,
  );
  const present = new Set(pairs.map((p) => `${p.indicator_id} ${p.org_code}`));
  const out: AssessedPair[] = [];
  for (const indicator of catalogue.indicators) {
    for (const organisation of organisations) {
      if (!present.has(`${indicator.id} ${organisation.code}`)) continue;
      const assessment = await fetchAssessment(
        db,
        indicator,
        [organisation],
        organisations,
        options,
      );
      out.push({ organisation, indicator, assessment });
    }
  }
  return out;
}

import { type Direction, type Indicator, rateMultiplier } from '../../src/domain/catalogue';
import { OBSERVATION_COLUMNS } from '../../src/domain/observations';
import type { IndicatorSpec } from './catalogue';
import { toCsv } from './csv';
import {
  type GoLiveEffect,
  type MonthContext,
  type SeriesModel,
  seasonFactor,
  seriesModel,
} from './models';
import { compareCodes, type OrgRow } from './organisations';
import { MONTH_COUNT, type OrgProfile, periodLabel } from './profiles';
import { binomial, intBetween, lognormalFactor, type Rng, streamFor } from './random';

/** One row of observations.csv, already formatted; empty string = empty cell. */
interface ObservationRow {
  org_code: string;
  indicator_id: string;
  period: string;
  value: string;
  numerator: string;
  denominator: string;
  status: string;
}

type Cell = Pick<ObservationRow, 'value' | 'numerator' | 'denominator' | 'status'>;

/** Rows are dropped (left absent) this often, as when a month's report never arrives. */
const MISSING_SHARE = 0.002;
/** Go-live months are hectic: reports go missing more often. */
const MISSING_SHARE_GO_LIVE_MONTH = 0.08;

/**
 * Multiplier for the go-live effect `monthsSince` months after the first live month: a dip
 * (things get worse while people learn the system), then a ramp to the full improvement.
 */
function goLiveFactor(
  effect: GoLiveEffect | null,
  direction: Direction,
  monthsSince: number | null,
): number {
  if (effect === null || monthsSince === null || monthsSince < 0) return 1;
  const better = direction === 'lower_is_better' ? -1 : 1;
  if (monthsSince < effect.dipMonths) {
    const fading = 1 - monthsSince / effect.dipMonths;
    return 1 - better * effect.dip * fading;
  }
  const progress = Math.min(1, (monthsSince - effect.dipMonths + 1) / effect.rampMonths);
  return 1 + better * effect.improvement * progress;
}

/** The organisation's persistent deviation from the typical level; stable across runs. */
export function orgLevelFactor(indicatorId: string, orgCode: string, model: SeriesModel): number {
  return lognormalFactor(streamFor('org-level', indicatorId, orgCode), model.orgSpread);
}

/** The expected level in the indicator's unit, before month noise. */
function expectedLevel(
  indicator: Indicator,
  model: SeriesModel,
  profile: OrgProfile,
  monthIndex: number,
  orgFactor: number,
): number {
  const since = profile.firstLiveMonth === null ? null : monthIndex - profile.firstLiveMonth;
  const level =
    model.base(profile) *
    orgFactor *
    seasonFactor(model.season, monthIndex % 12) *
    (1 + model.trendPerYear) ** (monthIndex / 12) *
    goLiveFactor(model.goLive, indicator.direction, since);
  return Math.min(model.max, level);
}

/** Draws one month's cell: counts, value and, where the source would, suppression. */
export function drawCell(
  indicator: Indicator,
  model: SeriesModel,
  context: MonthContext,
  orgFactor: number,
): Cell {
  const expected = expectedLevel(indicator, model, context.profile, context.monthIndex, orgFactor);
  const level = Math.min(model.max, expected * lognormalFactor(context.rng, model.noise));
  const draw = model.draw;
  switch (draw.kind) {
    case 'binomial':
    case 'rounded':
    case 'amount': {
      const multiplier = rateMultiplier(indicator.unit);
      const denominator = draw.denominator(context);
      const numerator = drawNumerator(draw.kind, context.rng, denominator, level / multiplier);
      if (numerator > 0 && numerator < model.suppressAtSourceBelow) return SUPPRESSED;
      const value = ((numerator / denominator) * multiplier).toFixed(2);
      return { value, numerator: String(numerator), denominator: String(denominator), status: '' };
    }
    case 'mean': {
      const clinicians = intBetween(context.rng, draw.clinicians[0], draw.clinicians[1]);
      return {
        value: level.toFixed(1),
        numerator: '',
        denominator: String(clinicians),
        status: '',
      };
    }
    case 'total':
      return { value: String(Math.round(level)), numerator: '', denominator: '', status: '' };
  }
}

/** `:` is SSB's "suppressed for confidentiality": the number is withheld, never zero. */
const SUPPRESSED: Cell = { value: '', numerator: '', denominator: '', status: ':' };

function drawNumerator(
  kind: 'binomial' | 'rounded' | 'amount',
  rng: Rng,
  denominator: number,
  perUnit: number,
): number {
  if (kind === 'binomial') return binomial(rng, denominator, perUnit);
  return Math.round(denominator * perUnit);
}

function isMissing(gaps: Rng, profile: OrgProfile, monthIndex: number): boolean {
  const share = monthIndex === profile.firstLiveMonth ? MISSING_SHARE_GO_LIVE_MONTH : MISSING_SHARE;
  return gaps() < share;
}

/** All months 2019-01..2025-12 of one indicator for one organisation. */
function seriesRows(spec: IndicatorSpec, profile: OrgProfile): ObservationRow[] {
  const indicator = spec.indicator;
  const model = seriesModel(indicator.id);
  const orgFactor = orgLevelFactor(indicator.id, profile.code, model);
  // Separate streams: changing the gap rate must not change the values that remain.
  const rng = streamFor('observations', indicator.id, profile.code);
  const gaps = streamFor('gaps', indicator.id, profile.code);
  const rows: ObservationRow[] = [];
  for (let monthIndex = 0; monthIndex < MONTH_COUNT; monthIndex++) {
    const cell = drawCell(indicator, model, { profile, monthIndex, rng }, orgFactor);
    if (isMissing(gaps, profile, monthIndex)) continue;
    rows.push({
      org_code: profile.code,
      indicator_id: indicator.id,
      period: periodLabel(monthIndex),
      ...cell,
    });
  }
  return rows;
}

/** Every indicator for every organisation of its level, sorted by indicator, org and period. */
export function generateObservations(
  specs: readonly IndicatorSpec[],
  orgs: readonly OrgRow[],
  profiles: readonly OrgProfile[],
): ObservationRow[] {
  const profileByCode = new Map(profiles.map((profile) => [profile.code, profile]));
  const rows = specs.flatMap((spec) =>
    orgs
      .filter((org) => org.type === spec.level)
      .flatMap((org) => {
        const profile = profileByCode.get(org.code);
        if (!profile) throw new Error(`no profile for ${org.code}`);
        return seriesRows(spec, profile);
      }),
  );
  return rows.sort(
    (a, b) =>
      compareCodes(a.indicator_id, b.indicator_id) ||
      compareCodes(a.org_code, b.org_code) ||
      compareCodes(a.period, b.period),
  );
}

export function observationsCsv(rows: readonly ObservationRow[]): string {
  return toCsv(
    OBSERVATION_COLUMNS,
    rows.map((row) => OBSERVATION_COLUMNS.map((column) => row[column])),
  );
}

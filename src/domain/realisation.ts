import { type Indicator, type PlanPoint, rateMultiplier } from './catalogue';

/**
 * Realised NOK (gevinst i kroner): what an indicator's change since its baseline is worth, per
 * organisation and month. Pure; the SQL that feeds it is in src/queries/realisation.ts.
 *
 *   realised NOK = improvement × volume × nok_per_unit
 *
 * - improvement: baseline − month (lower is better) or month − baseline (higher is better), in
 *   the indicator's *natural* unit: for a rate that is events per denominator (the shown value
 *   divided by the rate multiplier, so 1 percentage point = 0.01).
 * - volume: the month's own denominator for a rate (admissions, inhabitants) and for a mean (the
 *   clinicians measured); 1 for a sum, whose value is already a monthly total.
 * So for a rate, improvement × volume = baseline events expected at this month's volume − the
 * events that happened: the avoided events. Using the month's volume, not the baseline's, keeps
 * population growth from counting as a benefit or a loss.
 *
 * Conservative by construction: only months from the organisation's go-live month on count; a
 * month without a number (missing, suppressed, no denominator) counts nothing rather than being
 * imputed; a worse month counts negative and is never floored at zero; for a mean, volume is the
 * clinicians *measured*, a lower bound of those who benefit.
 *
 * Small numbers are not handled here: src/queries/suppress.ts hides every count below its
 * indicator's min_n (and the totals that would give it back) in the database itself, before
 * anything reads it. A hidden cell has no value and no count, so it realises nothing, and no
 * NOK figure built from what is left can reveal it.
 */

/** What the calculation needs from a catalogue indicator. */
export type PricedIndicator = Pick<
  Indicator,
  'id' | 'unit' | 'direction' | 'aggregation' | 'nok_per_unit'
>;

/** One organisation's observation of one month, as stored. */
export interface MonthObservation {
  /** `YYYY-MM` */
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** One indicator × organisation × month, with every step shown so a deviation can be explained. */
export interface RealisedCell {
  indicator_id: string;
  org_code: string;
  period: string;
  /** The organisation's baseline, in the indicator's shown unit. */
  baseline: number;
  /** This month's value, in the shown unit (for a rate: exact numerator / denominator). */
  current: number;
  /** Units improved: avoided events (rate), unit-months (mean), or units of the value (sum). */
  units: number;
  nok: number;
}

/** A month counts from the month the organisation went live (the month its baseline ends). */
export function countsForRealisation(period: string, goLive: string | null): boolean {
  return goLive !== null && period >= goLive.slice(0, 7);
}

/** Signed change in the good direction: positive = better than the baseline. */
export function improvement(direction: Indicator['direction'], baseline: number, current: number) {
  return direction === 'lower_is_better' ? baseline - current : current - baseline;
}

interface Measured {
  current: number;
  /** Improvement in natural units, times the month's volume. */
  units: number;
}

/** This month's value and its units improved, or null when the month has no usable number. */
function measure(
  indicator: PricedIndicator,
  baseline: number,
  obs: MonthObservation,
): Measured | null {
  const { numerator, denominator, value } = obs;
  switch (indicator.aggregation) {
    case 'rate': {
      if (denominator === null || denominator <= 0) return null;
      const multiplier = rateMultiplier(indicator.unit);
      // The stored value is rounded; numerator / denominator is exact where both are given.
      const current = numerator !== null ? (numerator / denominator) * multiplier : value;
      if (current === null) return null;
      const perUnit = improvement(indicator.direction, baseline, current) / multiplier;
      return { current, units: perUnit * denominator };
    }
    case 'mean':
      if (value === null || denominator === null || denominator <= 0) return null;
      return {
        current: value,
        units: improvement(indicator.direction, baseline, value) * denominator,
      };
    case 'sum':
      if (value === null) return null;
      return {
        current: value,
        units: improvement(indicator.direction, baseline, value),
      };
  }
}

/**
 * One organisation's realised cell for one month, or null when it does not count: no price, no
 * baseline, a month before go-live, or no usable number.
 */
export function realiseMonth(
  indicator: PricedIndicator,
  orgCode: string,
  baseline: number | null,
  goLive: string | null,
  obs: MonthObservation,
): RealisedCell | null {
  const price = indicator.nok_per_unit;
  if (price === null || baseline === null || !countsForRealisation(obs.period, goLive)) {
    return null;
  }
  const measured = measure(indicator, baseline, obs);
  if (measured === null) return null;
  return {
    indicator_id: indicator.id,
    org_code: orgCode,
    period: obs.period,
    baseline,
    ...measured,
    nok: measured.units * price,
  };
}

/** One organisation's realised cells over its months (see `realiseMonth`). */
export function realiseOrganisation(
  indicator: PricedIndicator,
  orgCode: string,
  baseline: number | null,
  goLive: string | null,
  observations: readonly MonthObservation[],
): RealisedCell[] {
  return observations.flatMap((obs) => {
    const cell = realiseMonth(indicator, orgCode, baseline, goLive, obs);
    return cell === null ? [] : [cell];
  });
}

/** `YYYY-MM` as a month count, for month arithmetic without time zones. */
export function monthIndex(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

/** The `YYYY-MM` of a month count. */
export function periodOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = monthIndex(first); m <= monthIndex(last); m++) months.push(periodOf(m));
  return months;
}

/**
 * The cumulative plan by the end of `period`: linear between plan points (a yearly plan is
 * spread evenly over the year), flat after the last one, null before the first (not planned).
 */
export function plannedCumulative(plan: readonly PlanPoint[], period: string): number | null {
  const at = monthIndex(period);
  let previous: PlanPoint | undefined;
  for (const point of plan) {
    const pointAt = monthIndex(point.date);
    if (at === pointAt) return point.nok;
    if (at < pointAt) {
      if (previous === undefined) return null;
      const from = monthIndex(previous.date);
      return previous.nok + ((point.nok - previous.nok) * (at - from)) / (pointAt - from);
    }
    previous = point;
  }
  return previous?.nok ?? null;
}

/** One organisation's month for one benefit: the sum over the benefit's priced indicators. */
export interface OrgMonth {
  period: string;
  nok: number;
  cumulative: number;
  /** Realised cells behind the month; 0 = nothing reported (counted as NOK 0, not imputed). */
  cells: number;
}

/** The benefit over all the organisations, against its plan. */
export interface TotalMonth {
  period: string;
  nok: number;
  cumulative: number;
  /** Cumulative plan by the end of the month; null before the plan starts or without a plan. */
  planned: number | null;
  /** Organisations with at least one realised cell this month. */
  organisations: number;
}

export interface BenefitRealisation {
  benefit_id: string;
  /** The benefit's indicators that carry a NOK value; empty = nothing to realise in NOK. */
  priced_indicators: string[];
  cells: RealisedCell[];
  organisations: { org_code: string; months: OrgMonth[] }[];
  total: TotalMonth[];
}

/** Adds a running total to months in order. */
function withCumulative<T extends { nok: number }>(months: readonly T[]) {
  let running = 0;
  return months.map((month) => {
    running += month.nok;
    return { ...month, cumulative: running };
  });
}

/**
 * One organisation's months from its go-live month to `last`, each the sum of its cells, with a
 * running total. A month without cells is NOK 0 so the cumulative line does not jump.
 */
export function organisationMonths(
  cells: readonly RealisedCell[],
  goLive: string | null,
  last: string,
): OrgMonth[] {
  if (goLive === null || goLive.slice(0, 7) > last) return [];
  const months = monthsBetween(goLive.slice(0, 7), last).map((period) => {
    const inMonth = cells.filter((cell) => cell.period === period);
    return {
      period,
      nok: inMonth.reduce((sum, cell) => sum + cell.nok, 0),
      cells: inMonth.length,
    };
  });
  return withCumulative(months);
}

/** Builds the benefit's series per organisation and in total from its realised cells. */
export function buildBenefitRealisation(input: {
  benefitId: string;
  plan: readonly PlanPoint[];
  pricedIndicators: readonly string[];
  cells: readonly RealisedCell[];
  goLives: ReadonlyMap<string, string | null>;
  /** The last month with data; the series end there. */
  last: string | null;
}): BenefitRealisation {
  const { cells, goLives, last } = input;
  const organisations =
    last === null
      ? []
      : [...goLives].flatMap(([orgCode, goLive]) => {
          const months = organisationMonths(
            cells.filter((cell) => cell.org_code === orgCode),
            goLive,
            last,
          );
          return months.length === 0 ? [] : [{ org_code: orgCode, months }];
        });
  return {
    benefit_id: input.benefitId,
    priced_indicators: [...input.pricedIndicators],
    cells: [...cells],
    organisations,
    total: totalMonths(organisations, input.plan),
  };
}

/** Sums the organisations month by month and sets the plan beside the running total. */
function totalMonths(
  organisations: BenefitRealisation['organisations'],
  plan: readonly PlanPoint[],
): TotalMonth[] {
  const byPeriod = new Map<string, { nok: number; organisations: number }>();
  for (const org of organisations) {
    for (const month of org.months) {
      const entry = byPeriod.get(month.period) ?? { nok: 0, organisations: 0 };
      entry.nok += month.nok;
      if (month.cells > 0) entry.organisations += 1;
      byPeriod.set(month.period, entry);
    }
  }
  const periods = [...byPeriod.keys()].sort();
  const first = periods[0];
  const lastPeriod = periods[periods.length - 1];
  if (first === undefined || lastPeriod === undefined) return [];
  // Organisations go live at different times: the total runs over every month from the first.
  const months = monthsBetween(first, lastPeriod).map((period) => ({
    period,
    nok: byPeriod.get(period)?.nok ?? 0,
    organisations: byPeriod.get(period)?.organisations ?? 0,
    planned: plannedCumulative(plan, period),
  }));
  return withCumulative(months);
}

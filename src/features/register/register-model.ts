import {
  type Area,
  areaSchema,
  type Benefit,
  type Catalogue,
  type Indicator,
  type PlanPoint,
} from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import {
  type BenefitRealisation,
  monthsBetween,
  plannedCumulative,
  type TotalMonth,
} from '../../domain/realisation';
import type { Scope } from '../../domain/scope';

/**
 * What the register page shows, computed without React so it can be tested on its own: the
 * benefit map's grouping, which benefit is open, and which NOK figures may be shown at all.
 */

/** A benefit with its indicators, in catalogue order. */
export interface MappedBenefit {
  benefit: Benefit;
  indicators: Indicator[];
}

/** The benefit map: effect goal (area) → benefit → indicator, areas in the programme's order. */
export function benefitMap(catalogue: Catalogue): { area: Area; benefits: MappedBenefit[] }[] {
  return areaSchema.options
    .map((area) => ({
      area,
      benefits: catalogue.benefits
        .filter((b) => b.area === area)
        .map((benefit) => ({
          benefit,
          indicators: catalogue.indicators.filter((i) => i.benefit_id === benefit.id),
        })),
    }))
    .filter((group) => group.benefits.length > 0);
}

/**
 * Whether the benefit can be realised in NOK: a priced type *and* an indicator with a price. A
 * benefit typed as freed capacity with no priced indicator yet has nothing to count in kroner.
 */
export function isPriced(catalogue: Catalogue, benefit: Benefit): boolean {
  return (
    benefit.type !== 'unpriced' &&
    catalogue.indicators.some((i) => i.benefit_id === benefit.id && i.nok_per_unit !== null)
  );
}

/** Why a benefit has no NOK, so the page can say which of the two it is. */
export type UnpricedReason = 'unpriced' | 'no_priced_indicator';

export function unpricedReason(catalogue: Catalogue, benefit: Benefit): UnpricedReason | null {
  if (benefit.type === 'unpriced') return 'unpriced';
  return isPriced(catalogue, benefit) ? null : 'no_priced_indicator';
}

export interface OpenBenefit {
  benefit: Benefit;
  /** The URL named a benefit that is not in the catalogue (it is shown the default instead). */
  unknown: string | null;
}

/**
 * The benefit the URL opens, else the first priced one (the page is about kroner first), else
 * the first of all. Null only for an empty catalogue, which the schema forbids.
 */
export function openBenefit(catalogue: Catalogue, requested: string | undefined): OpenBenefit {
  const named = catalogue.benefits.find((b) => b.id === requested);
  if (named !== undefined) return { benefit: named, unknown: null };
  const fallback =
    catalogue.benefits.find((b) => isPriced(catalogue, b)) ?? (catalogue.benefits[0] as Benefit);
  return { benefit: fallback, unknown: requested ?? null };
}

/**
 * The benefit's plan is one cumulative profile for every organisation together, so it can be
 * set against what a scope realised only when that scope holds every organisation that can
 * realise anything: the region, or all the organisations live today (the not-yet-live realise
 * nothing, so the live group's NOK is the region's).
 */
export function planApplies(scope: Scope): boolean {
  return scope.kind === 'region' || (scope.kind === 'live_group' && scope.live);
}

/** One month of the total, with whether its figures may be shown. */
export interface ShownMonth extends TotalMonth {
  /**
   * False when the month's cumulative point would give small counts away (see protectTotal).
   * The line runs straight across such months; tables skip them.
   */
  shown: boolean;
}

/**
 * Marks the total months whose cumulative point must not be shown. The difference between two
 * shown points reveals the sum of the counts behind the months between them (baselines and
 * volumes are known), and that sum is large enough when at least one organisation's own count
 * in those months is. So a month whose reporters all have small counts is withheld, and so is
 * every month after it until one with a large enough count closes the gap: a month in which
 * nobody reported adds NOK 0 and would otherwise show the withheld month's NOK unchanged.
 */
export function protectTotal(realisation: BenefitRealisation): ShownMonth[] {
  const counts = new Map<string, { reported: number; small: number }>();
  for (const org of realisation.organisations) {
    for (const month of org.months) {
      if (month.cells === 0) continue;
      const entry = counts.get(month.period) ?? { reported: 0, small: 0 };
      entry.reported += 1;
      if (month.small_count) entry.small += 1;
      counts.set(month.period, entry);
    }
  }
  let open = false;
  return realisation.total.map((month) => {
    const entry = counts.get(month.period);
    if (entry !== undefined) open = entry.small === entry.reported;
    return { ...month, shown: !open };
  });
}

/** The last month whose figures are shown: where "realised to date" stands. */
export function lastShown(months: readonly ShownMonth[]): ShownMonth | null {
  return months.findLast((m) => m.shown) ?? null;
}

/** One month of the chart: the shown cumulative NOK and the cumulative plan. */
export interface ChartRow {
  period: string;
  /** Null where the month is withheld or outside the realised series. */
  realised: number | null;
  /** Null before the plan starts. */
  planned: number | null;
}

/**
 * The chart's months: from the earlier of the plan's start and the first go-live to the later
 * of the last month with data and the plan's end, so the reader sees where the plan is headed.
 */
export function chartRows(months: readonly ShownMonth[], plan: readonly PlanPoint[]): ChartRow[] {
  const starts = [months[0]?.period, plan[0]?.date].filter((p) => p !== undefined).sort();
  const ends = [months.at(-1)?.period, plan.at(-1)?.date].filter((p) => p !== undefined).sort();
  const first = starts[0];
  const last = ends.at(-1);
  if (first === undefined || last === undefined) return [];
  const byPeriod = new Map(months.map((m) => [m.period, m]));
  return monthsBetween(first, last).map((period) => {
    const month = byPeriod.get(period);
    return {
      period,
      realised: month?.shown === true ? month.cumulative : null,
      planned: plannedCumulative(plan, period),
    };
  });
}

/** One year of the total, read off the shown cumulative line. */
export interface YearRow {
  year: string;
  /** The last shown month of the year: December, or the latest month of a year in progress. */
  through: string;
  /** Realised in the year: this row's cumulative less the previous row's. */
  realised: number;
  cumulative: number;
  planned: number | null;
}

/**
 * The total per year, from the shown months only. Every figure is a shown cumulative point or
 * the difference of two, so the table tells nothing the chart does not.
 */
export function yearRows(months: readonly ShownMonth[]): YearRow[] {
  const lastOfYear = new Map<string, ShownMonth>();
  for (const month of months) if (month.shown) lastOfYear.set(month.period.slice(0, 4), month);
  let previous = 0;
  return [...lastOfYear].map(([year, month]) => {
    const row = {
      year,
      through: month.period,
      realised: month.cumulative - previous,
      cumulative: month.cumulative,
      planned: month.planned,
    };
    previous = month.cumulative;
    return row;
  });
}

/** One organisation's realised NOK to date, for the ranked table. */
export interface OrganisationRow {
  organisation: Organisation;
  /** Cumulative NOK through the month the total stands at; null = withheld (small numbers). */
  cumulative: number | null;
  /** 1 = most realised; null for a withheld row, which is listed last so no rank hints at it. */
  rank: number | null;
  /** Months from go-live to the total's last shown month with at least one number. */
  reportedMonths: number;
}

/**
 * Each organisation's cumulative NOK through `through` (the total's last shown month, so the
 * rows add up to the total shown), ranked from most realised.
 *
 * Small numbers: an organisation's cumulative reveals the sum of its counts over the months,
 * which is large enough if any one month's count is. An organisation whose every reported month
 * is small is withheld; and when any is, the shown organisation with the smallest amount is
 * withheld too, so the total less the shown rows does not give the first away.
 */
export function organisationRows(
  realisation: BenefitRealisation,
  organisations: readonly Organisation[],
  through: string,
): OrganisationRow[] {
  const byCode = new Map(organisations.map((o) => [o.code, o]));
  const rows = realisation.organisations.flatMap(({ org_code, months }) => {
    const organisation = byCode.get(org_code);
    if (organisation === undefined) return [];
    const upTo = months.filter((m) => m.period <= through);
    const reported = upTo.filter((m) => m.cells > 0);
    return [
      {
        organisation,
        amount: upTo.at(-1)?.cumulative ?? 0,
        reportedMonths: reported.length,
        allSmall: reported.length > 0 && reported.every((m) => m.small_count),
      },
    ];
  });
  const withheld = new Set(rows.filter((r) => r.allSmall).map((r) => r.organisation.code));
  if (withheld.size > 0) {
    const smallest = rows
      .filter((r) => !withheld.has(r.organisation.code))
      .sort((a, b) => Math.abs(a.amount) - Math.abs(b.amount))[0];
    if (smallest !== undefined) withheld.add(smallest.organisation.code);
  }
  const byName = (a: { organisation: Organisation }, b: { organisation: Organisation }) =>
    a.organisation.name.localeCompare(b.organisation.name, 'nb');
  const shown = rows
    .filter((r) => !withheld.has(r.organisation.code))
    .sort((a, b) => b.amount - a.amount || byName(a, b))
    .map((r, index) => ({
      organisation: r.organisation,
      cumulative: r.amount,
      rank: index + 1,
      reportedMonths: r.reportedMonths,
    }));
  const hidden = rows
    .filter((r) => withheld.has(r.organisation.code))
    .sort(byName)
    .map((r) => ({
      organisation: r.organisation,
      cumulative: null,
      rank: null,
      reportedMonths: r.reportedMonths,
    }));
  return [...shown, ...hidden];
}

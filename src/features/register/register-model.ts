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
 * benefit map's grouping, which benefit is open, and the chart's and tables' rows. Small numbers
 * need nothing here: src/queries/suppress.ts hid them in the database before any view reads it.
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

/** One month of the chart: the cumulative NOK realised and the cumulative plan. */
export interface ChartRow {
  period: string;
  /** Null outside the realised series. */
  realised: number | null;
  /** Null before the plan starts. */
  planned: number | null;
}

/**
 * The chart's months: from the earlier of the plan's start and the first go-live to the later
 * of the last month with data and the plan's end, so the reader sees where the plan is headed.
 */
export function chartRows(months: readonly TotalMonth[], plan: readonly PlanPoint[]): ChartRow[] {
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
      realised: month?.cumulative ?? null,
      planned: plannedCumulative(plan, period),
    };
  });
}

/** One year of the total, read off the cumulative line. */
export interface YearRow {
  year: string;
  /** The last month of the year: December, or the latest month of a year in progress. */
  through: string;
  /** Realised in the year: this row's cumulative less the previous row's. */
  realised: number;
  cumulative: number;
  planned: number | null;
}

/**
 * The total per year. Every figure is a cumulative point of the chart or the difference of two,
 * so the table and the chart agree.
 */
export function yearRows(months: readonly TotalMonth[]): YearRow[] {
  const lastOfYear = new Map<string, TotalMonth>();
  for (const month of months) lastOfYear.set(month.period.slice(0, 4), month);
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
  /** Cumulative NOK through the month the total stands at. */
  cumulative: number;
  /** 1 = most realised. */
  rank: number;
  /** Months from go-live to the total's last month with at least one number. */
  reportedMonths: number;
}

/**
 * Each organisation's cumulative NOK through `through` (the total's last month, so the rows add
 * up to the total shown), ranked from most realised, ties by name.
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
    return [
      {
        organisation,
        cumulative: upTo.at(-1)?.cumulative ?? 0,
        reportedMonths: upTo.filter((m) => m.cells > 0).length,
      },
    ];
  });
  return rows
    .sort(
      (a, b) =>
        b.cumulative - a.cumulative || a.organisation.name.localeCompare(b.organisation.name, 'nb'),
    )
    .map((row, index) => ({ ...row, rank: index + 1 }));
}

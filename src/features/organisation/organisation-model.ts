import { type Area, areaSchema, type Benefit, type Catalogue } from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import type { ScorecardRow } from '../../queries/scorecard';

/**
 * The organisation pages' plain logic, kept apart from React and from the bundled reference
 * files so it can be tested in Node with any organisation list or catalogue.
 */

/** One health trust with the organisations in its catchment, the trust itself first. */
export interface CatchmentGroup {
  trust: Organisation;
  members: Organisation[];
}

export interface CatchmentGrouping {
  catchments: CatchmentGroup[];
  /** Organisations in no trust's catchment: the RHF, and any whose parent is not a trust. */
  others: Organisation[];
}

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, 'nb');

/**
 * Organisations by health-trust catchment, trusts in the order of the list (the reference file's
 * order, which the scope select uses too) and the members of each by name, as a reader looks
 * for them (Æ, Ø and Å last, as in Norwegian).
 */
export function groupByCatchment(organisations: readonly Organisation[]): CatchmentGrouping {
  const trusts = organisations.filter((o) => o.type === 'health_trust');
  const trustCodes = new Set(trusts.map((t) => t.code));
  const catchments = trusts.map((trust) => ({
    trust,
    members: [
      trust,
      ...organisations
        .filter((o) => o.parent === trust.code && o.type !== 'health_trust')
        .sort(byName),
    ],
  }));
  const others = organisations.filter(
    (o) => !trustCodes.has(o.code) && (o.parent === null || !trustCodes.has(o.parent)),
  );
  return { catchments, others };
}

/** The organisation a given one belongs to (a municipality's trust, a trust's RHF), if known. */
export function parentOf(
  organisation: Organisation,
  organisations: readonly Organisation[],
): Organisation | null {
  if (organisation.parent === null) return null;
  return organisations.find((o) => o.code === organisation.parent) ?? null;
}

export type GoLiveState =
  | { kind: 'live'; date: string; assumed: boolean }
  | { kind: 'planned'; date: string; assumed: boolean }
  | { kind: 'not_live' };

/** Whether an organisation is live on `today` (ISO date), has a date ahead, or has none. */
export function goLiveState(organisation: Organisation, today: string): GoLiveState {
  const date = organisation.go_live;
  if (date === null) return { kind: 'not_live' };
  const assumed = organisation.go_live_assumed;
  return date <= today ? { kind: 'live', date, assumed } : { kind: 'planned', date, assumed };
}

export interface BenefitOwnerEntry {
  benefit: Benefit;
  /** A role title, never a person's name (see domain/catalogue.ts). */
  owner: string;
}

/** The benefit owners (gevinsteiere) the catalogue names for one organisation, in map order. */
export function benefitOwnersFor(catalogue: Catalogue, orgCode: string): BenefitOwnerEntry[] {
  return catalogue.benefits.flatMap((benefit) => {
    const entry = benefit.owners.find((o) => o.org_code === orgCode);
    return entry === undefined ? [] : [{ benefit, owner: entry.owner }];
  });
}

export interface BenefitGroup {
  benefit: Benefit;
  /** The benefit's indicators that the organisation reports, in catalogue order. */
  rows: ScorecardRow[];
}

export interface AreaGroup {
  area: Area;
  /** Benefits with at least one reported indicator. */
  benefits: BenefitGroup[];
  /** The area's indicators the organisation has no numbers for. */
  unreported: ScorecardRow[];
}

/** Whether a scorecard row has numbers for its scope. */
export const isReported = (row: ScorecardRow) => row.members > 0 && row.assessment !== null;

/**
 * Area → benefit → indicator, as on the benefit map. Indicators without numbers are set aside
 * per area, so the tables hold only what can be read and the rest is named once, briefly.
 * Areas with nothing at all (no benefit in the catalogue) are left out.
 */
export function groupByArea(catalogue: Catalogue, rows: readonly ScorecardRow[]): AreaGroup[] {
  return areaSchema.options.flatMap((area) => {
    const benefits = catalogue.benefits.filter((b) => b.area === area);
    if (benefits.length === 0) return [];
    const ofBenefit = (benefit: Benefit) =>
      rows.filter((row) => row.indicator.benefit_id === benefit.id);
    return [
      {
        area,
        benefits: benefits
          .map((benefit) => ({ benefit, rows: ofBenefit(benefit).filter(isReported) }))
          .filter((group) => group.rows.length > 0),
        unreported: benefits.flatMap((b) => ofBenefit(b).filter((row) => !isReported(row))),
      },
    ];
  });
}

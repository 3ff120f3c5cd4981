import type { Db } from '../../db/engine';
import type { Benefit, Catalogue } from '../../domain/catalogue';
import type { Organisation } from '../../domain/organisations';
import type { BenefitRealisation } from '../../domain/realisation';
import { type Scope, scopeMembers } from '../../domain/scope';
import { fetchReportingIndex } from '../../queries/available';
import { fetchBenefitRealisation } from '../../queries/realisation';

export interface RegisterRealisation {
  /** The scope's organisations that report at least one of the benefit's priced indicators. */
  members: Organisation[];
  realisation: BenefitRealisation;
}

/**
 * One benefit's realised NOK over a scope. The scope is narrowed to the organisations that
 * report a priced indicator of the benefit, so "nobody reports it here" and "nobody is live
 * here yet" can be told apart from "no numbers after go-live".
 */
export async function fetchRegisterRealisation(
  db: Db,
  catalogue: Catalogue,
  benefit: Benefit,
  scope: Scope,
  organisations: readonly Organisation[],
): Promise<RegisterRealisation> {
  const priced = catalogue.indicators.filter(
    (i) => i.benefit_id === benefit.id && i.nok_per_unit !== null,
  );
  const index = await fetchReportingIndex(db);
  const reporting = priced.map((i) => index.get(i.id) ?? []);
  // The members of several indicators at once: a trust reporting one of them beside
  // municipalities reporting another is no total of theirs, so totals are kept (see scope.ts).
  const members = scopeMembers(scope, organisations, new Set(reporting.flat()), true);
  const realisation = await fetchBenefitRealisation(db, catalogue, benefit, members, organisations);
  return { members, realisation };
}

import type { Organisation } from './organisations';

/**
 * The programme's twelve municipal regions: the regional working group of 2018 had one member
 * for each of the existing health and ICT collaborations of Trøndelag and Møre og Romsdal
 * (docs/programme.md, «Municipal regions»). `datasets/municipal-regions.csv` says which
 * municipality is in which; `basis` says whether the programme's slides name it or it is our
 * assumption.
 */
export interface MunicipalRegion {
  id: string;
  name: string;
  members: readonly { code: string; basis: 'slides' | 'assumed' }[];
}

/** The programme's organisations with each municipality's region set. */
export function withMunicipalRegions(
  organisations: readonly Organisation[],
  regions: readonly MunicipalRegion[],
): Organisation[] {
  const regionOf = new Map(regions.flatMap((r) => r.members.map((m) => [m.code, r.id] as const)));
  return organisations.map((org) => ({ ...org, municipal_region: regionOf.get(org.code) ?? null }));
}

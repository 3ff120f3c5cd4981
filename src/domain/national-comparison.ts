import type { Organisation } from './organisations';
import { ancestors, indexed, inProgramme, scopeMembers, withoutTotals } from './scope';

/**
 * The groups an indicator's page sets side by side (docs/national-register.md, «National
 * comparison»): the programme's region, the rest of Norway, and each other RHF.
 */
export type ComparisonGroup =
  | { kind: 'programme'; members: Organisation[] }
  | { kind: 'rest_of_country'; members: Organisation[] }
  | { kind: 'rhf'; code: string; name: string; members: Organisation[] };

/**
 * The groups, each with those of its organisations that report (less totals, as in every scope).
 * *The rest of Norway* is every organisation outside the programme that is not above one in it:
 * the nation and the programme's counties (Trøndelag, Møre og Romsdal, and Nordland, which holds
 * Bindal) report for the programme's territory too, so they belong to neither side. An RHF is
 * left out where none of its organisations reports.
 */
export function comparisonGroups(
  organisations: readonly Organisation[],
  reporting: ReadonlySet<string>,
): ComparisonGroup[] {
  const byCode = indexed(organisations);
  const programmeSide = organisations.filter((o) => inProgramme(o, byCode));
  const aboveProgramme = new Set(programmeSide.flatMap((o) => [...ancestors(o, byCode)]));
  const rest = organisations.filter(
    (o) =>
      reporting.has(o.code) &&
      !inProgramme(o, byCode) &&
      !aboveProgramme.has(o.code) &&
      o.type !== 'nation',
  );
  const otherRhfs = organisations.filter((o) => o.type === 'rhf' && !o.programme);
  const groups: ComparisonGroup[] = [
    { kind: 'programme', members: scopeMembers({ kind: 'region' }, organisations, reporting) },
    { kind: 'rest_of_country', members: withoutTotals(rest, organisations) },
    ...otherRhfs.map(
      (rhf): ComparisonGroup => ({
        kind: 'rhf',
        code: rhf.code,
        name: rhf.name,
        members: scopeMembers({ kind: 'rhf', code: rhf.code }, organisations, reporting),
      }),
    ),
  ];
  return groups.filter((group) => group.kind === 'programme' || group.members.length > 0);
}

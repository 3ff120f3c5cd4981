import { toCsv } from '../datasets/csv';
import { NATION_ORG_NR, PRIVATE_ORG_NR, type StructureRow } from './read-skde-structure';

/** SKDE's hospital structure: nation → RHF → health trust → hospital, by org number. */
export const HEALTH_ORGANISATIONS_FILE = 'health-organisations.csv';

const HEADER = ['org_nr', 'name', 'short_name', 'level', 'type', 'parent_org_nr'];

type OrganisationType = 'nation' | 'rhf' | 'health_trust' | 'private' | 'hospital';

/**
 * The type follows from where SKDE puts a row. Level 2 under an RHF is a health trust even when
 * it is a private non-profit hospital with an agreement (Lovisenberg, Diakonhjemmet): SKDE counts
 * it in the region. Level 2 under `999` is a private hospital outside every RHF's own activity,
 * and `999` itself is the group of them.
 */
export function organisationType(row: StructureRow): OrganisationType {
  if (row.level === 0) return 'nation';
  if (row.level === 1) return row.orgNr === PRIVATE_ORG_NR ? 'private' : 'rhf';
  if (row.level === 2) return row.parentOrgNr === PRIVATE_ORG_NR ? 'private' : 'health_trust';
  return 'hospital';
}

export function healthOrganisationsCsv(structure: readonly StructureRow[]): string {
  checkTree(structure);
  const rows = [...structure]
    .sort((a, b) => a.level - b.level || (a.orgNr < b.orgNr ? -1 : a.orgNr > b.orgNr ? 1 : 0))
    .map((row) => [
      row.orgNr,
      row.name,
      row.shortName,
      row.level,
      organisationType(row),
      row.parentOrgNr,
    ]);
  return toCsv(HEADER, rows);
}

/** One nation at the top, unique numbers, and every parent one level up. */
function checkTree(structure: readonly StructureRow[]): void {
  const byOrgNr = new Map(structure.map((row) => [row.orgNr, row]));
  if (byOrgNr.size !== structure.length) throw new Error('SKDE structure repeats an org number');
  const nations = structure.filter((row) => row.level === 0);
  if (nations.length !== 1 || nations[0]?.orgNr !== NATION_ORG_NR) {
    throw new Error(`SKDE structure: expected one nation row, org number ${NATION_ORG_NR}`);
  }
  for (const row of structure) {
    if (row.parentOrgNr === null) continue;
    const parent = byOrgNr.get(row.parentOrgNr);
    if (parent?.level !== row.level - 1) {
      throw new Error(
        `SKDE structure: ${row.orgNr}'s parent ${row.parentOrgNr} is not one level up`,
      );
    }
  }
}

import { toCsv } from '../datasets/csv';
import type { CurrentTarget } from './code-mapping';
import type { Municipality } from './read-klass';
import type { CatchmentArea } from './read-skde-catchments';
import type { StructureRow } from './read-skde-structure';

/** Each 2024 municipality's somatic catchment health trust (and Oslo's, district by district). */
export const CATCHMENT_SOMATIC_FILE = 'catchment-somatic-2024.csv';

const HEADER = [
  'code',
  'name',
  'level',
  'catchment',
  'health_trust_org_nr',
  'health_trust_name',
  'source_code',
  'derivation',
];

/** Oslo is split between four trusts, so SKDE lists its districts, never the municipality. */
const OSLO = '0301';

/**
 * SKDE's catchment short names are the structure's `Kortnavn` without ` HF`, except this one.
 */
const TRUST_SHORT_NAME_BY_CATCHMENT: Record<string, string> = { Ahus: 'Akershus HF' };

export interface CatchmentRow {
  code: string;
  name: string;
  level: 'municipality' | 'district';
  catchment: string;
  trust: StructureRow;
  /** The 2020–2023 code SKDE lists, and its name as SKDE writes it. */
  sourceCode: string;
  sourceName: string;
  derivation: 'same code' | 'renumbered' | 'split: each part inherits the catchment';
}

/**
 * SKDE's table uses the codes of 2020–2023; each is carried to its 2024 code(s). No municipality
 * merged in 2024, so none can get two catchments; where one split (1507 Ålesund), each part keeps
 * the catchment of the whole.
 */
export function catchmentRows(
  areas: readonly CatchmentArea[],
  structure: readonly StructureRow[],
  municipalities2023: readonly Municipality[],
  municipalities2024: readonly Municipality[],
  mapping: ReadonlyMap<string, readonly CurrentTarget[]>,
): CatchmentRow[] {
  const names2024 = new Map(municipalities2024.map((m) => [m.code, m.name]));
  const codes2023 = new Set(municipalities2023.map((m) => m.code));
  const rows: CatchmentRow[] = [];
  const listed = new Set<string>();
  for (const area of areas) {
    const trust = trustOf(area.name, structure);
    for (const member of area.members) {
      if (listed.has(member.code)) throw new Error(`SKDE lists ${member.code} in two catchments`);
      listed.add(member.code);
      const base = {
        catchment: area.name,
        trust,
        sourceCode: member.code,
        sourceName: member.name,
      };
      if (member.code.length === 6) {
        if (!member.code.startsWith(OSLO))
          throw new Error(`SKDE district ${member.code} is not in Oslo`);
        rows.push({
          ...base,
          code: member.code,
          name: member.name,
          level: 'district',
          derivation: 'same code',
        });
        continue;
      }
      if (!codes2023.has(member.code))
        throw new Error(`SKDE's ${member.code} is not a 2020–2023 code`);
      const targets = mapping.get(member.code) ?? [];
      for (const target of targets) {
        const name = names2024.get(target.code);
        if (name === undefined)
          throw new Error(`${member.code} maps to ${target.code}, not a 2024 code`);
        rows.push({
          ...base,
          code: target.code,
          name,
          level: 'municipality',
          derivation:
            targets.length > 1
              ? 'split: each part inherits the catchment'
              : target.code === member.code
                ? 'same code'
                : 'renumbered',
        });
      }
    }
  }
  const unlisted = [...codes2023].filter((code) => !listed.has(code));
  if (unlisted.join() !== OSLO)
    throw new Error(`SKDE leaves out ${unlisted.join(', ')}, not just Oslo`);
  const perCode = new Map<string, number>();
  for (const row of rows) perCode.set(row.code, (perCode.get(row.code) ?? 0) + 1);
  for (const code of names2024.keys()) {
    if (code !== OSLO && perCode.get(code) !== 1) {
      throw new Error(`${code} has ${perCode.get(code) ?? 0} somatic catchments, not one`);
    }
  }
  return rows;
}

export function catchmentCsv(rows: readonly CatchmentRow[]): string {
  const sorted = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return toCsv(
    HEADER,
    sorted.map((row) => [
      row.code,
      row.name,
      row.level,
      row.catchment,
      row.trust.orgNr,
      row.trust.name,
      row.sourceCode,
      row.derivation,
    ]),
  );
}

function trustOf(catchment: string, structure: readonly StructureRow[]): StructureRow {
  const shortName = TRUST_SHORT_NAME_BY_CATCHMENT[catchment] ?? `${catchment} HF`;
  const matches = structure.filter((row) => row.level === 2 && row.shortName === shortName);
  const [trust] = matches;
  if (matches.length !== 1 || !trust) {
    throw new Error(
      `catchment "${catchment}": ${matches.length} health trusts are called "${shortName}"`,
    );
  }
  return trust;
}

import {
  FALLBACK_HEADER_ALIASES,
  HEADER_ALIASES,
  MEASURE_HEADER_ALIASES,
  OBSERVATION_COLUMNS,
  type ObservationColumn,
} from '../domain/observations';

/** Why the columns of a file cannot be taken as they are named. */
export type HeaderProblem =
  | { kind: 'missing_columns'; columns: ObservationColumn[] }
  | { kind: 'ambiguous_column'; column: ObservationColumn; headers: string[] }
  | { kind: 'no_measure' };

/** A header as it is compared: BOM, case, surrounding and inner runs of space ignored. */
export const normaliseHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_');

const aliasTable = (aliases: Partial<Record<ObservationColumn, readonly string[]>>) =>
  new Map<string, ObservationColumn>(
    OBSERVATION_COLUMNS.flatMap((column) =>
      (aliases[column] ?? []).map((alias) => [normaliseHeader(alias), column] as const),
    ),
  );
const PRIMARY = aliasTable(HEADER_ALIASES);
const FALLBACK = aliasTable(FALLBACK_HEADER_ALIASES);
const MEASURE = new Set(MEASURE_HEADER_ALIASES.map(normaliseHeader));

export interface HeaderMatches {
  /** For each observation column, the positions of the headers that name it. */
  columns: Record<ObservationColumn, number[]>;
  /** Positions of headers that name a measure column (what the number in each row is). */
  measure: number[];
}

/**
 * Finds the columns a file's header names, in English or Norwegian, any case or order. A fallback
 * name (FHI's MEIS for the value) counts only where no column has a first-choice name.
 */
export function matchHeaders(headers: readonly string[]): HeaderMatches {
  const primary = Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, [] as number[]]));
  const fallback = Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, [] as number[]]));
  const measure: number[] = [];
  for (const [index, header] of headers.entries()) {
    const name = normaliseHeader(header);
    const column = PRIMARY.get(name);
    if (column !== undefined) primary[column]?.push(index);
    const second = FALLBACK.get(name);
    if (second !== undefined) fallback[second]?.push(index);
    if (MEASURE.has(name)) measure.push(index);
  }
  const columns = Object.fromEntries(
    OBSERVATION_COLUMNS.map((c) => {
      const first = primary[c] ?? [];
      return [c, first.length > 0 ? first : (fallback[c] ?? [])];
    }),
  ) as Record<ObservationColumn, number[]>;
  return { columns, measure };
}

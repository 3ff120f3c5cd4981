import {
  HEADER_ALIASES,
  OBSERVATION_COLUMNS,
  type ObservationColumn,
  REQUIRED_COLUMNS,
} from '../domain/observations';
import { fail, ok, type Result } from './result';

/** For each canonical column, the position of the file's column that holds it (or null). */
export type ColumnMapping = Record<ObservationColumn, number | null>;

export type HeaderProblem =
  | { kind: 'missing_columns'; columns: ObservationColumn[] }
  | { kind: 'ambiguous_column'; column: ObservationColumn; headers: string[] }
  | { kind: 'no_measure' };

const normalise = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_');

const ALIAS_TO_COLUMN = new Map<string, ObservationColumn>(
  OBSERVATION_COLUMNS.flatMap((column) =>
    HEADER_ALIASES[column].map((alias) => [normalise(alias), column] as const),
  ),
);

/**
 * Matches a file's header row to the observation contract, accepting English and Norwegian
 * names in any case and order. Unknown extra columns are ignored.
 */
export function mapHeaders(headers: readonly string[]): Result<ColumnMapping, HeaderProblem> {
  const mapping = Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, null])) as ColumnMapping;
  for (const [index, header] of headers.entries()) {
    const column = ALIAS_TO_COLUMN.get(normalise(header));
    if (column === undefined) continue;
    const earlier = mapping[column];
    if (earlier !== null) {
      return fail({
        kind: 'ambiguous_column',
        column,
        headers: [headers[earlier] ?? '', header],
      });
    }
    mapping[column] = index;
  }
  const missing = REQUIRED_COLUMNS.filter((column) => mapping[column] === null);
  if (missing.length > 0) return fail({ kind: 'missing_columns', columns: missing });
  const hasMeasure =
    mapping.value !== null || (mapping.numerator !== null && mapping.denominator !== null);
  if (!hasMeasure) return fail({ kind: 'no_measure' });
  return ok(mapping);
}

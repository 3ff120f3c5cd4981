import { z } from 'zod';
import { MEASURE_ROLES, type MeasureRole } from '../domain/observations';
import { fail, ok, type Result } from '../domain/result';
import { type HeaderProblem, normaliseHeader } from './headers';
import { periodOfHeader } from './periods';

const column = z.number().int().min(0);

/** How the organisation column writes an organisation. */
export const ORGANISATION_FORMS = [
  /** `5001`, `STO-HF`: the code itself. */
  'code',
  /** `5001 Trondheim - Tråante`, `K-5001 Trondheim` (SSB): the code is the leading number. */
  'code_and_name',
  /** `Trondheim` (FHI csv2): looked up among the organisations' names. */
  'name',
] as const;

/** How the status column writes a status. */
export const STATUS_FORMS = [
  /** SSB's symbols or free text, kept as they are. */
  'symbol',
  /** FHI's SPVFLAGG: 0 none, 1 `..`, 2 `.`, 3 `:`. */
  'fhi_flag',
] as const;

const organisationSource = z.object({ column, form: z.enum(ORGANISATION_FORMS) });
const indicatorSource = z.union([
  /** One indicator for the whole file. */
  z.object({ fixed: z.string().trim().min(1) }),
  /** From a column; `values` translates the file's words (SSB's variable text) to indicator ids. */
  z.object({ column, values: z.record(z.string(), z.string().trim().min(1)).optional() }),
]);
const periodSource = z.union([
  /** Long: the period is in this column. */
  z.object({ column }),
  /** Wide: these columns are periods, each named by its header; 'headers' = every column whose header is a period. */
  z.object({ columns: z.union([z.literal('headers'), z.array(column).min(1)]) }),
]);
const measureSource = z.object({
  column,
  /** Measure names (compared in any case) → what their number is; unlisted measures are left out. */
  values: z.record(z.string(), z.enum(MEASURE_ROLES)),
});
const statusSource = z.object({ column, form: z.enum(STATUS_FORMS) });

/**
 * Which column of a file holds what: the analyst's confirmed answer when the import cannot decide
 * on its own (see `prepareImport`'s `mapping_needed`). Columns are positions in the header row
 * (0 = first). JSON-safe, so the page can keep it in localStorage under `mappingKey(headers)`.
 *
 * In a long file the numbers are in `value`, `numerator` and `denominator` (or, with a `measure`
 * column, in `value`, and the measure cell says which of the three each is). In a wide file the
 * numbers are in the period columns, and `value`, `numerator` and `denominator` are not used.
 */
export const importMappingSchema = z.object({
  organisation: organisationSource,
  indicator: indicatorSource,
  period: periodSource,
  value: column.nullable(),
  numerator: column.nullable(),
  denominator: column.nullable(),
  measure: measureSource.nullable(),
  status: statusSource.nullable(),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** The import's guess: a mapping whose organisation, indicator or period may still be unknown. */
export const mappingDraftSchema = importMappingSchema.extend({
  organisation: organisationSource.nullable(),
  indicator: indicatorSource.nullable(),
  period: periodSource.nullable(),
});
export type MappingDraft = z.infer<typeof mappingDraftSchema>;

/**
 * A draft (or a mapping) with one indicator for the whole file, as a mapping if nothing else is
 * missing — the terminal's `--indicator`, or the page's «one indicator for the whole file».
 */
export function withFixedIndicator(draft: MappingDraft, indicator: string): ImportMapping | null {
  const { organisation, period } = draft;
  if (organisation === null || period === null) return null;
  return { ...draft, organisation, period, indicator: { fixed: indicator } };
}

/** A column of a wide file that holds one period. */
export interface PeriodColumn {
  index: number;
  header: string;
  period: string;
}

/** A mapping checked against a file's header, as the staging SQL uses it. */
export interface ImportLayout {
  headers: string[];
  organisation: ImportMapping['organisation'];
  indicator: { fixed: string } | { column: number; values: Record<string, string> };
  period: { column: number } | { columns: PeriodColumn[] };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  measure: { column: number; values: Record<string, MeasureRole> } | null;
  status: ImportMapping['status'];
}

/**
 * Checks a mapping against the header it is applied to: every column must exist, an identifier
 * column must not be one of the period columns (a mapping remembered for a wide file whose
 * period columns moved), and a long file must have a value, or a numerator and a denominator.
 */
export function resolveMapping(
  mapping: ImportMapping,
  headers: readonly string[],
): Result<ImportLayout, HeaderProblem> {
  const inRange = (index: number | null) => index === null || index < headers.length;
  const periods = resolvePeriods(mapping.period, headers);
  const used = new Set('columns' in periods ? periods.columns.map((p) => p.index) : []);
  const identifier = (index: number) => inRange(index) && !used.has(index);
  if (!identifier(mapping.organisation.column)) return missing('org_code');
  if ('column' in mapping.indicator && !identifier(mapping.indicator.column)) {
    return missing('indicator_id');
  }
  if ('column' in periods ? !inRange(periods.column) : periods.columns.length === 0) {
    return missing('period');
  }
  if (mapping.measure !== null && !identifier(mapping.measure.column)) return missing('value');
  if (mapping.status !== null && !identifier(mapping.status.column)) return missing('status');
  const numbers = [mapping.value, mapping.numerator, mapping.denominator];
  if ('column' in periods) {
    // With a measure column the number is in `value`; without, numerator and denominator will do.
    const counted =
      mapping.measure === null && mapping.numerator !== null && mapping.denominator !== null;
    if (!numbers.every(inRange) || (mapping.value === null && !counted)) {
      return fail({ kind: 'no_measure' });
    }
  }
  const wide = 'columns' in periods;
  return ok({
    headers: [...headers],
    organisation: mapping.organisation,
    indicator:
      'fixed' in mapping.indicator
        ? mapping.indicator
        : { column: mapping.indicator.column, values: mapping.indicator.values ?? {} },
    period: periods,
    value: wide ? null : mapping.value,
    numerator: wide || mapping.measure !== null ? null : mapping.numerator,
    denominator: wide || mapping.measure !== null ? null : mapping.denominator,
    measure:
      mapping.measure === null
        ? null
        : {
            column: mapping.measure.column,
            values: Object.fromEntries(
              Object.entries(mapping.measure.values).map(([name, role]) => [
                name.trim().toUpperCase(),
                role,
              ]),
            ),
          },
    status: mapping.status,
  });
}

const missing = (
  column: 'org_code' | 'indicator_id' | 'period' | 'value' | 'status',
): Result<never, HeaderProblem> =>
  column === 'value'
    ? fail({ kind: 'no_measure' })
    : fail({ kind: 'missing_columns', columns: [column] });

function resolvePeriods(
  period: ImportMapping['period'],
  headers: readonly string[],
): ImportLayout['period'] {
  if ('column' in period) return period;
  const indexes =
    period.columns === 'headers'
      ? headers.flatMap((header, index) => (periodOfHeader(header) ? [index] : []))
      : period.columns.filter((index) => index < headers.length);
  return {
    columns: [...new Set(indexes)].map((index) => {
      const header = headers[index] ?? '';
      // A column the analyst called a period whose header is none is kept: each of its cells is
      // then reported as an invalid period, with the header as the value.
      return { index, header, period: periodOfHeader(header)?.period ?? header.trim() };
    }),
  };
}

/**
 * A key for remembering a confirmed mapping: the same for every file with the same header, in
 * any letter case and spacing. A run of period columns counts as one, so next month's wide file,
 * one period longer, finds the mapping confirmed for this month's.
 */
export function mappingKey(headers: readonly string[]): string {
  const parts: string[] = [];
  for (const header of headers) {
    const period = periodOfHeader(header);
    const part = period ? `${normaliseHeader(period.label)}#period` : normaliseHeader(header);
    if (period === null || parts.at(-1) !== part) parts.push(part);
  }
  const text = parts.join('\u001f');
  return `v1-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

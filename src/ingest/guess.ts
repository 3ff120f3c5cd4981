import {
  MEASURE_NAMES,
  type MeasureRole,
  OBSERVATION_COLUMNS,
  type ObservationColumn,
  STATUS_SYMBOLS,
} from '../domain/observations';
import { type HeaderProblem, matchHeaders, normaliseHeader } from './headers';
import type { ImportMapping, MappingDraft } from './mapping';
import { periodOfHeader } from './periods';
import type { CsvShape } from './sniff';

/** What the analyst is asked to confirm or fill in before the file can be read. */
export const MAPPING_QUESTIONS = [
  /** No column could be taken for the organisation. */
  'organisation',
  /** No indicator column: choose one, or one indicator for the whole file. */
  'indicator',
  /** The indicator column holds no indicator id (SSB's variable text): translate its values. */
  'indicator_values',
  /** No period column and no period headers, or period headers for several variables. */
  'period',
  /** A measure column none of whose values is a known measure. */
  'measure',
  /** No value column (or numerator and denominator); a guess, if any, is in the draft. */
  'value',
  /** Two columns are named as the status. */
  'status',
] as const;
export type MappingQuestion = (typeof MAPPING_QUESTIONS)[number];

export interface MappingGuess {
  draft: MappingDraft;
  /** Empty when the draft is a complete mapping the import can use as it is. */
  questions: MappingQuestion[];
  /** The same doubt in the words of the header check; null exactly when nothing is asked. */
  problem: HeaderProblem | null;
}

/** What to ask when a column is missing or ambiguous. */
export const QUESTION_OF: Record<ObservationColumn, MappingQuestion> = {
  org_code: 'organisation',
  indicator_id: 'indicator',
  period: 'period',
  value: 'value',
  numerator: 'value',
  denominator: 'value',
  status: 'status',
};

const CODE_AND_NAME = /^(?:[A-Za-z]{1,3}-)?\d{1,4}\s+\S/;
const NUMBERISH = /^[-−]?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?$/;
const SYMBOLS: ReadonlySet<string> = new Set(STATUS_SYMBOLS);

/**
 * Guesses which column holds what from the header and the first rows: names in English or
 * Norwegian (SSB, FHI, in-house), a wide table's period headers, how organisations are written,
 * whether the indicator column holds indicator ids (`indicators`: the catalogue's), FHI's measure
 * and flag columns. Where it cannot decide it says what to ask instead of guessing silently.
 */
export function guessMapping(shape: CsvShape, indicators: ReadonlySet<string>): MappingGuess {
  const { headers, sample } = shape;
  const matches = matchHeaders(headers);
  const questions = new Set<MappingQuestion>();
  let ambiguous: HeaderProblem | null = null;
  const pick = (column: ObservationColumn): number | null => {
    const [first, ...others] = matches.columns[column];
    if (others.length > 0) questions.add(QUESTION_OF[column]);
    if (others.length > 0 && ambiguous === null) {
      ambiguous = {
        kind: 'ambiguous_column',
        column,
        headers: [first ?? 0, ...others].map((i) => headers[i] ?? ''),
      };
    }
    return first ?? null;
  };
  const cells = (index: number) =>
    sample.map((row) => (row[index] ?? '').trim()).filter((cell) => cell !== '');

  const periodColumn = pick('period');
  let period: MappingDraft['period'] = null;
  if (periodColumn !== null) period = { column: periodColumn };
  else {
    const periodHeaders = headers.map(periodOfHeader).filter((p) => p !== null);
    if (periodHeaders.length > 0) {
      period = { columns: 'headers' };
      // Headers such as `Teller 2024` and `Nevner 2024`: several variables; ask which columns.
      if (new Set(periodHeaders.map((p) => normaliseHeader(p.label))).size > 1) {
        questions.add('period');
      }
    }
  }
  if (period === null) questions.add('period');
  const wide = period !== null && 'columns' in period;
  const periodIndexes = new Set(
    wide ? headers.flatMap((h, i) => (periodOfHeader(h) ? [i] : [])) : [],
  );

  const orgColumn = pick('org_code');
  let organisation: MappingDraft['organisation'] = null;
  if (orgColumn !== null) {
    organisation = { column: orgColumn, form: organisationForm(cells(orgColumn)) };
  } else {
    questions.add('organisation');
    const candidate = headers.findIndex(
      (_, i) =>
        !periodIndexes.has(i) &&
        cells(i).length > 0 &&
        cells(i).every((cell) => /^\d{4}$/.test(cell) || CODE_AND_NAME.test(cell)),
    );
    if (candidate >= 0) {
      organisation = { column: candidate, form: organisationForm(cells(candidate)) };
    }
  }

  const indicatorColumn = pick('indicator_id');
  let indicator: MappingDraft['indicator'] = null;
  if (indicatorColumn === null) questions.add('indicator');
  else {
    const values = [...new Set(cells(indicatorColumn))];
    const known = values.some((value) => indicators.has(value));
    if (values.length > 0 && indicators.size > 0 && !known) {
      questions.add('indicator_values');
      indicator = { column: indicatorColumn, values: {} };
    } else indicator = { column: indicatorColumn };
  }

  const measureColumn = matches.measure[0] ?? null;
  let measure: MappingDraft['measure'] = null;
  if (measureColumn !== null) {
    const values = measureRoles(cells(measureColumn));
    if (Object.keys(values).length === 0) questions.add('measure');
    measure = { column: measureColumn, values };
  }

  const statusColumn = pick('status');
  const status: MappingDraft['status'] =
    statusColumn === null
      ? null
      : {
          column: statusColumn,
          form:
            normaliseHeader(headers[statusColumn] ?? '') === 'spvflagg' ||
            (cells(statusColumn).length > 0 && cells(statusColumn).every((c) => /^[0-3]$/.test(c)))
              ? 'fhi_flag'
              : 'symbol',
        };

  let value = wide ? null : pick('value');
  const numerator = wide || measure !== null ? null : pick('numerator');
  const denominator = wide || measure !== null ? null : pick('denominator');
  if (!wide && value === null && (measure !== null || numerator === null || denominator === null)) {
    questions.add('value');
    // SSB's long tables head the number column with the table's title: take the one numeric
    // column no name claimed, for the analyst to confirm.
    const named = OBSERVATION_COLUMNS.flatMap((c) => matches.columns[c]);
    const taken = new Set([organisation?.column, indicatorColumn, measureColumn, ...named]);
    const numeric = headers.flatMap((_, i) =>
      !taken.has(i) &&
      cells(i).length > 0 &&
      cells(i).every((cell) => NUMBERISH.test(cell) || SYMBOLS.has(cell))
        ? [i]
        : [],
    );
    if (numeric.length === 1) value = numeric[0] ?? null;
  }

  const draft: MappingDraft = {
    organisation,
    indicator,
    period,
    value,
    numerator,
    denominator,
    measure,
    status,
  };
  const order = [...questions].sort(
    (a, b) => MAPPING_QUESTIONS.indexOf(a) - MAPPING_QUESTIONS.indexOf(b),
  );
  return { draft, questions: order, problem: describe(ambiguous, questions) };
}

/** The draft as a mapping, when nothing is left to ask. */
export function completeMapping(guess: MappingGuess): ImportMapping | null {
  const { organisation, indicator, period } = guess.draft;
  if (
    guess.questions.length > 0 ||
    organisation === null ||
    indicator === null ||
    period === null
  ) {
    return null;
  }
  return { ...guess.draft, organisation, indicator, period };
}

function organisationForm(cells: readonly string[]): 'code' | 'code_and_name' | 'name' {
  const share = (test: (cell: string) => boolean) =>
    cells.filter(test).length / Math.max(cells.length, 1);
  if (share((cell) => CODE_AND_NAME.test(cell)) >= 0.5) return 'code_and_name';
  // Codes are digits or capitals (`5001`, `STO-HF`); a name has small letters and no digit.
  if (share((cell) => /\p{Ll}/u.test(cell) && !/\d/.test(cell)) >= 0.5) return 'name';
  return 'code';
}

/** The role of each measure name seen; FHI's smoothed MEIS is the value only if there is no RATE. */
function measureRoles(cells: readonly string[]): Record<string, MeasureRole> {
  const roles: Record<string, MeasureRole> = {};
  for (const cell of new Set(cells)) {
    const role = MEASURE_NAMES[cell.toLowerCase()];
    if (role !== undefined) roles[cell] = role;
  }
  const meis = cells.find((cell) => cell.toLowerCase() === 'meis');
  if (meis !== undefined && !Object.values(roles).includes('value')) roles[meis] = 'value';
  return roles;
}

/** The doubt in the words of the header check, for a message; null when there is none. */
function describe(
  ambiguous: HeaderProblem | null,
  questions: ReadonlySet<MappingQuestion>,
): HeaderProblem | null {
  if (ambiguous !== null) return ambiguous;
  const missing: ObservationColumn[] = [];
  if (questions.has('organisation')) missing.push('org_code');
  if (questions.has('indicator') || questions.has('indicator_values')) missing.push('indicator_id');
  if (questions.has('period')) missing.push('period');
  if (missing.length > 0) return { kind: 'missing_columns', columns: missing };
  if (questions.size > 0) return { kind: 'no_measure' };
  return null;
}

/**
 * The observation contract: the long-format CSV analysts upload. Column names are matched
 * case-insensitively, and the Norwegian names that SSB, KOSTRA and in-house exports use are
 * accepted beside the English ones.
 */
export const OBSERVATION_COLUMNS = [
  'org_code',
  'indicator_id',
  'period',
  'value',
  'numerator',
  'denominator',
  'status',
] as const;
export type ObservationColumn = (typeof OBSERVATION_COLUMNS)[number];

export const HEADER_ALIASES: Record<ObservationColumn, readonly string[]> = {
  org_code: [
    'org_code',
    'org',
    'organisation',
    'kommunenummer',
    'kommunenr',
    'knr',
    'orgnr',
    'kommune',
    'region',
    'geo',
    'geografi',
    'sted',
  ],
  indicator_id: ['indicator_id', 'indicator', 'indikator', 'indikator_id', 'statistikkvariabel'],
  period: ['period', 'periode', 'år', 'aar', 'year', 'måned', 'maaned', 'month', 'tid', 'kvartal'],
  value: ['value', 'verdi', 'rate'],
  numerator: ['numerator', 'teller'],
  denominator: ['denominator', 'nevner'],
  status: ['status', 'flagg', 'flag', 'spvflagg'],
};

/**
 * Names taken only when no column has one of the names above: FHI's smoothed rate (MEIS) when
 * there is no RATE, and its sums over a rolling period when there is no TELLER or NEVNER.
 */
export const FALLBACK_HEADER_ALIASES: Partial<Record<ObservationColumn, readonly string[]>> = {
  value: ['meis'],
  numerator: ['sumteller'],
  denominator: ['sumnevner'],
};

/** A column saying what the number in each row is (FHI's MEASURE_TYPE, «måltall»). */
export const MEASURE_HEADER_ALIASES: readonly string[] = [
  'measure_type',
  'measure',
  'måltall',
  'maltall',
];

/** What a measure cell can make of a number. */
export const MEASURE_ROLES = ['value', 'numerator', 'denominator'] as const;
export type MeasureRole = (typeof MEASURE_ROLES)[number];

/** Measure names (any case) and the role their numbers take. */
export const MEASURE_NAMES: Record<string, MeasureRole> = {
  teller: 'numerator',
  sumteller: 'numerator',
  numerator: 'numerator',
  nevner: 'denominator',
  sumnevner: 'denominator',
  denominator: 'denominator',
  rate: 'value',
  verdi: 'value',
  value: 'value',
};

/**
 * SSB's symbols for a cell without a number. A symbol is a status, never a zero:
 * `.` not possible to state, `..` missing, `...` not yet available, `:` suppressed,
 * `-` nil (only where the table says so), `*` provisional (it accompanies a number).
 */
export const STATUS_SYMBOLS = ['.', '..', '...', ':', '-', '*'] as const;

/**
 * FHI's suppression flag (SPVFLAGG) as SSB symbols: 0 a number is given, 1 data missing (`..`),
 * 2 cannot be computed (`.`), 3 suppressed because the numbers are too small (`:`). FHI's own
 * processing folds its other internal codes into these four before publishing.
 */
export const FHI_FLAG_STATUS: Record<string, (typeof STATUS_SYMBOLS)[number] | null> = {
  '0': null,
  '1': '..',
  '2': '.',
  '3': ':',
};

/** Symbols that stand for the absence of a number: a row with one of these keeps no number. */
export const NO_NUMBER_SYMBOLS: readonly string[] = ['.', '..', '...', ':'];

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

export const REQUIRED_COLUMNS: readonly ObservationColumn[] = [
  'org_code',
  'indicator_id',
  'period',
];

export const HEADER_ALIASES: Record<ObservationColumn, readonly string[]> = {
  org_code: ['org_code', 'org', 'organisation', 'kommunenummer', 'kommunenr', 'knr', 'orgnr'],
  indicator_id: ['indicator_id', 'indicator', 'indikator', 'indikator_id'],
  period: ['period', 'periode', 'år', 'aar', 'year', 'måned', 'maaned', 'month', 'tid'],
  value: ['value', 'verdi'],
  numerator: ['numerator', 'teller'],
  denominator: ['denominator', 'nevner'],
  status: ['status', 'flagg', 'flag'],
};

/**
 * SSB's symbols for a cell without a number. A symbol is a status, never a zero:
 * `.` not possible to state, `..` missing, `...` not yet available, `:` suppressed,
 * `-` nil (only where the table says so), `*` provisional (it accompanies a number).
 */
export const STATUS_SYMBOLS = ['.', '..', '...', ':', '-', '*'] as const;

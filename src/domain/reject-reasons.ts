/** Why a row of an uploaded file was rejected. Each has a message in `src/i18n/messages.ts`. */
export const REJECT_REASONS = [
  'wrong_column_count',
  'unreadable_row',
  'missing_value',
  'not_a_number',
  'not_positive',
  'bad_period',
  'unknown_organisation',
  'unknown_indicator',
  'duplicate_key',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

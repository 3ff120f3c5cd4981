/** A column header that names a period, as in a wide table: `2024`, `Andel (prosent) 2024M01`. */
export interface PeriodHeader {
  /** The period as written: `2024`, `2024M01`, `2024-03`, `2024K1`, `2019_2021`. */
  period: string;
  /** Text before the period (SSB writes the statistics variable there), or ''. */
  label: string;
}

// Years 1900–2099 only, so that a column headed by a municipality code (`5001`) is not a period.
const PERIOD_HEADER =
  /^(?:(.*\S)\s+)?((?:19|20)\d\d(?:[-M](?:0[1-9]|1[0-2])|-?[QK][1-4]|[_-](?:19|20)\d\d)?)$/;

/** The period a header names, or null when it names none. */
export function periodOfHeader(header: string): PeriodHeader | null {
  const match = PERIOD_HEADER.exec(header.trim());
  if (match === null) return null;
  return { period: match[2] ?? '', label: match[1] ?? '' };
}

import type { Unit } from '../domain/catalogue';
import type { Locale } from './messages';

/** BCP 47 tags for Intl: Norwegian bokmål gives a decimal comma and a space between thousands. */
const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' };

export interface Formatters {
  number(value: number | null, digits?: number): string;
  /** A value in its indicator's unit, e.g. `12,5 %` or `kr 430`. */
  measure(value: number | null, unit: Unit): string;
  /**
   * A change in its indicator's unit, signed: `+1,2 pp` (percentage points, never "%", which
   * would read as a relative change), `−430 kr`, `+3,1`.
   */
  change(value: number | null, unit: Unit): string;
  /** An ISO date (YYYY-MM-DD) as a day. */
  date(iso: string): string;
  /** An ISO month start as "jan. 2024" / "Jan 2024". */
  month(iso: string): string;
}

const DIGITS: Record<Unit, number> = {
  percent: 1,
  per_1000: 1,
  minutes: 1,
  nok: 0,
  count: 0,
  days: 1,
};

const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** Formatters for one locale, all through Intl so numbers and dates follow the language. */
export function formatters(locale: Locale): Formatters {
  const tag = INTL_LOCALE[locale];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (format === undefined) {
      format = new Intl.NumberFormat(tag, {
        maximumFractionDigits: digits,
        minimumFractionDigits: 0,
      });
      numberFormats.set(digits, format);
    }
    return format;
  };
  const nok = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'NOK',
    maximumFractionDigits: 0,
  });
  const signed = (digits: number, style: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(tag, {
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
      ...style,
    });
  const changeFormats = Object.fromEntries(
    Object.entries(DIGITS).map(([unit, digits]) => [
      unit,
      signed(digits, unit === 'nok' ? { style: 'currency', currency: 'NOK' } : {}),
    ]),
  ) as Record<Unit, Intl.NumberFormat>;
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const number = (value: number | null, digits = 2) =>
    value === null ? '–' : numberFormat(digits).format(value);
  return {
    number,
    measure(value, unit) {
      if (value === null) return '–';
      if (unit === 'nok') return nok.format(value);
      if (unit === 'percent') return `${number(value, DIGITS.percent)} %`;
      return number(value, DIGITS[unit]);
    },
    change(value, unit) {
      if (value === null) return '–';
      const text = changeFormats[unit].format(value);
      return unit === 'percent' ? `${text} pp` : text;
    },
    date: (iso) => day.format(utc(iso)),
    month: (iso) => month.format(utc(iso)),
  };
}

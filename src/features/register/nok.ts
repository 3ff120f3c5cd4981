import type { Locale } from '../../i18n/messages';

/**
 * Short kroner for axes and key figures: "12,3 mill. kr" / "NOK 12.3m". Below a million the
 * amount is written out ("950 kr"): Intl's compact form would say "1,5k kr", which is not how
 * Norwegian is written. Tables keep exact kroner (format.measure(value, 'nok')).
 */
export function compactNok(locale: Locale): (value: number) => string {
  const tag = locale === 'nb' ? 'nb-NO' : 'en-GB';
  const compact = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'NOK',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const whole = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'NOK',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  // A rounding to zero is plain zero, not "−0 kr".
  return (value) =>
    Math.abs(value) < 0.5
      ? whole.format(0)
      : (Math.abs(value) < 1_000_000 ? whole : compact).format(value);
}

import type { Unit } from '../../domain/catalogue';
import type { Signal } from '../../domain/spc/chart';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

/** "Forbedring – over øvre grense": what a flagged point means, then which rule flagged it. */
export function signalText(t: Messages, signal: Signal): string {
  const spc = t.indicatorPage.spc;
  return `${spc.type[signal.type]} – ${spc.rule[signal.rule][signal.side]}`;
}

/** Kroner are whole; everything else is shown to one decimal, as a measure is. */
const CHANGE_DIGITS: Record<Unit, number> = {
  percent: 1,
  per_1000: 1,
  minutes: 1,
  nok: 0,
  count: 1,
  days: 1,
};

/**
 * The sign is written out (a change of +2 reads differently from a level of 2), except when the
 * rounded number is zero, where "+0,0" would claim a direction the data do not show.
 */
function signed(format: Formatters, value: number, digits: number): string {
  const isZero = Number(value.toFixed(digits)) === 0;
  const sign = isZero ? '' : value < 0 ? '−' : '+';
  return `${sign}${format.number(Math.abs(value), digits)}`;
}

/**
 * A difference with its sign and the unit of a difference: "−1,2 prosentpoeng", "+3 kr".
 * Not `format.change`, which the scorecard's narrow cells use: the indicator page has room to
 * spell the unit out ("prosentpoeng", not "pp"), gives counts a decimal, puts the unit after the
 * number in both languages, and leaves the unit off on axes and bars (`withUnit` false).
 */
export function formatChange(
  format: Formatters,
  t: Messages,
  value: number | null,
  unit: Unit,
  withUnit = true,
): string {
  if (value === null) return '–';
  const number = signed(format, value, CHANGE_DIGITS[unit]);
  const name = t.indicatorPage.changeUnit[unit];
  return withUnit && name !== '' ? `${number} ${name}` : number;
}

/** A relative change as a signed percentage: "+12,5 %", "−3 %"; null (baseline 0) as a dash. */
export function formatRelative(format: Formatters, relative: number | null): string {
  return relative === null ? '–' : `${signed(format, relative * 100, 1)} %`;
}

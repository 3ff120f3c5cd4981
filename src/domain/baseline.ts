import type { BaselineRule } from './catalogue';
import type { Organisation } from './organisations';

/** A half-open window of months [from, to) as ISO dates of month starts. */
export interface BaselineWindow {
  orgCode: string;
  from: string;
  to: string;
}

const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;

function addMonths(isoMonthStart: string, months: number): string {
  const year = Number(isoMonthStart.slice(0, 4));
  const month = Number(isoMonthStart.slice(5, 7)) - 1 + months;
  const date = new Date(Date.UTC(year + Math.floor(month / 12), ((month % 12) + 12) % 12, 1));
  return date.toISOString().slice(0, 10);
}

/**
 * The programme-wide reference date for organisations not yet live: the first go-live of all.
 * Their baseline is the same window as the programme's, so they stay comparable.
 */
export function programmeStart(organisations: readonly Organisation[]): string | null {
  const dates = organisations.map((o) => o.go_live).filter((d): d is string => d !== null);
  return dates.sort()[0] ?? null;
}

/**
 * Each organisation's baseline window under a rule. `before_go_live` takes the whole months
 * before the go-live month: the month of go-live itself is already disturbed by the change.
 * Returns null for an explicit `value` rule, which has no window.
 */
export function baselineWindows(
  rule: BaselineRule,
  organisations: readonly Organisation[],
  fallbackGoLive: string | null,
): BaselineWindow[] | null {
  switch (rule.method) {
    case 'value':
      return null;
    case 'fixed':
      return organisations.map((org) => ({
        orgCode: org.code,
        from: `${rule.from}-01`,
        to: addMonths(`${rule.to}-01`, 1),
      }));
    case 'before_go_live':
      return organisations.flatMap((org) => {
        const goLive = org.go_live ?? fallbackGoLive;
        if (goLive === null) return [];
        const to = monthStart(goLive);
        return [{ orgCode: org.code, from: addMonths(to, -rule.months), to }];
      });
  }
}

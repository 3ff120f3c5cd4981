import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import type { Cell, ColumnKind } from '../../queries/console';
import type { Refusal } from '../../queries/console-guard';

/** A cell as the analyst reads it: Intl numbers and dates, NULL as an em dash. */
export function CellView({
  value,
  kind,
  format,
  t,
}: {
  value: Cell;
  kind: ColumnKind;
  format: Formatters;
  t: Messages;
}) {
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t.sql.nullValue}</span>
      </>
    );
  }
  return <>{cellText(value, kind, format)}</>;
}

/** Up to six decimals: enough for rates, and the CSV export has every digit. */
const DIGITS = 6;

export function cellText(value: Exclude<Cell, null>, kind: ColumnKind, format: Formatters): string {
  if (typeof value === 'number') return format.number(value, DIGITS);
  if (typeof value === 'boolean') return String(value);
  if (kind === 'date') return format.date(value);
  if (kind === 'timestamp') return `${format.date(value)} ${value.slice(11, 19)}`;
  return value;
}

/** Why the console refused a text, in the analyst's language. */
export function describeRefusal(t: Messages, refusal: Refusal): string {
  const reasons = t.sql.reasons;
  switch (refusal.kind) {
    case 'empty':
      return reasons.empty;
    case 'statement':
      return reasons.statement(refusal.keyword);
    case 'not_a_query':
      return reasons.notAQuery(refusal.keyword);
    case 'several_statements':
      return reasons.severalStatements;
    case 'unterminated':
      return reasons.unterminated;
    case 'unbalanced':
      return reasons.unbalanced;
    case 'parameter':
      return reasons.parameter(refusal.text);
    case 'file_function':
      return reasons.fileFunction(refusal.name);
    case 'file_table':
      return reasons.fileTable(refusal.name);
    case 'url':
      return reasons.url;
  }
}

import { useMemo } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import { type Suggestion, suggestIndicator, suggestOrganisation } from '../../domain/suggest';
import { useLocale } from '../../i18n/locale';
import type { Messages } from '../../i18n/messages';
import type { RowProblem } from '../../queries/import/prepare';
import { nationalRegister } from '../../session/national-register';
import { catalogue } from '../../session/reference';

interface UnknownCode {
  code: string;
  column: 'org_code' | 'indicator_id';
  rows: number;
  suggestion: Suggestion | null;
}

/** Unknown codes among the listed problems, most frequent first, each with a likely meaning. */
export function unknownCodes(problems: readonly RowProblem[]): UnknownCode[] {
  const counts = new Map<string, UnknownCode>();
  for (const p of problems) {
    if (p.reason !== 'unknown_organisation' && p.reason !== 'unknown_indicator') continue;
    const column = p.reason === 'unknown_organisation' ? 'org_code' : 'indicator_id';
    const code = p.value ?? '';
    const key = `${column} ${code}`;
    const entry = counts.get(key);
    if (entry) entry.rows += 1;
    else {
      const suggestion =
        column === 'org_code'
          ? suggestOrganisation(code, nationalRegister.organisations, nationalRegister.codeMap)
          : suggestIndicator(code, catalogue.indicators);
      counts.set(key, { code, column, rows: 1, suggestion });
    }
  }
  return [...counts.values()].sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code));
}

function describe(t: Messages, suggestion: Suggestion | null): string {
  if (suggestion === null) return '–';
  switch (suggestion.kind) {
    case 'old_code':
      return t.suggestOldCode(suggestion.targets.join(' + '));
    case 'organisation':
      return t.suggestCode(`${suggestion.code} ${suggestion.name}`);
    case 'indicator':
      return t.suggestCode(suggestion.id);
  }
}

/** The table of unknown codes in a validation report. */
export function UnknownCodes({ problems }: { problems: readonly RowProblem[] }) {
  const { t, format } = useLocale();
  const rows = useMemo(() => unknownCodes(problems), [problems]);
  const columns = useMemo<Columns<UnknownCode>>(
    () => [
      { id: 'code', header: t.unknownCode, accessorFn: (r) => r.code },
      { id: 'column', header: t.column, accessorFn: (r) => r.column },
      {
        id: 'rows',
        header: t.count,
        accessorFn: (r) => r.rows,
        cell: (info) => format.number(info.getValue<number>(), 0),
      },
      {
        id: 'suggestion',
        header: t.suggestion,
        accessorFn: (r) => r.suggestion,
        cell: (info) => describe(t, info.getValue<Suggestion | null>()),
      },
    ],
    [t, format],
  );
  if (rows.length === 0) return null;
  return (
    <DataTable caption={t.unknownCodesCaption} columns={columns} data={rows} numeric={['rows']} />
  );
}

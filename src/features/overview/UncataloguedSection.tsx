import { Link } from '@tanstack/react-router';
import { useId, useMemo } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import { useLocale } from '../../i18n/locale';
import { fetchUncatalogued, type UncataloguedIndicator } from '../../queries/uncatalogued';
import { dbKeys } from '../../session/db-keys';
import { useDbQuery } from '../../session/db-query';
import { catalogue } from '../../session/reference';

/**
 * Indicators in the loaded data that the catalogue does not describe (an analyst loaded them,
 * see the upload's opt-in), by code, each leading to its page. Shown only when there are any.
 */
export function UncataloguedSection() {
  const { t, format } = useLocale();
  const m = t.uncatalogued.overview;
  const headingId = useId();
  const result = useDbQuery(dbKeys.observations('uncatalogued indicators'), (db) =>
    fetchUncatalogued(db, catalogue),
  );
  const columns = useMemo<Columns<UncataloguedIndicator>>(
    () => [
      {
        id: 'code',
        header: m.code,
        accessorFn: (row) => row.id,
        cell: (info) => (
          <Link to="/indicator/$indicatorId" params={{ indicatorId: info.getValue<string>() }}>
            {info.getValue<string>()}
          </Link>
        ),
      },
      {
        id: 'organisations',
        header: m.organisations,
        accessorFn: (row) => row.organisations,
        cell: (info) => format.number(info.getValue<number>(), 0),
      },
      {
        id: 'periods',
        header: m.periods,
        accessorFn: (row) => m.range(row.first, row.last),
      },
      {
        id: 'rows',
        header: m.rows,
        accessorFn: (row) => row.rows,
        cell: (info) => format.number(info.getValue<number>(), 0),
      },
    ],
    [m, format],
  );
  if (result.status === 'error') {
    return <p role="alert">{m.failed(result.message)}</p>;
  }
  // While new data is counted, the last list stands (the section does not blink out and back).
  const rows = result.data;
  if (rows === null || rows.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{m.heading}</h2>
      <p>{m.intro}</p>
      <DataTable
        caption={m.caption}
        columns={columns}
        data={rows}
        numeric={['organisations', 'rows']}
        rowHeader="code"
      />
    </section>
  );
}

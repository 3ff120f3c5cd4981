import { useId } from 'react';
import { useLocale } from '../../i18n/locale';
import { fetchConsoleTables } from '../../queries/console';
import { dbKeys } from '../../session/db-keys';
import { useDbQuery } from '../../session/db-query';

/** The loaded tables and their columns, read from DuckDB's catalogue, beside the console. */
export function SchemaHelp() {
  const { t } = useLocale();
  const headingId = useId();
  const result = useDbQuery(dbKeys.consoleTables, fetchConsoleTables);
  const tables = result.status === 'done' ? result.data : [];
  return (
    <section aria-labelledby={headingId} className="sql-tables">
      <h3 id={headingId}>{t.sql.tablesHeading}</h3>
      <dl>
        {tables.map((help) => (
          <div key={help.table}>
            <dt>
              <code>{help.table}</code>
            </dt>
            <dd>
              {help.columns.map((column, index) => (
                <span key={column.name}>
                  {index > 0 && ', '}
                  <code>{column.name}</code> <span className="muted">{column.type}</span>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

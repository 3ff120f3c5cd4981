import { type KeyboardEvent, useId, useState } from 'react';
import { useLocale } from '../../i18n/locale';
import { describeRefusal } from './cells';
import { ResultView } from './ResultView';
import { SchemaHelp } from './SchemaHelp';
import { useConsole } from './use-console';
import './sql.css';

const EXAMPLE = `SELECT indicator_id, count(*) AS n
FROM observations
GROUP BY 1
ORDER BY 1`;

/** The read-only SQL console: a query, its result a page at a time, and the tables as help. */
export function SqlView() {
  const { t, format } = useLocale();
  const { ready, state, run, showPage } = useConsole();
  const [text, setText] = useState(EXAMPLE);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const running = state.status === 'running';

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!running) void run(text);
    }
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t.sql.heading}</h2>
      <p className="muted">{t.sql.intro}</p>
      <div className="sql-layout">
        <form
          className="sql-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(text);
          }}
        >
          <label htmlFor={inputId}>{t.sql.queryLabel}</label>
          <textarea
            id={inputId}
            className="sql-input"
            value={text}
            rows={8}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            aria-describedby={hintId}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <p id={hintId} className="muted">
            {t.sql.shortcut}
          </p>
          <button type="submit" className="primary" disabled={!ready || running}>
            {running ? t.sql.running : t.sql.run}
          </button>
        </form>
        <SchemaHelp />
      </div>
      <p role="status" className="sql-summary">
        {state.status === 'running' && t.sql.running}
        {state.status === 'done' &&
          t.sql.summary(format.number(state.total, 0), format.number(state.ms, 0))}
      </p>
      <div role="alert" className={alertClass(state.status)}>
        {state.status === 'refused' && (
          <>
            <strong>{t.sql.refused}</strong> {describeRefusal(t, state.refusal)} {t.sql.readOnly}
          </>
        )}
        {state.status === 'failed' && (
          <>
            <strong>{t.sql.failed}</strong> <span className="sql-error">{state.message}</span>
          </>
        )}
      </div>
      {state.status === 'done' && (
        <ResultView
          query={state.query}
          total={state.total}
          offset={state.offset}
          rows={state.rows}
          paging={state.paging}
          onPage={(offset) => void showPage(offset)}
        />
      )}
    </section>
  );
}

const alertClass = (status: string) =>
  status === 'refused' || status === 'failed' ? 'message message--error' : undefined;

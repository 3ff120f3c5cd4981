import { useRef, useState } from 'react';
import { QueryError, withSession } from '../../db/engine';
import {
  type Cell,
  type ConsoleQuery,
  checkConsoleSql,
  countConsoleRows,
  duckdbMessage,
  fetchConsoleRows,
} from '../../queries/console';
import type { Refusal } from '../../queries/console-guard';
import { useData } from '../../session/data';

/** Rows on a page of the result; DuckDB pages, so only these ever reach the page. */
export const PAGE_SIZE = 100;

export type ConsoleState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'refused'; refusal: Refusal }
  | { status: 'failed'; message: string }
  | {
      status: 'done';
      query: ConsoleQuery;
      total: number;
      ms: number;
      offset: number;
      rows: Cell[][];
      paging: boolean;
    };

/**
 * Runs console queries, each on a connection of its own, and pages their results. Every request
 * takes a ticket; an answer whose ticket has been superseded (a new run, another page) is dropped.
 */
export function useConsole() {
  const { state: data } = useData();
  const db = data.status === 'ready' ? data.db : null;
  const [state, setState] = useState<ConsoleState>({ status: 'idle' });
  const latest = useRef(0);

  const fail = (ticket: number, error: unknown) => {
    // DuckDB's errors are the analyst's to read, not the page's problem; anything else is ours.
    if (!(error instanceof QueryError)) console.error(error);
    if (ticket === latest.current) setState({ status: 'failed', message: duckdbMessage(error) });
  };

  async function run(text: string) {
    if (db === null) return;
    const ticket = ++latest.current;
    setState({ status: 'running' });
    const started = performance.now();
    try {
      const next = await withSession(db, async (session): Promise<ConsoleState> => {
        const checked = await checkConsoleSql(session, text);
        if (!checked.ok) {
          const problem = checked.error;
          return problem.kind === 'refused'
            ? { status: 'refused', refusal: problem.refusal }
            : { status: 'failed', message: problem.message };
        }
        const total = await countConsoleRows(session, checked.data);
        const rows = await fetchConsoleRows(session, checked.data, 0, PAGE_SIZE);
        const ms = performance.now() - started;
        return { status: 'done', query: checked.data, total, ms, offset: 0, rows, paging: false };
      });
      if (ticket === latest.current) setState(next);
    } catch (error) {
      fail(ticket, error);
    }
  }

  async function showPage(offset: number) {
    if (db === null || state.status !== 'done') return;
    const ticket = ++latest.current;
    const current = state;
    setState({ ...current, paging: true });
    try {
      const rows = await withSession(db, (session) =>
        fetchConsoleRows(session, current.query, offset, PAGE_SIZE),
      );
      if (ticket === latest.current) setState({ ...current, offset, rows, paging: false });
    } catch (error) {
      fail(ticket, error);
    }
  }

  return { ready: db !== null, state, run, showPage };
}

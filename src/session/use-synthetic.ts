import type { Db } from '../db/engine';
import { showsSyntheticData } from '../queries/datasets';
import { useData } from './data';
import { useDbQuery } from './use-query';

/** One answer per loaded state of the data, however many views (notice, every chart) ask. */
let answered: { db: Db; version: number; synthetic: Promise<boolean> } | null = null;

/**
 * Whether the numbers shown include synthetic demo rows. True until the database says
 * otherwise: the first view is drawn from the demo data before DuckDB has started.
 */
export function useSyntheticData(): boolean {
  const { state } = useData();
  const version = state.status === 'ready' ? state.version : 0;
  const synthetic = useDbQuery('synthetic data', (db) => {
    if (answered?.db !== db || answered.version !== version) {
      answered = { db, version, synthetic: showsSyntheticData(db) };
    }
    return answered.synthetic;
  });
  return synthetic.status !== 'done' || synthetic.data;
}

import { showsSyntheticData } from '../queries/datasets';
import { dbKeys } from './db-keys';
import { useDbQuery } from './db-query';

/**
 * Whether the numbers shown include synthetic demo rows: one cached answer per loaded state of
 * the data, however many views (notice, every chart) ask. True until the database says
 * otherwise: the first view is drawn from the demo data before DuckDB has started.
 */
export function useSyntheticData(): boolean {
  const synthetic = useDbQuery(dbKeys.synthetic, showsSyntheticData);
  return synthetic.status !== 'done' || synthetic.data;
}

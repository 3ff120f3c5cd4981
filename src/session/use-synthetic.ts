import { showsSyntheticData } from '../queries/datasets';
import { useDbQuery } from './use-query';

/**
 * Whether the numbers shown include synthetic demo rows. True until the database says
 * otherwise: the first view is drawn from the demo data before DuckDB has started.
 */
export function useSyntheticData(): boolean {
  const synthetic = useDbQuery('synthetic data', showsSyntheticData);
  return synthetic.status !== 'done' || synthetic.data;
}

import { Scorecard } from './Scorecard';

/** The leaders' first page: every benefit's indicators for the chosen scope. */
export function OverviewPage() {
  return <Scorecard />;
}

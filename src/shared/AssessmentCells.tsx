import type { ReactNode } from 'react';
import type { Assessment } from '../domain/assessment';
import { useLocale } from '../i18n/locale';
import type { ScorecardRow } from '../queries/scorecard';
import { Sparkline } from './Sparkline';
import { AssuranceLabel, StatusLabel, VariationLabel } from './SpcLabels';

interface AssessmentCellsProps {
  row: ScorecardRow;
  assessment: Assessment;
  /** For the change after the status, e.g. to keep it on one line. */
  changeClassName?: string;
  /** Shown under the progress, inside its cell (the organisation report names the target). */
  progressNote?: ReactNode;
}

/**
 * An assessed indicator from "now" to the sparkline, read the same way on the overview and in an
 * organisation's report: each page adds its own cells around these.
 */
export function AssessmentCells({
  row,
  assessment: a,
  changeClassName,
  progressNote,
}: AssessmentCellsProps) {
  const { t, format } = useLocale();
  const unit = row.indicator.unit;
  return (
    <>
      <td className="numeric">{format.measure(a.current.value, unit)}</td>
      <td>
        <StatusLabel status={a.status} />
        {a.change !== null && (
          // The space stays outside the span: with the span unbreakable (the organisation
          // report's), the line may still break between the word and the number.
          <>
            {' '}
            <span className={changeClassName}>({format.change(a.change.absolute, unit)})</span>
          </>
        )}
      </td>
      <td className="numeric">
        {a.targetMetAtBaseline
          ? t.scorecard.metAtBaseline
          : a.progress === null
            ? '–'
            : `${format.number(a.progress * 100, 0)} %`}
        {progressNote}
      </td>
      <td>
        <VariationLabel icon={a.spc?.variation ?? null} />
      </td>
      <td>
        <AssuranceLabel icon={a.spc?.assurance ?? null} variation={a.spc?.variation ?? null} />
      </td>
      <td>
        <Sparkline points={row.recent} />
      </td>
    </>
  );
}

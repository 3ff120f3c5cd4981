import { useId } from 'react';
import { useLocale } from '../../i18n/locale';
import type { ImportReport } from '../../queries/import/prepare';
import { uncataloguedThreshold } from '../../queries/suppress';
import { catalogue } from '../../session/reference';

interface UncataloguedOptionProps {
  report: ImportReport;
  onChange(allow: boolean): void;
  /** The file is being staged again for the new choice. */
  rechecking: boolean;
  /** The analyst's choice, which the report catches up with when the recheck ends. */
  checked: boolean;
  /** The recheck's progress or result, for the status line. */
  note: string | null;
}

/**
 * The analyst's opt-in to load rows of indicators the catalogue does not describe, offered when
 * the file has some (or the report was made with it on, so it can be turned off again). The
 * report is made again with the new choice; focus stays here and the status line says so.
 */
export function UncataloguedOption({
  report,
  onChange,
  rechecking,
  checked,
  note,
}: UncataloguedOptionProps) {
  const { t, format } = useLocale();
  const id = useId();
  const m = t.uncatalogued.upload;
  const offered =
    checked ||
    report.unknownIndicatorsAllowed ||
    report.reasonCounts.some((r) => r.reason === 'unknown_indicator');
  if (!offered) return null;
  const threshold = format.number(uncataloguedThreshold(catalogue.indicators), 0);
  return (
    <div className="uncatalogued-option">
      <div className="option">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          // Not `disabled`, which would take focus off it: a change meanwhile is ignored.
          aria-disabled={rechecking}
          aria-describedby={`${id}-note`}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{m.option}</label>
      </div>
      <p id={`${id}-note`} className="muted">
        {m.note(threshold)}
      </p>
      {report.unknownIndicatorsAllowed && report.uncatalogued.length > 0 && (
        <p>
          {m.loadedAsCodes(
            report.uncatalogued.map((u) => `${u.id} (${format.number(u.rows, 0)})`).join(', '),
          )}
        </p>
      )}
      <p role="status">{note}</p>
    </div>
  );
}

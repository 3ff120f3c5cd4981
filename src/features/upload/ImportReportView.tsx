import { useEffect, useId, useMemo, useRef } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import type { RejectReason } from '../../domain/reject-reasons';
import { downloadBlob } from '../../export/csv';
import { useLocale } from '../../i18n/locale';
import type { ImportReport, RowProblem } from '../../queries/import/prepare';
import { reportCsv, reportFileName } from './report-csv';
import { UncataloguedOption } from './UncataloguedOption';
import { UnknownCodes } from './UnknownCodes';

interface ImportReportViewProps {
  report: ImportReport;
  onLoad(): void;
  onCancel(): void;
  /** The opt-in to load indicators the catalogue does not describe changed (UncataloguedOption). */
  onAllowUnknownIndicators(allow: boolean): void;
  /** The file is being staged again for that opt-in: nothing can be loaded meanwhile. */
  rechecking: boolean;
  /** The opt-in as the analyst set it (while rechecking, ahead of the report). */
  allowUnknownIndicators: boolean;
  note: string | null;
}

/** What was found in a file, row by row, and the analyst's choice: load the valid rows or nothing. */
export function ImportReportView({
  report,
  onLoad,
  onCancel,
  onAllowUnknownIndicators,
  rechecking,
  allowUnknownIndicators,
  note,
}: ImportReportViewProps) {
  const { t, format, locale } = useLocale();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the report so keyboard and screen-reader users land on the result.
  useEffect(() => headingRef.current?.focus(), []);
  const reasonColumns = useMemo<Columns<ImportReport['reasonCounts'][number]>>(
    () => [
      {
        id: 'reason',
        header: t.reason,
        accessorFn: (r) => r.reason,
        cell: (info) => t.reasons[info.getValue<RejectReason>()],
      },
      {
        id: 'count',
        header: t.count,
        accessorFn: (r) => r.count,
        cell: (info) => format.number(info.getValue<number>(), 0),
      },
    ],
    [t, format],
  );
  const problemColumns = useMemo<Columns<RowProblem>>(
    () => [
      { id: 'line', header: t.line, accessorFn: (p) => String(p.line) },
      { id: 'column', header: t.column, accessorFn: (p) => p.column ?? '–' },
      { id: 'value', header: t.value, accessorFn: (p) => p.value ?? '' },
      {
        id: 'reason',
        header: t.reason,
        accessorFn: (p) => p.reason,
        cell: (info) => t.reasons[info.getValue<RejectReason>()],
      },
    ],
    [t],
  );
  const delimiter = report.delimiter === '\t' ? 'tab' : report.delimiter;
  return (
    <section aria-labelledby={headingId} className="report">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.reportHeading}
      </h3>
      <p>
        {t.reportSummary(
          report.fileName,
          format.number(report.totalRows, 0),
          format.number(report.validRows, 0),
          format.number(report.rejectedRows, 0),
        )}{' '}
        {report.replacingRows > 0 && t.reportReplacing(format.number(report.replacingRows, 0))}
      </p>
      <p className="muted">{t.reportFormat(report.encoding, delimiter, report.decimal)}</p>
      {report.harmonised !== null && report.harmonised.codes.length > 0 && (
        <p>
          {t.harmonised(
            report.harmonised.codes
              .map(
                (c) =>
                  `${c.oldCode} → ${c.targets.map((target) => target.code).join(' + ')} (${format.number(c.rows, 0)})`,
              )
              .join(', '),
          )}
        </p>
      )}
      {report.reasonCounts.length > 0 && (
        <>
          <DataTable
            caption={t.reasonsCaption}
            columns={reasonColumns}
            data={report.reasonCounts}
            numeric={['count']}
          />
          <UnknownCodes problems={report.problems} />
          <DataTable
            caption={t.problemsCaption(report.problems.length, report.rejectedRows)}
            columns={problemColumns}
            data={report.problems}
            numeric={['line']}
          />
        </>
      )}
      <UncataloguedOption
        report={report}
        onChange={onAllowUnknownIndicators}
        rechecking={rechecking}
        checked={allowUnknownIndicators}
        note={note}
      />
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={onLoad}
          disabled={report.validRows === 0 || rechecking}
        >
          {report.replacingRows > 0
            ? t.loadValidReplacing(
                format.number(report.validRows, 0),
                format.number(report.replacingRows, 0),
              )
            : t.loadValid(format.number(report.validRows, 0))}
        </button>
        <button type="button" onClick={onCancel}>
          {t.loadNothing}
        </button>
        {report.problems.length > 0 && (
          <button
            type="button"
            onClick={() =>
              downloadBlob(
                new Blob([reportCsv(report, t, locale)], { type: 'text/csv;charset=utf-8' }),
                reportFileName(report.fileName, t),
              )
            }
          >
            {t.downloadReport}
          </button>
        )}
      </div>
    </section>
  );
}

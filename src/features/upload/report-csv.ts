import { CSV_DIALECTS, csvDocument } from '../../export/csv';
import type { Locale, Messages } from '../../i18n/messages';
import type { ImportReport } from '../../queries/import/prepare';

/**
 * The validation report as a CSV an analyst can open next to the file in Excel: one line per
 * problem with its line number, column, value and reason. Values come from the uploaded file, so
 * the export's formula guard matters here: a cell `=HYPERLINK(…)` stays text.
 */
export function reportCsv(report: ImportReport, t: Messages, locale: Locale): string {
  return csvDocument(
    [t.line, t.column, t.value, t.reason],
    report.problems.map((p) => [
      p.line,
      p.header ?? p.column ?? '',
      p.value ?? '',
      t.reasons[p.reason],
    ]),
    CSV_DIALECTS[locale],
  );
}

/** `data.csv` → `data-valideringsrapport.csv`. */
export function reportFileName(fileName: string, t: Messages): string {
  return `${fileName.replace(/\.[^.]*$/, '')}-${t.reportFileSuffix}.csv`;
}

import type { Messages } from '../../i18n/messages';
import type { ImportFailure } from '../../queries/import/prepare';

/** What went wrong with a file, in words that say what to fix. */
export function describeFailure(t: Messages, file: string, failure: ImportFailure): string {
  return `${t.importFailed(file)} ${failureDetail(t, failure)}`;
}

function failureDetail(t: Messages, failure: ImportFailure): string {
  if (failure.kind === 'sniff') {
    switch (failure.problem.kind) {
      case 'empty':
        return t.sniffEmpty;
      case 'binary':
        return t.sniffBinary;
      case 'no_delimiter':
        return t.sniffNoDelimiter;
    }
  }
  const problem = failure.problem;
  switch (problem.kind) {
    case 'missing_columns':
      return t.headerMissing(problem.columns.join(', '), failure.headers.join(', '));
    case 'ambiguous_column':
      return t.headerAmbiguous(problem.column, problem.headers.join(', '));
    case 'no_measure':
      return t.headerNoMeasure;
  }
}

/** duckdb-wasm's words for running out of its ≈ 3 GiB. */
export const isOutOfMemory = (error: unknown) => /Out of Memory/i.test(String(error));

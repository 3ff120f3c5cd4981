import type { Db, Session } from '../../db/engine';
import type { CodeMap } from '../../domain/harmonise';
import type { ObservationColumn } from '../../domain/observations';
import { decodeToUtf8, type SourceEncoding } from '../../ingest/encoding';
import { type HeaderProblem, mapHeaders } from '../../ingest/headers';
import { locateLines } from '../../ingest/lines';
import { fail, ok, type Result } from '../../ingest/result';
import {
  type DecimalMark,
  type Delimiter,
  guessDecimalMark,
  type SniffProblem,
  sniffBytes,
} from '../../ingest/sniff';
import type { HarmoniseReport } from '../harmonise';
import { commitImport } from './commit';
import type { RejectReason } from './reasons';
import { ERROR_LIMIT, stageImport } from './stage';

export type ImportPhase = 'reading' | 'parsing' | 'validating' | 'loading';

/** A problem in one row, located as the analyst sees it in an editor. */
export interface RowProblem {
  /** Physical line in the file, header = 1. */
  line: number;
  column: ObservationColumn | null;
  value: string | null;
  reason: RejectReason;
}

export interface ImportReport {
  fileName: string;
  /** Old municipality codes moved to today's; null when harmonisation was off. */
  harmonised: HarmoniseReport | null;
  encoding: SourceEncoding;
  delimiter: Delimiter;
  decimal: DecimalMark;
  totalRows: number;
  validRows: number;
  rejectedRows: number;
  replacingRows: number;
  reasonCounts: { reason: RejectReason; count: number }[];
  /** The first problems by line (at most ERROR_LIMIT); `reasonCounts` covers them all. */
  problems: RowProblem[];
}

export type ImportFailure =
  | { kind: 'sniff'; problem: SniffProblem }
  | { kind: 'header'; problem: HeaderProblem; headers: string[] };

/** A validated file waiting in staging for the analyst's decision. */
export interface PreparedImport {
  report: ImportReport;
  /** Swaps the valid rows in, in one transaction. */
  commit(): Promise<{ inserted: number; replaced: number }>;
  /** Drops the staging tables; the loaded data was never touched. */
  discard(): Promise<void>;
}

let fileCounter = 0;

/**
 * Reads, checks and stages an observations CSV without touching the loaded data. The caller
 * shows the report and then commits or discards.
 */
export async function prepareImport(
  db: Db,
  file: { name: string; bytes: Uint8Array },
  options: { onPhase?: (phase: ImportPhase) => void; codeMap?: CodeMap } = {},
): Promise<Result<PreparedImport, ImportFailure>> {
  const onPhase = options.onPhase ?? (() => {});
  onPhase('reading');
  const decoded = decodeToUtf8(file.bytes);
  const shape = sniffBytes(decoded.bytes);
  if (!shape.ok) return fail({ kind: 'sniff', problem: shape.error });
  const mapping = mapHeaders(shape.data.headers);
  if (!mapping.ok) {
    return fail({ kind: 'header', problem: mapping.error, headers: shape.data.headers });
  }
  const numericCells = shape.data.sample.flatMap((row) =>
    [mapping.data.value, mapping.data.numerator, mapping.data.denominator]
      .filter((index): index is number => index !== null)
      .map((index) => row[index] ?? ''),
  );
  const decimal = guessDecimalMark(numericCells, shape.data.delimiter);

  fileCounter += 1;
  const fileName = `upload-${fileCounter}.csv`;
  // DuckDB may take ownership of the buffer; keep ours for locating problem lines.
  await db.registerFile(fileName, decoded.bytes.slice());
  const session = await db.connect();
  let registered = true;
  const dropFile = async () => {
    if (registered) await db.dropFile(fileName);
    registered = false;
  };
  const release = async () => {
    await session.close();
    await dropFile();
  };
  try {
    onPhase('parsing');
    const staged = await stageImport(session, {
      fileName,
      delimiter: shape.data.delimiter,
      decimal,
      columnCount: shape.data.headers.length,
      mapping: mapping.data,
      ...(options.codeMap === undefined ? {} : { codeMap: options.codeMap }),
    });
    // The staged tables hold everything now; the file's bytes can go.
    await dropFile();
    onPhase('validating');
    const problems = locateProblems(decoded.bytes, shape.data.delimiter, staged);
    const totalRows = staged.parsedRows + staged.rejectedRecords.length;
    const report: ImportReport = {
      fileName: file.name,
      harmonised: staged.harmonised,
      encoding: decoded.encoding,
      delimiter: shape.data.delimiter,
      decimal,
      totalRows,
      validRows: staged.validRows,
      rejectedRows: totalRows - staged.validRows,
      replacingRows: staged.replacingRows,
      reasonCounts: staged.reasonCounts,
      problems,
    };
    return ok({
      report,
      commit: () => commitAndRelease(session, file.name, release, onPhase),
      discard: release,
    });
  } catch (error) {
    await release();
    throw error;
  }
}

async function commitAndRelease(
  session: Session,
  source: string,
  release: () => Promise<void>,
  onPhase: (phase: ImportPhase) => void,
) {
  onPhase('loading');
  try {
    return await commitImport(session, source);
  } finally {
    await release();
  }
}

function locateProblems(
  bytes: Uint8Array,
  delimiter: Delimiter,
  staged: Awaited<ReturnType<typeof stageImport>>,
): RowProblem[] {
  const problems = [
    ...staged.rowErrors.map((e) => ({ ...e, rejected: false })),
    ...staged.rejectedRecords.map((r) => ({
      ...r,
      row: r.record,
      column: null,
      value: null,
      rejected: true,
    })),
  ];
  const located = locateLines(bytes, delimiter, {
    headerRecord: 1,
    rows: staged.rowErrors.map((e) => e.row),
    rejected: staged.rejectedRecords.map((r) => r.record),
  });
  return problems
    .map(({ row, rejected, column, value, reason }) => ({
      line: (rejected ? located.rejected.get(row) : located.rows.get(row)) ?? row,
      column,
      value,
      reason,
    }))
    .sort((a, b) => a.line - b.line)
    .slice(0, ERROR_LIMIT);
}

import type { Db, Session } from '../../db/engine';
import type { CodeMap } from '../../domain/harmonise';
import type { ObservationColumn } from '../../domain/observations';
import type { RejectReason } from '../../domain/reject-reasons';
import { fail, ok, type Result } from '../../domain/result';
import { type DecodedFile, decodeToUtf8, type SourceEncoding } from '../../ingest/encoding';
import { locateLines } from '../../ingest/lines';
import { type ImportLayout, type ImportMapping, mappingKey } from '../../ingest/mapping';
import { unifyLineEnds } from '../../ingest/newlines';
import {
  type DecimalMark,
  type Delimiter,
  guessDecimalMark,
  type SniffProblem,
  sniffBytes,
} from '../../ingest/sniff';
import type { HarmoniseReport } from '../harmonise';
import { commitImport } from './commit';
import { chooseLayout, type MappingNeeded } from './layout';
import { ERROR_LIMIT, type StagedImport, stageImport } from './stage';

export type ImportPhase = 'reading' | 'parsing' | 'validating' | 'loading';

/** A problem in one row, located as the analyst sees it in an editor. */
export interface RowProblem {
  /** Physical line in the file, header = 1. */
  line: number;
  column: ObservationColumn | null;
  /** The file's header of that column; for a number in a wide file, its period column's header. */
  header: string | null;
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
  /**
   * `long`: one row per observation; `wide`: one column per period, each cell an observation
   * (then the row counts above count cells, and an empty cell is no observation).
   */
  shape: 'long' | 'wide';
  /** The mapping the file was read with, guessed or given; the page keeps it under `mappingKey`. */
  mapping: ImportMapping;
  /** `mappingKey(headers)`: files with this key can be read with the same mapping. */
  mappingKey: string;
  /** For `encoding: 'mixed'`, the lines that were read as Windows-1252 (see decodeToUtf8). */
  windows1252Lines: DecodedFile['windows1252Lines'];
  /** Whether rows of indicators the catalogue does not describe were let through. */
  unknownIndicatorsAllowed: boolean;
  /** Those indicators among the valid rows, by id, with their rows; empty when not allowed. */
  uncatalogued: { id: string; rows: number }[];
}

export type ImportFailure = { kind: 'sniff'; problem: SniffProblem } | MappingNeeded;

/** A validated file waiting in staging for the analyst's decision. */
export interface PreparedImport {
  report: ImportReport;
  /** Swaps the valid rows in, in one transaction; says which indicators' observations changed. */
  commit(): Promise<{ inserted: number; replaced: number; indicators: string[] }>;
  /** Drops the staging tables; the loaded data was never touched. */
  discard(): Promise<void>;
}

let fileCounter = 0;

/**
 * Reads, checks and stages an observations CSV — long, wide, SSB or FHI, in any of the encodings
 * and line ends analysts' tools write — without touching the loaded data. The caller shows the
 * report and then commits or discards. When the import cannot tell which column holds what, it
 * fails with `mapping_needed` (headers, first rows, its guess, what to ask); call it again with
 * the analyst's `mapping`.
 */
export async function prepareImport(
  db: Db,
  file: { name: string; bytes: Uint8Array },
  options: {
    onPhase?: (phase: ImportPhase) => void;
    codeMap?: CodeMap;
    /** Which column holds what, as the analyst confirmed it after a `mapping_needed` failure. */
    mapping?: ImportMapping;
    /**
     * Load rows of indicators the catalogue does not describe instead of rejecting them (the
     * analyst's opt-in; see `allowUnknownIndicators` in stage.ts). Off by default: a misspelt
     * indicator must not load silently.
     */
    allowUnknownIndicators?: boolean;
  } = {},
): Promise<Result<PreparedImport, ImportFailure>> {
  const onPhase = options.onPhase ?? (() => {});
  onPhase('reading');
  const decoded = decodeToUtf8(file.bytes);
  const bytes = unifyLineEnds(decoded.bytes);
  const shape = sniffBytes(bytes);
  if (!shape.ok) return fail({ kind: 'sniff', problem: shape.error });
  const chosen = await chooseLayout(db, shape.data, options.mapping);
  if (!chosen.ok) return chosen;
  const { layout, mapping } = chosen.data;
  const decimal = guessDecimalMark(numericCells(layout, shape.data.sample), shape.data.delimiter);

  fileCounter += 1;
  const fileName = `upload-${fileCounter}.csv`;
  // DuckDB may take ownership of the buffer; keep ours for locating problem lines.
  await db.registerFile(fileName, bytes.slice());
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
      skipRecords: shape.data.skipRecords,
      decimal,
      layout,
      ...(options.codeMap === undefined ? {} : { codeMap: options.codeMap }),
      allowUnknownIndicators: options.allowUnknownIndicators === true,
    });
    // The staged tables hold everything now; the file's bytes can go.
    await dropFile();
    onPhase('validating');
    const problems = locateProblems(bytes, shape.data, layout, staged);
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
      shape: 'column' in layout.period ? 'long' : 'wide',
      mapping,
      mappingKey: mappingKey(shape.data.headers),
      windows1252Lines: decoded.windows1252Lines,
      unknownIndicatorsAllowed: options.allowUnknownIndicators === true,
      uncatalogued: staged.uncatalogued,
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

/** The cells whose decimal mark tells: the numbers of a long file, the periods of a wide one. */
function numericCells(layout: ImportLayout, sample: readonly string[][]): string[] {
  const columns =
    'columns' in layout.period
      ? layout.period.columns.map((p) => p.index)
      : [layout.value, layout.numerator, layout.denominator];
  return sample.flatMap((row) =>
    columns.filter((index) => index !== null).map((index) => row[index] ?? ''),
  );
}

/** The file's header of a canonical column, where one column holds it. */
function headerOf(layout: ImportLayout, column: ObservationColumn | null): string | null {
  const indexes: Record<ObservationColumn, number | null> = {
    org_code: layout.organisation.column,
    indicator_id: 'column' in layout.indicator ? layout.indicator.column : null,
    period: 'column' in layout.period ? layout.period.column : null,
    // With a measure column, the number of each measure is in the value column.
    value: layout.value,
    numerator: layout.measure === null ? layout.numerator : layout.value,
    denominator: layout.measure === null ? layout.denominator : layout.value,
    status: layout.status?.column ?? null,
  };
  const index = column === null ? null : indexes[column];
  return index === null ? null : (layout.headers[index] ?? null);
}

function locateProblems(
  bytes: Uint8Array,
  shape: { delimiter: Delimiter; skipRecords: number },
  layout: ImportLayout,
  staged: StagedImport,
): RowProblem[] {
  const problems = [
    ...staged.rowErrors.map((e) => ({ ...e, rejected: false })),
    ...staged.rejectedRecords.map((r) => ({
      ...r,
      row: r.record,
      header: null,
      column: null,
      value: null,
      rejected: true,
    })),
  ];
  const located = locateLines(bytes, shape.delimiter, {
    headerRecord: shape.skipRecords + 1,
    rows: staged.rowErrors.map((e) => e.row),
    rejected: staged.rejectedRecords.map((r) => r.record),
  });
  // In a wide file a number's or period's header is its period column's; others are fixed.
  const cellColumn = (column: ObservationColumn | null) =>
    column === 'period' || column === 'value' || column === 'numerator' || column === 'denominator';
  return problems
    .map(({ row, rejected, header, column, value, reason }) => ({
      line: (rejected ? located.rejected.get(row) : located.rows.get(row)) ?? row,
      column,
      header: header !== null && cellColumn(column) ? header : headerOf(layout, column),
      value,
      reason,
    }))
    .sort((a, b) => a.line - b.line)
    .slice(0, ERROR_LIMIT);
}

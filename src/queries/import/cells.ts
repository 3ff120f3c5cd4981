import { fragment, join, literal, type SqlQuery, sql } from '../../db/sql';
import { FHI_FLAG_STATUS } from '../../domain/observations';
import type { ImportLayout } from '../../ingest/mapping';
import type { Delimiter } from '../../ingest/sniff';

/** Where the staged file is and how to read it. */
export interface CsvSource {
  /** Name the file is registered under in DuckDB. */
  fileName: string;
  delimiter: Delimiter;
  /** Records above the header (SSB's title): DuckDB skips them and still counts them in `line`. */
  skipRecords: number;
  layout: ImportLayout;
}

const raw = (text: string): SqlQuery => ({ text, params: [] });

/**
 * Every column as text (c0…cN), so that each bad cell can be reported rather than failing the
 * whole read; records DuckDB cannot split go to `import_rejects` with their record number.
 */
export function readCsv(source: CsvSource): SqlQuery {
  const columns = source.layout.headers.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  // read_csv's options cannot be bound; the file name is ours and the delimiter one of three.
  return sql`read_csv(${literal(source.fileName)}, delim = ${literal(source.delimiter)},
      quote = '"', escape = '"', header = true, skip = ${fragment(raw(String(source.skipRecords)))},
      auto_detect = false, columns = {${fragment(raw(columns))}},
      store_rejects = true, rejects_table = 'import_rejects', rejects_scan = 'import_reject_scans')`;
}

/**
 * Whether the file can be read, cut and typed in one statement, straight from read_csv: a long
 * file with no measure column. Then each typed row is one parsed row, in file order, and its
 * rowid is its row number. Otherwise (a wide file, a measure column) the file is first read into
 * `import_raw`, whose rowid numbers the rows, and each cell carries that number as `src_row`.
 */
export const readsDirectly = (layout: ImportLayout) =>
  'column' in layout.period && layout.measure === null;

/**
 * The canonical cells of a file, whatever its shape: src_row (the parsed row, or NULL when the
 * rowid says it), src_col (a wide file's period header), org_code, indicator_id, period_raw,
 * value_raw, numerator_raw, denominator_raw, status_raw — trimmed, empty cells as NULL.
 */
export function cellsQuery(source: CsvSource): SqlQuery {
  const { layout } = source;
  const rows = readsDirectly(layout)
    ? longRows(layout, 'NULL::BIGINT', readCsv(source))
    : numberedRows(layout);
  // Organisations in any spelling are resolved afterwards, on the typed rows (spellings.ts).
  return layout.measure === null ? numbers(rows) : pivotMeasures(rows);
}

const cell = (index: number | null) =>
  raw(index === null ? 'NULL::VARCHAR' : `nullif(trim(c${index}), '')`);

const periodColumn = (layout: ImportLayout) =>
  'column' in layout.period ? layout.period.column : null;

/** org_code, indicator_id and status_raw of a row. */
function identifiers(layout: ImportLayout): SqlQuery {
  return sql`${fragment(cell(layout.organisation.column))} AS org_code, ${fragment(indicatorExpr(layout))} AS indicator_id,
    ${fragment(statusExpr(layout))} AS status_raw`;
}

function indicatorExpr(layout: ImportLayout): SqlQuery {
  const { indicator } = layout;
  if ('fixed' in indicator) return sql`${indicator.fixed}::VARCHAR`;
  const text = cell(indicator.column);
  const pairs = Object.entries(indicator.values);
  if (pairs.length === 0) return text;
  // The analyst's translation of the file's words (SSB's variable text) to indicator ids, bound.
  return caseOf(text, pairs, text);
}

function statusExpr(layout: ImportLayout): SqlQuery {
  const { status } = layout;
  if (status === null) return raw('NULL::VARCHAR');
  const text = cell(status.column);
  if (status.form === 'symbol') return text;
  return caseOf(text, Object.entries(FHI_FLAG_STATUS), text);
}

/** `CASE text WHEN k THEN v … ELSE otherwise END`, every key and value bound. */
function caseOf(
  text: SqlQuery,
  pairs: readonly (readonly [string, string | null])[],
  otherwise: SqlQuery | null,
): SqlQuery {
  const whens = pairs.map(([key, value]) => sql`WHEN ${key} THEN ${value}::VARCHAR`);
  return sql`CASE ${fragment(text)} ${join(whens, ' ')} ELSE ${fragment(otherwise ?? raw('NULL'))} END`;
}

/**
 * The rows of a long file from `from`: identifiers, period, the number (`value`, or the measure's
 * number), and its role ('value', or what the measure cell says).
 */
function longRows(layout: ImportLayout, srcRow: string, from: SqlQuery): SqlQuery {
  return sql`SELECT ${fragment(raw(srcRow))} AS src_row, NULL::VARCHAR AS src_col,
      ${fragment(identifiers(layout))}, ${fragment(cell(periodColumn(layout)))} AS period_raw,
      ${fragment(cell(layout.value))} AS number, ${fragment(role(layout))} AS role,
      ${fragment(cell(layout.numerator))} AS numerator_raw,
      ${fragment(cell(layout.denominator))} AS denominator_raw
    FROM ${fragment(from)}`;
}

const role = (layout: ImportLayout): SqlQuery =>
  layout.measure === null
    ? raw("'value'")
    : caseOf(
        raw(`upper(${cell(layout.measure.column).text})`),
        Object.entries(layout.measure.values),
        null,
      );

/**
 * The rows of `import_raw`, numbered: as they are for a long file, one per non-empty period cell
 * for a wide file (an empty cell there is a period not reported, not an error).
 */
function numberedRows(layout: ImportLayout): SqlQuery {
  if ('column' in layout.period) return longRows(layout, 'rowid + 1', raw('import_raw'));
  const columns = layout.period.columns;
  const names = columns.map((p) => `c${p.index}`).join(', ');
  const periods = columns.map((p) => sql`(${`c${p.index}`}, ${p.period}, ${p.header})`);
  return sql`SELECT src_row, p.header AS src_col, ${fragment(identifiers(layout))},
      p.period_raw, nullif(trim(u.cell), '') AS number, ${fragment(role(layout))} AS role,
      NULL::VARCHAR AS numerator_raw, NULL::VARCHAR AS denominator_raw
    FROM (UNPIVOT (SELECT rowid + 1 AS src_row, * FROM import_raw)
      ON ${fragment(raw(names))} INTO NAME src_name VALUE cell) AS u
    JOIN (VALUES ${join(periods, ', ')}) AS p(src_name, period_raw, header) ON p.src_name = u.src_name
    WHERE nullif(trim(u.cell), '') IS NOT NULL`;
}

/** Rows without a measure column: the number is the value. */
function numbers(rows: SqlQuery): SqlQuery {
  return sql`SELECT src_row, src_col, org_code, indicator_id, status_raw, period_raw,
      number AS value_raw, numerator_raw, denominator_raw
    FROM (${fragment(rows)})`;
}

/**
 * FHI-style rows, one per measure (TELLER, NEVNER, RATE…), joined into one per organisation ×
 * indicator × period; measures the mapping leaves out are dropped. The n-th TELLER of a key goes
 * with the n-th NEVNER, so a key given twice stays two rows and is reported as a duplicate. A
 * joined row is reported on the line of its first measure.
 */
function pivotMeasures(rows: SqlQuery): SqlQuery {
  return sql`SELECT min(src_row) AS src_row, min(src_col) AS src_col, org_code, indicator_id,
      max(status_raw) AS status_raw, period_raw,
      max(number) FILTER (WHERE role = 'value') AS value_raw,
      max(number) FILTER (WHERE role = 'numerator') AS numerator_raw,
      max(number) FILTER (WHERE role = 'denominator') AS denominator_raw
    FROM (SELECT *, row_number() OVER (PARTITION BY org_code, indicator_id, period_raw, role
        ORDER BY src_row) AS occurrence
      FROM (${fragment(rows)}) WHERE role IS NOT NULL)
    GROUP BY org_code, indicator_id, period_raw, occurrence`;
}

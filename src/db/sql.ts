/** A value that can be bound to a prepared-statement parameter. */
export type SqlParam = string | number | boolean | null;

/** SQL text with `?` placeholders and the values bound to them, in order. */
export interface SqlQuery {
  readonly text: string;
  readonly params: readonly SqlParam[];
}

const RAW = Symbol('raw-sql');
/** A trusted SQL fragment (an identifier quoted by `ident`, or another `sql` query) to splice in. */
interface RawSql {
  readonly [RAW]: true;
  readonly query: SqlQuery;
}

type Interpolation = SqlParam | RawSql;

function isRaw(value: unknown): value is RawSql {
  return typeof value === 'object' && value !== null && RAW in value;
}

/**
 * Tagged template that turns every interpolated value into a bound parameter, so user input and
 * URL values can never change the statement: sql`SELECT * FROM t WHERE id = ${id}`.
 * Identifiers and nested queries go in through `ident()` and `fragment()`.
 */
export function sql(strings: TemplateStringsArray, ...values: Interpolation[]): SqlQuery {
  let text = strings[0] ?? '';
  const params: SqlParam[] = [];
  values.forEach((value, index) => {
    if (isRaw(value)) {
      text += value.query.text;
      params.push(...value.query.params);
    } else {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new TypeError(`sql: cannot bind the non-finite number ${value}`);
      }
      text += '?';
      params.push(value);
    }
    text += strings[index + 1] ?? '';
  });
  return { text, params };
}

/** Wraps an `sql` query so it can be spliced into another one with its parameters. */
export function fragment(query: SqlQuery): RawSql {
  return { [RAW]: true, query };
}

/** Joins fragments with a separator, e.g. a list of quoted columns. */
export function join(parts: readonly SqlQuery[], separator: string): RawSql {
  return fragment({
    text: parts.map((part) => part.text).join(separator),
    params: parts.flatMap((part) => part.params),
  });
}

/**
 * Quotes an identifier (table or column name) for DuckDB. Doubling `"` is the only escape SQL
 * defines inside a quoted identifier; anything else (backslashes included) is taken literally.
 */
export function ident(name: string): RawSql {
  if (name.length === 0) throw new TypeError('ident: empty identifier');
  if (name.includes('\u0000')) throw new TypeError('ident: NUL in identifier');
  return fragment({ text: `"${name.replaceAll('"', '""')}"`, params: [] });
}

/** Renders a string literal. Only for places DuckDB cannot bind (table-function options). */
export function literal(value: string): RawSql {
  if (value.includes('\u0000')) throw new TypeError('literal: NUL in string');
  return fragment({ text: `'${value.replaceAll("'", "''")}'`, params: [] });
}

import { type SqlQuery, sql } from '../db/sql';
import type { Aggregation } from '../domain/catalogue';

/**
 * The SQL that combines observations of several organisations (or months) into one number.
 * A rate is Σnumerator / Σdenominator over the rows that have both — never the mean of the
 * organisations' rates; a lone row with only a value keeps that value. A mean is weighted by the
 * denominator where every row with a value has one. Hidden cells (no value, no count) take no
 * part: their denominators stay in the table but not in any combined number.
 */
export function combine(aggregation: Aggregation, rateMultiplier: number): SqlQuery {
  switch (aggregation) {
    case 'rate':
      return sql`CASE WHEN count(*) FILTER (WHERE numerator IS NOT NULL AND denominator IS NOT NULL) > 0
        THEN sum(numerator) FILTER (WHERE denominator IS NOT NULL)
          / nullif(sum(denominator) FILTER (WHERE numerator IS NOT NULL), 0) * ${rateMultiplier}
        WHEN count(value) = 1 THEN max(value) END`;
    case 'sum':
      return sql`sum(value)`;
    case 'mean':
      return sql`CASE WHEN count(denominator) FILTER (WHERE value IS NOT NULL) = count(value)
        THEN sum(value * denominator)
          / nullif(sum(denominator) FILTER (WHERE value IS NOT NULL), 0)
        ELSE avg(value) END`;
  }
}

/**
 * The counts to show beside `combine`'s value: those of exactly the rows that value is made of,
 * so that numerator / denominator gives the value shown (issue #12: a denominator with a hidden
 * cell's in it, or a row's that gave no numerator, beside a rate of the others). A lone rate row
 * with only a value shows its own denominator; an unweighted mean shows no counts.
 */
export function combinedCounts(aggregation: Aggregation): {
  numerator: SqlQuery;
  denominator: SqlQuery;
} {
  switch (aggregation) {
    case 'rate':
      return {
        numerator: sql`sum(numerator) FILTER (WHERE denominator IS NOT NULL)`,
        denominator: sql`CASE WHEN count(*) FILTER (WHERE numerator IS NOT NULL AND denominator IS NOT NULL) > 0
          THEN sum(denominator) FILTER (WHERE numerator IS NOT NULL)
          WHEN count(value) = 1 THEN max(denominator) FILTER (WHERE value IS NOT NULL) END`,
      };
    case 'sum':
      return {
        numerator: sql`sum(numerator) FILTER (WHERE value IS NOT NULL)`,
        denominator: sql`sum(denominator) FILTER (WHERE value IS NOT NULL)`,
      };
    case 'mean':
      return {
        numerator: sql`CASE WHEN count(denominator) FILTER (WHERE value IS NOT NULL) = count(value)
          THEN sum(numerator) FILTER (WHERE value IS NOT NULL) END`,
        denominator: sql`CASE WHEN count(denominator) FILTER (WHERE value IS NOT NULL) = count(value)
          THEN sum(denominator) FILTER (WHERE value IS NOT NULL) END`,
      };
  }
}

/** A grain's rank, finest first, for ordering and for picking the finest grain reported. */
export const GRAIN_RANK = sql`CASE grain WHEN 'month' THEN 0 WHEN 'quarter' THEN 1 ELSE 2 END`;

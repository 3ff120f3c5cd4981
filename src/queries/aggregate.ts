import { type SqlQuery, sql } from '../db/sql';
import type { Aggregation } from '../domain/catalogue';

/**
 * The SQL that combines observations of several organisations (or months) into one number.
 * A rate is Σnumerator / Σdenominator over the rows that have both — never the mean of the
 * organisations' rates; a lone row with only a value keeps that value. A mean is weighted by the
 * denominator where every row has one.
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
      return sql`CASE WHEN count(denominator) = count(value)
        THEN sum(value * denominator) / nullif(sum(denominator), 0) ELSE avg(value) END`;
  }
}

import { z } from 'zod';

/** The three benefit areas of the programme's effect goals. */
export const areaSchema = z.enum(['kvalitet', 'effektivitet', 'okonomi']);
export type Area = z.infer<typeof areaSchema>;

/** Units drive formatting and, for rates, the multiplier applied to Σnumerator / Σdenominator. */
export const unitSchema = z.enum(['percent', 'per_1000', 'minutes', 'nok', 'count', 'days']);
export type Unit = z.infer<typeof unitSchema>;

export const directionSchema = z.enum(['higher_is_better', 'lower_is_better']);
export type Direction = z.infer<typeof directionSchema>;

export const aggregationSchema = z.enum(['rate', 'sum', 'mean']);
export type Aggregation = z.infer<typeof aggregationSchema>;

const isoDate = z.iso.date();
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
const id = z.string().regex(/^[a-z0-9_]+$/, 'ids use a–z, 0–9 and _');

/**
 * How an organisation's baseline (nullpunktsmåling) is found. The default is the 12 months before
 * the organisation's own go-live: the last period before the new record could have had an effect.
 */
export const baselineRuleSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('before_go_live'), months: z.int().min(1).max(60) }),
  z.object({ method: z.literal('fixed'), from: yearMonth, to: yearMonth }),
  z.object({ method: z.literal('value'), value: z.number() }),
]);
export type BaselineRule = z.infer<typeof baselineRuleSchema>;
export const DEFAULT_BASELINE_RULE: BaselineRule = { method: 'before_go_live', months: 12 };

export const benefitSchema = z.object({
  id,
  area: areaSchema,
  name_nb: z.string().min(1),
  name_en: z.string().min(1),
});
export type Benefit = z.infer<typeof benefitSchema>;

export const indicatorSchema = z.object({
  id,
  benefit_id: id,
  name_nb: z.string().min(1),
  name_en: z.string().min(1),
  unit: unitSchema,
  direction: directionSchema,
  aggregation: aggregationSchema,
  baseline: baselineRuleSchema.default(DEFAULT_BASELINE_RULE),
  target: z.object({ value: z.number(), date: isoDate }).nullable().default(null),
  /** Cells whose count (numerator for rates, value for sums) is below this are suppressed. */
  min_n: z.int().min(0).default(0),
  source: z.string().default(''),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** `datasets/indicators.json`: the benefit map (area → benefit → indicator). */
export const catalogueSchema = z
  .object({ benefits: z.array(benefitSchema).min(1), indicators: z.array(indicatorSchema).min(1) })
  .superRefine((catalogue, ctx) => {
    const benefitIds = new Set(catalogue.benefits.map((b) => b.id));
    const seen = new Set<string>();
    catalogue.indicators.forEach((indicator, index) => {
      if (!benefitIds.has(indicator.benefit_id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'benefit_id'],
          message: `unknown benefit "${indicator.benefit_id}"`,
        });
      }
      if (seen.has(indicator.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'id'],
          message: `duplicate indicator id "${indicator.id}"`,
        });
      }
      seen.add(indicator.id);
    });
  });
export type Catalogue = z.infer<typeof catalogueSchema>;

/** What a rate's Σnumerator / Σdenominator is multiplied by to be shown in its unit. */
export function rateMultiplier(unit: Unit): number {
  switch (unit) {
    case 'percent':
      return 100;
    case 'per_1000':
      return 1000;
    default:
      return 1;
  }
}

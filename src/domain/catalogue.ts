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

/**
 * DFØ's benefit types: budget-releasing (uttaksgevinst: money leaves a budget), freed capacity
 * (time that can be used for other work), priced for others (NOK that accrues to patients or
 * other organisations), unpriced (quantified or described, never in NOK).
 */
export const benefitTypeSchema = z.enum([
  'budget_releasing',
  'freed_capacity',
  'priced_for_others',
  'unpriced',
]);
export type BenefitType = z.infer<typeof benefitTypeSchema>;

export const benefitStatusSchema = z.enum(['planned', 'in_progress', 'realised', 'not_realised']);
export type BenefitStatus = z.infer<typeof benefitStatusSchema>;

/**
 * The gevinsteier in one organisation: a role title (e.g. "Kommunalsjef helse og velferd"),
 * never a person's name, so the register survives staff changes and holds no personal data.
 * The org code is not checked against the organisation list here: that list is a separate file.
 */
export const benefitOwnerSchema = z.object({
  org_code: z.string().min(1),
  owner: z.string().min(1),
});
export type BenefitOwner = z.infer<typeof benefitOwnerSchema>;

/** Planned realisation, cumulative NOK by the end of the month `date` (all organisations). */
export const planPointSchema = z.object({ date: yearMonth, nok: z.number() });
export type PlanPoint = z.infer<typeof planPointSchema>;

export const benefitSchema = z.object({
  id,
  area: areaSchema,
  name_nb: z.string().min(1),
  name_en: z.string().min(1),
  /** Defaults to unpriced: a benefit nobody has priced must never produce NOK. */
  type: benefitTypeSchema.default('unpriced'),
  description_nb: z.string().default(''),
  description_en: z.string().default(''),
  /** A negative effect of the change, followed up like a benefit (its plan is usually ≤ 0). */
  disbenefit: z.boolean().default(false),
  owners: z.array(benefitOwnerSchema).default([]),
  /** When the benefit is planned to be fully realised. */
  planned_date: isoDate.nullable().default(null),
  status: benefitStatusSchema.default('planned'),
  /** Cumulative planned NOK over all organisations, months strictly increasing. */
  plan: z.array(planPointSchema).default([]),
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
  /**
   * Cells whose count is below this are suppressed when loaded (src/queries/suppress.ts): the
   * numerator of a rate, a sum's value, the denominator (people measured) of a mean.
   */
  min_n: z.int().min(0).default(0),
  source: z.string().default(''),
  /**
   * NOK value of one unit of improvement for one month, where the benefit is priced (null =
   * not priced). "One unit" is what a benefit owner can state, by aggregation:
   * - rate: one unit of the numerator — one avoided (lower is better) or one added (higher is
   *   better) event, e.g. NOK per avoided readmission; for a rate in NOK (cost per inhabitant)
   *   the numerator is kroner, so 1.
   * - sum: one unit of the monthly value — NOK 1 per krone for a cost, NOK per system retired
   *   for a count.
   * - mean: one unit of the mean for one member of the denominator for one month, e.g. for
   *   minutes per clinician per day: NOK per clinician-minute × working days in a month.
   * Always positive: the indicator's direction says which way is an improvement.
   * See src/domain/realisation.ts for how it is applied.
   */
  nok_per_unit: z.number().positive().nullable().default(null),
  /** Who answers for the measurement (a role title, never a person's name). */
  owner: z.string().default(''),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/**
 * One benefit's own consistency: one owner per organisation, plan months strictly increasing
 * (a cumulative profile is read in order), and no NOK plan for an unpriced benefit.
 */
function checkBenefit(benefit: Benefit, index: number, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path: ['benefits', index, ...path], message });
  const orgs = new Set<string>();
  benefit.owners.forEach((owner, at) => {
    if (orgs.has(owner.org_code))
      issue(['owners', at, 'org_code'], `two owners for "${owner.org_code}"`);
    orgs.add(owner.org_code);
  });
  benefit.plan.forEach((point, at) => {
    const previous = benefit.plan[at - 1];
    if (previous !== undefined && point.date <= previous.date) {
      issue(['plan', at, 'date'], `plan dates must increase (${previous.date} then ${point.date})`);
    }
  });
  if (benefit.type === 'unpriced' && benefit.plan.length > 0) {
    issue(['plan'], 'an unpriced benefit has no NOK plan');
  }
}

/** `datasets/indicators.json`: the benefit map (area → benefit → indicator). */
export const catalogueSchema = z
  .object({ benefits: z.array(benefitSchema).min(1), indicators: z.array(indicatorSchema).min(1) })
  .superRefine((catalogue, ctx) => {
    const benefitIds = new Set<string>();
    catalogue.benefits.forEach((benefit, index) => {
      // Realisation is grouped by benefit id: two benefits with one id would merge silently.
      if (benefitIds.has(benefit.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['benefits', index, 'id'],
          message: `duplicate benefit id "${benefit.id}"`,
        });
      }
      benefitIds.add(benefit.id);
      checkBenefit(benefit, index, ctx);
    });
    const unpriced = new Set(
      catalogue.benefits.filter((b) => b.type === 'unpriced').map((b) => b.id),
    );
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
      if (indicator.nok_per_unit !== null && unpriced.has(indicator.benefit_id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'nok_per_unit'],
          message: `benefit "${indicator.benefit_id}" is unpriced, so its indicators carry no NOK`,
        });
      }
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

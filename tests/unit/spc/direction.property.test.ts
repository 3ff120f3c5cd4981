import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AssuranceIcon,
  assuranceIcon,
  type SignalType,
  specialCauses,
  type VariationIcon,
  variationIcon,
} from '../../../src/domain/spc/rules';
import { xmrLimits } from '../../../src/domain/spc/xmr';

const swapType = (type: SignalType | null) =>
  type === 'improvement' ? 'concern' : type === 'concern' ? 'improvement' : type;

const swapIcon = (icon: VariationIcon | null) =>
  icon?.startsWith('improvement')
    ? icon.replace('improvement', 'concern')
    : icon?.startsWith('concern')
      ? icon.replace('concern', 'improvement')
      : icon;

const swapAssurance = (icon: AssuranceIcon | null) =>
  icon === 'consistently_passes'
    ? 'consistently_fails'
    : icon === 'consistently_fails'
      ? 'consistently_passes'
      : icon;

// Small integers give ties, points on the mean and flat stretches; doubles give everything else.
const value = fc.oneof(
  fc.integer({ min: -4, max: 4 }),
  fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }),
);
const scattered = fc.array(fc.option(value, { nil: null, freq: 8 }), {
  minLength: 2,
  maxLength: 40,
});
// A drifting random walk: independent values almost never make a trend of 7.
const walk = fc
  .array(fc.integer({ min: -2, max: 3 }), { minLength: 2, maxLength: 40 })
  .map((steps) => steps.map((_, i) => steps.slice(0, i + 1).reduce((sum, s) => sum + s, 0)));
const series = fc.oneof(scattered, walk);

describe('flipping the better direction', () => {
  it('swaps improvement and concern and leaves rules, sides, neutral and none unchanged', () => {
    fc.assert(
      fc.property(series, (values) => {
        const result = xmrLimits(values);
        fc.pre(result.ok);
        if (!result.ok) return;
        const higher = specialCauses(values, result.data, 'higher_is_better');
        const lower = specialCauses(values, result.data, 'lower_is_better');
        const neutral = specialCauses(values, result.data, null);
        expect(lower.map((p) => p.rule)).toEqual(higher.map((p) => p.rule));
        expect(lower.map((p) => p.side)).toEqual(higher.map((p) => p.side));
        expect(lower.map((p) => p.type)).toEqual(higher.map((p) => swapType(p.type)));
        expect(neutral.map((p) => p.type)).toEqual(
          higher.map((p) => (p.rule === null ? null : 'neutral')),
        );
        expect(variationIcon(lower)).toBe(swapIcon(variationIcon(higher)));
      }),
      { numRuns: 500 },
    );
  });

  it('swaps consistently passes and consistently fails in the assurance icon', () => {
    fc.assert(
      fc.property(series, value, (values, target) => {
        const result = xmrLimits(values);
        fc.pre(result.ok);
        if (!result.ok) return;
        expect(assuranceIcon(result.data, target, 'lower_is_better')).toBe(
          swapAssurance(assuranceIcon(result.data, target, 'higher_is_better')),
        );
      }),
      { numRuns: 300 },
    );
  });
});

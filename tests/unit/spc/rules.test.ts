import { describe, expect, it } from 'vitest';
import {
  assuranceIcon,
  type Improvement,
  type PointSignal,
  phaseSpecialCauses,
  specialCauses,
  variationIcon,
} from '../../../src/domain/spc/rules';
import { type XmrLimits, xmrLimits, xmrPhases } from '../../../src/domain/spc/xmr';

/**
 * Fixed limits so each series tests one rule: mean 10 and MR̄ 1 put the process limits at
 * 7.34 / 12.66 and the near-limit band at 8.23 / 11.77.
 */
const LIMITS: XmrLimits = (() => {
  const result = xmrLimits([9, 10, 11]);
  if (!result.ok) throw new Error(result.error);
  return result.data;
})();

const rules = (values: (number | null)[], improvement: Improvement = 'higher_is_better') =>
  specialCauses(values, LIMITS, improvement).map((p) => (p.rule === null ? '-' : p.rule));
const sides = (values: (number | null)[]) =>
  specialCauses(values, LIMITS, null).map((p) => p.side ?? '-');

describe('fixture limits', () => {
  it('are mean 10, MR̄ 1', () => {
    expect([LIMITS.mean, LIMITS.movingRangeMean]).toEqual([10, 1]);
  });
});

describe('rule 1: outside the process limits', () => {
  it('flags points strictly beyond either limit, high or low', () => {
    expect(rules([10, 13, 10, 7, 10])).toEqual(['-', 'outside_limits', '-', 'outside_limits', '-']);
    expect(sides([10, 13, 10, 7, 10])).toEqual(['-', 'high', '-', 'low', '-']);
  });

  it('does not flag a point exactly on a limit', () => {
    expect(rules([LIMITS.upperProcessLimit, 10])).toEqual(['-', '-']);
  });
});

describe('rule 2: a trend of 7', () => {
  const rising = [9.7, 9.8, 9.9, 10, 10.1, 10.2, 10.3];

  it.each([
    ['rising', [10.5, ...rising, 9.9], 'high'],
    ['falling', [9.9, ...[...rising].reverse(), 10.5], 'low'],
  ])('flags all 7 points of a %s trend', (_name, values, side) => {
    expect(rules(values)).toEqual(['-', ...Array(7).fill('trend'), '-']);
    expect(sides(values).slice(1, 8)).toEqual(Array(7).fill(side));
  });

  it('needs 7 points: 6 strictly rising points are no trend', () => {
    expect(rules(rising.slice(1))).toEqual(Array(6).fill('-'));
  });

  it('is broken by a repeated value, which is not strictly higher', () => {
    expect(rules([9.7, 9.8, 9.9, 9.9, 10.1, 10.2, 10.3, 10.4])).toEqual(Array(8).fill('-'));
  });

  it('gives a peak shared by a rise and a fall to the later (falling) trend', () => {
    const peak = [...rising, 10.2, 10.1, 10, 9.9, 9.8, 9.7];
    expect(sides(peak)).toEqual([...Array(6).fill('high'), ...Array(7).fill('low')]);
  });
});

describe('rule 3: two out of three beyond the near-limit band', () => {
  it('flags the two points beyond the band on the same side, not the third point', () => {
    expect(rules([10, 12, 10.5, 12, 10])).toEqual(['-', 'two_in_three', '-', 'two_in_three', '-']);
    expect(rules([10, 8, 8, 9.5, 10])).toEqual(['-', 'two_in_three', 'two_in_three', '-', '-']);
    expect(sides([10, 8, 8, 9.5, 10])).toEqual(['-', 'low', 'low', '-', '-']);
  });

  it('gives no signal for two points beyond the band on opposite sides', () => {
    expect(rules([10.5, 12, 8, 10.5])).toEqual(['-', '-', '-', '-']);
    expect(rules([12, 10.5, 8])).toEqual(['-', '-', '-']);
  });

  it('requires all three points of the window on one side of the mean (NHSRplotthedots)', () => {
    expect(rules([10, 12, 9.9, 12, 10])).toEqual(['-', '-', '-', '-', '-']);
  });

  it('does not count a point outside the limits as near the limit (NHSRplotthedots)', () => {
    expect(rules([10, 13, 12, 10.5, 10])).toEqual(['-', 'outside_limits', '-', '-', '-']);
    expect(rules([10, 13, 12, 12, 10])).toEqual([
      '-',
      'outside_limits',
      'two_in_three',
      'two_in_three',
      '-',
    ]);
  });
});

describe('rule 4: a shift of 7 on one side of the mean', () => {
  it('flags all points of a run of 7 or more', () => {
    expect(rules([9, ...Array(8).fill(10.5), 9])).toEqual(['-', ...Array(8).fill('shift'), '-']);
  });

  it('needs 7: a run of 6 is no shift', () => {
    expect(rules([9, ...Array(6).fill(10.5), 9])).toEqual(Array(8).fill('-'));
  });

  it('is broken by a point exactly on the mean', () => {
    const values = [10.5, 10.5, 10.5, 10, 10.5, 10.5, 10.5, 10.5];
    expect(rules(values)).toEqual(Array(8).fill('-'));
  });

  it('skips a missing point instead of breaking the run, and leaves it unevaluated', () => {
    const signals = specialCauses([10.5, 10.5, 10.5, null, 10.5, 10.5, 10.5, 10.5], LIMITS, null);
    expect(signals.map((p) => p.rule ?? '-')).toEqual([
      ...Array(3).fill('shift'),
      '-',
      ...Array(4).fill('shift'),
    ]);
    expect(signals[3]).toEqual({
      value: null,
      evaluated: false,
      rule: null,
      side: null,
      type: null,
    });
  });
});

describe('precedence', () => {
  it.each([
    ['outside limits over shift', [10.5, 10.5, 10.5, 13, 10.5, 10.5, 10.5], 3, 'outside_limits'],
    ['trend over shift', [10.1, 10.2, 10.3, 10.4, 10.5, 10.6, 10.7], 0, 'trend'],
    ['two-in-three over shift', [10.5, 10.5, 12, 12, 10.5, 10.5, 10.5], 2, 'two_in_three'],
    ['outside limits over trend', [9.7, 9.8, 9.9, 10, 10.1, 10.2, 13], 6, 'outside_limits'],
  ])('%s', (_name, values, index, rule) => {
    const flagged = rules(values);
    expect(flagged[index]).toBe(rule);
    expect(flagged.every((r) => r !== '-')).toBe(true);
  });

  it('types points by the rule that won: a rising trend below the mean is improvement', () => {
    const values = [8.5, 8.6, 8.7, 8.8, 8.9, 9, 9.1];
    const signals = specialCauses(values, LIMITS, 'higher_is_better');
    expect(signals.map((p) => [p.rule, p.type])).toEqual(Array(7).fill(['trend', 'improvement']));
  });
});

describe('signal type', () => {
  it.each([
    ['higher_is_better', 'improvement', 'concern'],
    ['lower_is_better', 'concern', 'improvement'],
    [null, 'neutral', 'neutral'],
  ] as const)('for %s: high is %s, low is %s', (improvement, high, low) => {
    const types = specialCauses([10, 13, 7], LIMITS, improvement).map((p) => p.type);
    expect(types).toEqual([null, high, low]);
  });
});

describe('phaseSpecialCauses', () => {
  const values = [10, 11, 9, 10, 11, 9, 10, 11, 20, 21, 19, 20, 21, 19, 20, 21];
  const points = values.map((value, i) => ({ date: `20${10 + i}-01-01`, value }));

  it('judges each phase by its own limits: a level change at go-live is no shift', () => {
    const whole = xmrPhases(points);
    const split = xmrPhases(points, '2018-01-01');
    if (!whole.ok || !split.ok) throw new Error('phases');
    const wholeRules = phaseSpecialCauses(whole.data, 'higher_is_better').map((p) => p.rule);
    expect(wholeRules.every((r) => r !== null)).toBe(true);
    const splitSignals = phaseSpecialCauses(split.data, 'higher_is_better');
    expect(splitSignals).toHaveLength(16);
    expect(splitSignals.every((p) => p.evaluated && p.rule === null)).toBe(true);
  });

  it('leaves a phase without limits unevaluated', () => {
    const split = xmrPhases(points, '2025-01-01');
    if (!split.ok) throw new Error(split.error);
    const signals = phaseSpecialCauses(split.data, 'higher_is_better');
    expect(signals.map((p) => p.evaluated)).toEqual([...Array(15).fill(true), false]);
    expect(variationIcon(signals)).toBeNull();
  });
});

const signal = (partial: Partial<PointSignal>): PointSignal => ({
  value: 1,
  evaluated: true,
  rule: null,
  side: null,
  type: null,
  ...partial,
});

describe('variationIcon', () => {
  it.each([
    ['common cause', [signal({})], 'common_cause'],
    [
      'improvement high',
      [signal({ rule: 'outside_limits', side: 'high', type: 'improvement' })],
      'improvement_high',
    ],
    ['concern low', [signal({ rule: 'shift', side: 'low', type: 'concern' })], 'concern_low'],
    ['neutral high', [signal({ rule: 'trend', side: 'high', type: 'neutral' })], 'neutral_high'],
    [
      'the latest point, not an earlier signal',
      [signal({ rule: 'outside_limits', side: 'high', type: 'concern' }), signal({})],
      'common_cause',
    ],
    [
      'the latest non-missing point',
      [signal({ rule: 'shift', side: 'low', type: 'improvement' }), signal({ value: null })],
      'improvement_low',
    ],
    ['no points', [], null],
  ])('%s', (_name, points, icon) => {
    expect(variationIcon(points)).toBe(icon);
  });

  it('follows a lower-is-better series whose latest point falls below the limit', () => {
    const signals = specialCauses([10, 11, 9, 10, 6], LIMITS, 'lower_is_better');
    expect(variationIcon(signals)).toBe('improvement_low');
  });
});

describe('assuranceIcon (limits 7.34 – 12.66)', () => {
  it.each([
    ['higher_is_better', 14, 'consistently_fails'],
    ['higher_is_better', 6, 'consistently_passes'],
    ['higher_is_better', 10, 'hit_and_miss'],
    // Lower is better: a target below the lower limit is never reached.
    ['lower_is_better', 6, 'consistently_fails'],
    ['lower_is_better', 14, 'consistently_passes'],
    ['lower_is_better', 10, 'hit_and_miss'],
    ['higher_is_better', LIMITS.upperProcessLimit, 'hit_and_miss'],
    ['lower_is_better', LIMITS.lowerProcessLimit, 'hit_and_miss'],
    ['higher_is_better', null, null],
    [null, 14, null],
  ] as const)('%s, target %s → %s', (improvement, target, icon) => {
    expect(assuranceIcon(LIMITS, target, improvement)).toBe(icon);
  });
});

import { describe, expect, it } from 'vitest';
import { clipPhase, phaseBreakOf, spcChart } from '../../src/domain/spc/chart';

/** Monthly period starts from January 2020. */
const monthly = (values: (number | null)[]) =>
  values.map((value, i) => {
    const year = 2020 + Math.floor(i / 12);
    const month = String((i % 12) + 1).padStart(2, '0');
    return { period_start: `${year}-${month}-01`, value };
  });

/** 10, 11, 10, 11 … : common-cause wobble with MR̄ 1 and no runs. */
const wobble = (n: number, base = 10) => Array.from({ length: n }, (_, i) => base + (i % 2));

describe('spcChart', () => {
  it('flags a point above the upper limit as improvement when higher is better', () => {
    const chart = spcChart(monthly([...wobble(20), 30, ...wobble(3)]), 'higher_is_better', null);
    expect(chart.signals[20]).toEqual({
      rule: 'outside_limits',
      side: 'high',
      type: 'improvement',
    });
    // The outlier lifts the mean above every other point: a run below it, a concern.
    expect(chart.signals[0]).toEqual({ rule: 'shift', side: 'low', type: 'concern' });
    expect(chart.phases).toHaveLength(1);
    expect(chart.phases[0]).toMatchObject({ kind: 'whole', from: '2020-01-01', to: '2021-12-01' });
  });

  it('turns the same high point into a concern when lower is better, and a low one into improvement', () => {
    const high = spcChart(monthly([...wobble(20), 30, ...wobble(3)]), 'lower_is_better', null);
    expect(high.signals[20]?.type).toBe('concern');
    const low = spcChart(monthly([...wobble(20), -10, ...wobble(3)]), 'lower_is_better', null);
    expect(low.signals[20]).toEqual({ rule: 'outside_limits', side: 'low', type: 'improvement' });
  });

  it('splits the limits at the phase break, each phase with its own mean', () => {
    const points = monthly([...wobble(12), ...wobble(12, 20)]);
    const split = spcChart(points, 'higher_is_better', '2021-01-01');
    expect(split.phases.map((p) => [p.kind, p.from, p.to, p.mean])).toEqual([
      ['baseline', '2020-01-01', '2020-12-01', 10.5],
      ['live', '2021-01-01', '2021-12-01', 20.5],
    ]);
    // Each phase wobbles around its own mean: nothing special within either.
    expect(split.signals.every((s) => s === null)).toBe(true);
    // One phase over the step sees a shift: the old level low (a concern), the new high.
    const whole = spcChart(points, 'higher_is_better', null);
    expect(whole.signals[0]?.type).toBe('concern');
    expect(whole.signals[23]?.type).toBe('improvement');
  });

  it('gives a phase of one point no lines, and a rejected series no signals', () => {
    const chart = spcChart(monthly([...wobble(12), 15]), 'higher_is_better', '2021-01-01');
    expect(chart.phases.map((p) => p.kind)).toEqual(['baseline']);
    const unordered = spcChart(
      [
        { period_start: '2020-02-01', value: 1 },
        { period_start: '2020-01-01', value: 2 },
      ],
      'higher_is_better',
      null,
    );
    expect(unordered).toEqual({ phases: [], signals: [null, null] });
  });

  it('marks trial limits under 12 points', () => {
    expect(spcChart(monthly(wobble(11)), 'higher_is_better', null).phases[0]?.trial).toBe(true);
    expect(spcChart(monthly(wobble(12)), 'higher_is_better', null).phases[0]?.trial).toBe(false);
  });
});

describe('phaseBreakOf', () => {
  it('is the go-live month of a single organisation, none for a combination', () => {
    expect(phaseBreakOf([{ go_live: '2022-05-07' }])).toBe('2022-05-01');
    expect(phaseBreakOf([{ go_live: null }])).toBeNull();
    expect(phaseBreakOf([{ go_live: '2022-05-07' }, { go_live: '2022-05-07' }])).toBeNull();
    expect(phaseBreakOf([])).toBeNull();
  });
});

describe('clipPhase', () => {
  const phase = {
    kind: 'live' as const,
    from: '2022-05-01',
    to: '2024-12-01',
    mean: 1,
    lowerProcessLimit: 0,
    upperProcessLimit: 2,
    trial: false,
  };
  it('cuts a phase to the months on screen, or drops it', () => {
    expect(clipPhase(phase, '2023-01-01', '2023-06-01')).toMatchObject({
      from: '2023-01-01',
      to: '2023-06-01',
    });
    expect(clipPhase(phase, '2020-01-01', '2030-01-01')).toMatchObject({
      from: '2022-05-01',
      to: '2024-12-01',
    });
    expect(clipPhase(phase, '2025-01-01', '2025-06-01')).toBeNull();
  });
});

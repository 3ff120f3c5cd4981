import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackLabels } from '../../src/components/label-rows';

describe('labels stacked along a time axis', () => {
  it('keeps labels far apart on one row, and stacks close ones', () => {
    // The region's three go-lives on an 800 px chart: Nov 2022, Apr 2024, Nov 2024.
    const spans = [
      { centre: 420, width: 135 },
      { centre: 600, width: 135 },
      { centre: 660, width: 135 },
    ];
    expect(stackLabels(spans, 800)).toEqual([
      { row: 0, centre: 420 },
      { row: 0, centre: 600 },
      { row: 1, centre: 660 },
    ]);
  });

  it('moves a label at the edge inside the chart', () => {
    expect(stackLabels([{ centre: 10, width: 100 }], 800)).toEqual([{ row: 0, centre: 50 }]);
    expect(stackLabels([{ centre: 790, width: 100 }], 800)).toEqual([{ row: 0, centre: 750 }]);
  });

  it('answers in the order it was asked, whatever the order of the dates', () => {
    const placed = stackLabels(
      [
        { centre: 660, width: 135 },
        { centre: 420, width: 135 },
        { centre: 600, width: 135 },
      ],
      800,
    );
    expect(placed.map((p) => p.row)).toEqual([1, 0, 0]);
  });

  it('never puts two labels of one row over each other', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            centre: fc.integer({ min: 0, max: 1000 }),
            width: fc.integer({ min: 20, max: 200 }),
          }),
          {
            maxLength: 20,
          },
        ),
        (spans) => {
          const placed = stackLabels(spans, 1000);
          for (let i = 0; i < spans.length; i++) {
            for (let j = i + 1; j < spans.length; j++) {
              const [a, b] = [placed[i], placed[j]];
              if (a === undefined || b === undefined || a.row !== b.row) continue;
              const halves = ((spans[i]?.width ?? 0) + (spans[j]?.width ?? 0)) / 2;
              expect(Math.abs(a.centre - b.centre)).toBeGreaterThanOrEqual(halves);
            }
          }
        },
      ),
    );
  });
});

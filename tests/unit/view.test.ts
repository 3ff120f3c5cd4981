import { describe, expect, it } from 'vitest';
import { parseView, viewHash } from '../../src/url-state/view';

describe('the view in the URL hash', () => {
  it.each([
    ['', 'overview'],
    ['#/', 'overview'],
    ['#/data', 'data'],
    ['#/sql', 'sql'],
    ['#/sql?x=1', 'sql'],
    ['#/nonsense', 'overview'],
    ['#/<script>', 'overview'],
  ])('%s → %s', (hash, view) => {
    expect(parseView(hash)).toBe(view);
  });

  it('round-trips every view, the default as the shortest hash', () => {
    for (const view of ['overview', 'data', 'sql'] as const)
      expect(parseView(viewHash(view))).toBe(view);
    expect(viewHash('overview')).toBe('#/');
  });
});

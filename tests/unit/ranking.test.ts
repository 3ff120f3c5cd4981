import { describe, expect, it } from 'vitest';
import { gain, rankByChange } from '../../src/domain/ranking';

interface Row {
  name: string;
  change: number | null;
}

const rows: Row[] = [
  { name: 'Levanger', change: -1.5 },
  { name: 'Ørland', change: null },
  { name: 'Trondheim', change: 2 },
  { name: 'Bindal', change: 0.5 },
  { name: 'Agdenes', change: null },
  { name: 'Åfjord', change: 0.5 },
];

const rank = (direction: 'higher_is_better' | 'lower_is_better') =>
  rankByChange(
    rows,
    direction,
    (r) => r.change,
    (r) => r.name,
  ).map((r) => r.name);

describe('rankByChange', () => {
  it('puts the largest rise first when higher is better', () => {
    expect(rank('higher_is_better')).toEqual([
      'Trondheim',
      'Bindal',
      'Åfjord',
      'Levanger',
      'Agdenes',
      'Ørland',
    ]);
  });

  it('puts the largest fall first when lower is better', () => {
    expect(rank('lower_is_better')).toEqual([
      'Levanger',
      'Bindal',
      'Åfjord',
      'Trondheim',
      'Agdenes',
      'Ørland',
    ]);
  });

  it('breaks ties by name in Norwegian order (Å after Ø) and leaves the input alone', () => {
    const tied = [
      { name: 'Åfjord', change: 1 },
      { name: 'Ørland', change: 1 },
      { name: 'Agdenes', change: 1 },
    ];
    const ranked = rankByChange(
      tied,
      'higher_is_better',
      (r) => r.change,
      (r) => r.name,
    );
    expect(ranked.map((r) => r.name)).toEqual(['Agdenes', 'Ørland', 'Åfjord']);
    expect(tied[0]?.name).toBe('Åfjord');
  });
});

describe('gain', () => {
  it('is positive for good news in either direction', () => {
    expect(gain(3, 'higher_is_better')).toBe(3);
    expect(gain(-3, 'lower_is_better')).toBe(3);
    expect(gain(3, 'lower_is_better')).toBe(-3);
  });
});

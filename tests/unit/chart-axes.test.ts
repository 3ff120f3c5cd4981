import { describe, expect, it } from 'vitest';
import { isoOf, monthAxis, monthOf, toTime } from '../../src/components/chart-axes';
import { formatters } from '../../src/i18n/format';

describe('the shared time axis', () => {
  it('plots a date and its month start at UTC midnight, whatever follows the date', () => {
    expect(toTime('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(toTime('2024-03-01T12:00:00Z')).toBe(Date.UTC(2024, 2, 1));
    expect(isoOf(toTime('2024-12-31'))).toBe('2024-12-31');
  });

  it('labels ticks and tooltips with the same month', () => {
    const nb = formatters('nb');
    const time = toTime('2024-03-01');
    expect(monthAxis(nb).tickFormatter(time)).toBe(nb.month('2024-03-01'));
    expect(monthOf(nb, time)).toBe(nb.month('2024-03-01'));
  });
});

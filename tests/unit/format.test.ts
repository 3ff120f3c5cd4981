import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/i18n/format';

const nb = formatters('nb');
const en = formatters('en');
// Intl writes a no-break space between thousands and a true minus sign in nb-NO.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');

describe('numbers in the active language', () => {
  it('uses a decimal comma and spaced thousands in bokmål, a point and commas in English', () => {
    expect(plain(nb.number(12345.678, 1))).toBe('12 345,7');
    expect(en.number(12345.678, 1)).toBe('12,345.7');
  });

  it('writes measures in their unit', () => {
    expect(plain(nb.measure(12.5, 'percent'))).toBe('12,5 %');
    expect(plain(nb.measure(1234, 'nok'))).toBe('1 234 kr');
    expect(nb.measure(null, 'count')).toBe('–');
  });

  it('signs a change, and gives percentages as percentage points', () => {
    expect(plain(nb.change(-0.74, 'percent'))).toBe('-0,7 pp');
    expect(en.change(1.25, 'percent')).toBe('+1.3 pp');
    expect(plain(nb.change(4.5, 'nok'))).toBe('+5 kr');
    expect(nb.change(0, 'per_1000')).toBe('0');
    expect(nb.change(null, 'minutes')).toBe('–');
  });

  it('writes months and days in the language', () => {
    expect(nb.month('2024-01-01')).toBe('jan. 2024');
    expect(en.month('2024-01-01')).toBe('Jan 2024');
    expect(nb.date('2022-11-12')).toBe('12. nov. 2022');
  });
});

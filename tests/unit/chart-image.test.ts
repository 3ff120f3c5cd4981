import { describe, expect, it } from 'vitest';
import { fileNameOf } from '../../src/export/chart-image';

describe('chart file names', () => {
  it('keeps Norwegian letters and digits, dashes the rest', () => {
    expect(fileNameOf('Reinnleggelser innen 30 dager – Trøndelag (67+)')).toBe(
      'reinnleggelser-innen-30-dager-trøndelag-67',
    );
  });
  it('never gives an empty or hidden name, nor a path', () => {
    expect(fileNameOf('../..//')).toBe('diagram');
    expect(fileNameOf('   ')).toBe('diagram');
    expect(fileNameOf('a/b\\c')).toBe('a-b-c');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CATCHMENT_PATH, generateDatasets } from '../../scripts/datasets/generate';
import { catalogueSchema, rateMultiplier } from '../../src/domain/catalogue';
import { OBSERVATION_COLUMNS } from '../../src/domain/observations';
import { organisationsSchema } from '../../src/domain/organisations';

const root = path.resolve(import.meta.dirname, '../..');
const readText = (relative: string) => readFileSync(path.join(root, relative), 'utf8');

function parseCsv(relative: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(readText(relative), {
    header: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

const organisations = organisationsSchema.parse(parseCsv('datasets/organisations.csv'));
const catalogue = catalogueSchema.parse(JSON.parse(readText('datasets/indicators.json')));
const observations = parseCsv('datasets/observations.csv');

function expectedPeriods(): string[] {
  const periods: string[] = [];
  for (let year = 2019; year <= 2025; year++) {
    for (let month = 1; month <= 12; month++)
      periods.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  return periods;
}

describe('datasets/organisations.csv', () => {
  it('has the RHF, three trusts and 66 municipalities including Bindal', () => {
    const count = (type: string) => organisations.filter((org) => org.type === type).length;
    expect([count('rhf'), count('health_trust'), count('municipality')]).toEqual([1, 3, 66]);
    expect(organisations.find((org) => org.code === '1811')?.parent).toBe('HNT-HF');
  });

  it('keeps the public go-live dates and a not-yet-live comparison group', () => {
    const trondheim = organisations.find((org) => org.code === '5001');
    expect(trondheim).toMatchObject({ go_live: '2022-05-07', go_live_assumed: false });
    const notLive = organisations.filter((org) => org.type === 'municipality' && !org.go_live);
    expect(notLive.length).toBeGreaterThanOrEqual(8);
    expect(notLive.length).toBeLessThanOrEqual(12);
  });
});

describe('datasets/indicators.json', () => {
  it('gives each of the ten benefits at least one indicator', () => {
    expect(catalogue.benefits).toHaveLength(10);
    for (const benefit of catalogue.benefits) {
      const indicators = catalogue.indicators.filter((i) => i.benefit_id === benefit.id);
      expect(indicators.length, benefit.id).toBeGreaterThan(0);
    }
  });

  it('prices economy and efficiency benefits, gives each priced one a plan and owners', () => {
    const priced = catalogue.benefits.filter((b) =>
      catalogue.indicators.some((i) => i.benefit_id === b.id && i.nok_per_unit !== null),
    );
    expect(priced.map((b) => b.area)).toEqual(expect.arrayContaining(['okonomi', 'effektivitet']));
    for (const benefit of priced) {
      expect(benefit.type, benefit.id).not.toBe('unpriced');
      expect(benefit.plan.length, benefit.id).toBeGreaterThan(1);
      expect(benefit.owners.length, benefit.id).toBeGreaterThan(0);
    }
    const quality = catalogue.benefits.filter((b) => b.area === 'kvalitet');
    expect(quality.filter((b) => b.type === 'unpriced').length).toBeGreaterThan(quality.length / 2);
  });
});

describe('datasets/observations.csv', () => {
  it('has the canonical header', () => {
    expect(readText('datasets/observations.csv').split('\n', 1)[0]).toBe(
      OBSERVATION_COLUMNS.join(','),
    );
  });

  it('refers only to known organisations and indicators', () => {
    const orgCodes = new Set(organisations.map((org) => org.code));
    const indicatorIds = new Set(catalogue.indicators.map((indicator) => indicator.id));
    const unknownOrgs = observations.filter((row) => !orgCodes.has(row.org_code ?? ''));
    const unknownIndicators = observations.filter(
      (row) => !indicatorIds.has(row.indicator_id ?? ''),
    );
    expect(unknownOrgs).toEqual([]);
    expect(unknownIndicators).toEqual([]);
  });

  it('runs monthly from 2019-01 to 2025-12', () => {
    const periods = [...new Set(observations.map((row) => row.period ?? ''))].sort();
    expect(periods).toEqual(expectedPeriods());
  });

  it('is sorted by indicator, organisation and period with unique keys', () => {
    const keys = observations.map((row) => `${row.indicator_id}|${row.org_code}|${row.period}`);
    const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives rates a value equal to numerator / denominator in the unit, or a suppression', () => {
    const units = new Map(catalogue.indicators.map((i) => [i.id, i]));
    const inconsistent = observations.filter((row) => {
      const indicator = units.get(row.indicator_id ?? '');
      if (indicator?.aggregation !== 'rate') return false;
      if (row.status === ':') return row.value !== '' || row.numerator !== '';
      const rate =
        (Number(row.numerator) / Number(row.denominator)) * rateMultiplier(indicator.unit);
      return Math.abs(rate - Number(row.value)) > 0.0051;
    });
    expect(inconsistent).toEqual([]);
    expect(observations.some((row) => row.status === ':')).toBe(true);
  });
});

describe('datasets/reference/municipalities-history.csv', () => {
  it('dates the Ålesund split to 1 January 2024', () => {
    const rows = parseCsv('datasets/reference/municipalities-history.csv');
    const years = (code: string, column: string) =>
      rows.filter((row) => row.municip_code === code).map((row) => row[column]);
    expect(years('1507', 'year_end')).toEqual(['2023', '2023']);
    expect(years('1508', 'year_start')).toEqual(['2024']);
    expect(years('1580', 'year_start')).toEqual(['2024']);
  });
});

describe('generator', () => {
  const catchment = readText(CATCHMENT_PATH);
  const first = generateDatasets(catchment);
  const bytes = (content: string | Uint8Array) => Buffer.from(content);

  it('is deterministic', () => {
    const second = generateDatasets(catchment);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const [relative, content] of Object.entries(first)) {
      const again = second[relative] ?? '';
      expect(bytes(content).equals(bytes(again)), relative).toBe(true);
    }
  });

  it('matches the committed files (run `npm run datasets` after changing it)', () => {
    for (const [relative, content] of Object.entries(first)) {
      const committed = readFileSync(path.join(root, relative));
      expect(committed.equals(bytes(content)), relative).toBe(true);
    }
  });

  it('writes the upload fixtures with the promised encodings', () => {
    const excel = bytes(first['tests/fixtures/excel-semicolon.csv'] ?? '');
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.toString('utf8')).toContain('\r\n');
    const legacy = bytes(first['tests/fixtures/windows-1252.csv'] ?? '');
    expect(legacy.includes(Buffer.from([0x6d, 0xe5, 0x6e]))).toBe(true); // "mån" in Windows-1252
  });
});

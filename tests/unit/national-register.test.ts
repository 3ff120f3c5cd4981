import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { WEIGHT_SOURCES } from '../../scripts/reference/municipality-codes';
import { SOURCES_DIR } from '../../scripts/reference/sources';

/**
 * The committed national register (docs/national-register.md) against its sources. The sources
 * are read here with plain JSON and CSV parsing, not the build's readers, so a reader's mistake
 * cannot hide behind itself.
 */
const root = path.resolve(import.meta.dirname, '../..');
const readText = (relative: string) => readFileSync(path.join(root, relative), 'utf8');
const source = (name: string) => readText(path.join(SOURCES_DIR, name));

/** Parses a CSV whose header must be exactly `columns`, so every row has every column. */
function csv<Column extends string>(
  relative: string,
  columns: readonly Column[],
  delimiter = ',',
): Record<Column, string>[] {
  const parsed = Papa.parse<Record<Column, string>>(readText(relative), {
    header: true,
    delimiter,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields, relative).toEqual(columns);
  return parsed.data;
}

const REGISTER_FILES = [
  'national-areas.csv',
  'municipality-codes.csv',
  'health-organisations.csv',
  'catchment-somatic-2024.csv',
];
const areas = csv('datasets/reference/national-areas.csv', [
  'code',
  'name',
  'name_norwegian',
  'name_other_1',
  'name_other_2',
  'level',
  'parent_code',
]);
const codes = csv('datasets/reference/municipality-codes.csv', [
  'code',
  'name',
  'valid_from',
  'valid_to',
  'current_code',
  'current_name',
  'weight',
  'weight_source',
  'path',
]);
const organisations = csv('datasets/reference/health-organisations.csv', [
  'org_nr',
  'name',
  'short_name',
  'level',
  'type',
  'parent_org_nr',
]);
const catchments = csv('datasets/reference/catchment-somatic-2024.csv', [
  'code',
  'name',
  'level',
  'catchment',
  'health_trust_org_nr',
  'health_trust_name',
  'source_code',
  'derivation',
]);

interface KlassItem {
  code: string;
  name: string;
}
interface KlassChange {
  oldCode: string;
  newCode: string;
  changeOccurred: string;
}
const klass2024: KlassItem[] = JSON.parse(
  source('klass131-kommuneinndeling-2024.json'),
).classificationItems.filter((item: KlassItem) => item.code !== '9999');
const changesSince2017: KlassChange[] = JSON.parse(
  source('klass131-changes-1972-2024.json'),
).codeChanges.filter((change: KlassChange) => change.changeOccurred >= '2017-01-01');
const skdeStructure = csv(
  path.join(SOURCES_DIR, 'skde-hospital-structure-rhf-hf-hospital.csv'),
  ['OrgNr', 'OrgNavnEnhetsreg', 'Kortnavn', 'Nivaa', 'NivaaOpp'],
  ';',
);
const fhiPopulation = csv(
  path.join(SOURCES_DIR, 'fhi-population-weights-2024-by-geo.csv'),
  ['GEO', 'WEIGHTS', 'GEOniv'],
  ';',
);

const todaysCodes = new Set(klass2024.map((item) => item.code));
const rowsOf = (code: string) => codes.filter((row) => row.code === code);
const weightUnits = (weight: string) => Math.round(Number(weight) * 1_000_000);

describe('datasets/reference/sources/', () => {
  it('holds byte-for-byte the copies whose SHA-256 the sources README lists', () => {
    const readme = source('README.md');
    const listed = [...readme.matchAll(/^\| `([^`]+)` \| `([0-9a-f]{64})` \|$/gm)].map(
      ([, file, hash]) => [file, hash],
    );
    const files = readdirSync(path.join(root, SOURCES_DIR)).filter((file) => file !== 'README.md');
    expect(listed.map(([file]) => file).sort()).toEqual(files.sort());
    for (const [file = '', hash] of listed) {
      const bytes = readFileSync(path.join(root, SOURCES_DIR, file));
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(hash);
    }
  });
});

describe('the committed register', () => {
  it('is what the script builds from the committed sources, byte for byte', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'national-register-'));
    try {
      const tsx = path.join(root, 'node_modules/.bin/tsx');
      execFileSync(tsx, [path.join(root, 'scripts/reference/build-register.ts'), scratch], {
        cwd: root,
        stdio: 'pipe',
      });
      expect(readdirSync(scratch).sort()).toEqual([...REGISTER_FILES].sort());
      for (const file of REGISTER_FILES) {
        const built = readFileSync(path.join(scratch, file));
        const committed = readFileSync(path.join(root, 'datasets/reference', file));
        expect(built.equals(committed), `${file} is out of date: run npm run reference`).toBe(true);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);

  it('is UTF-8 with LF line endings, a header row and rows in code order', () => {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (const file of REGISTER_FILES) {
      const text = utf8.decode(readFileSync(path.join(root, 'datasets/reference', file)));
      expect(text.includes('\r'), file).toBe(false);
      expect(text.charCodeAt(0), `${file} has no BOM`).not.toBe(0xfeff);
      expect(text.endsWith('\n'), file).toBe(true);
    }
    const inOrder = (values: string[]) =>
      values.every((value, i) => i === 0 || (values[i - 1] ?? '') <= value);
    expect(inOrder(areas.map((row) => row.code))).toBe(true);
    expect(inOrder(codes.map((row) => row.code))).toBe(true);
    expect(inOrder(catchments.map((row) => row.code))).toBe(true);
  });
});

describe('national-areas.csv', () => {
  it('holds the nation, the 15 counties and the 357 municipalities of 2024', () => {
    const level = (name: string) => areas.filter((area) => area.level === name);
    expect(level('nation').map((area) => area.code)).toEqual(['0']);
    expect(level('county')).toHaveLength(15);
    expect(level('municipality')).toHaveLength(357);
    expect(new Set(level('municipality').map((area) => area.code))).toEqual(todaysCodes);
  });

  it('writes codes as SSB does and gives each municipality its county as parent', () => {
    const counties = new Set(areas.filter((a) => a.level === 'county').map((a) => a.code));
    for (const area of areas.filter((a) => a.level === 'county')) {
      expect(area.code).toMatch(/^\d{2}$/);
      expect(area.parent_code).toBe('0');
    }
    for (const area of areas.filter((a) => a.level === 'municipality')) {
      expect(area.code).toMatch(/^\d{4}$/);
      expect(area.parent_code).toBe(area.code?.slice(0, 2));
      expect(counties.has(area.parent_code)).toBe(true);
    }
    expect(areas.find((area) => area.code === '0301')?.name).toBe('Oslo');
  });

  it('keeps the full official name and splits out each form', () => {
    expect(areas.find((area) => area.code === '5001')).toMatchObject({
      name: 'Trondheim - Tråante',
      name_norwegian: 'Trondheim',
      name_other_1: 'Tråante',
      name_other_2: '',
    });
    // The Norwegian form is not always first.
    expect(areas.find((area) => area.code === '5041')).toMatchObject({
      name: 'Snåase - Snåsa',
      name_norwegian: 'Snåsa',
      name_other_1: 'Snåase',
    });
    expect(areas.find((area) => area.code === '5540')).toMatchObject({
      name: 'Gáivuotna - Kåfjord - Kaivuono',
      name_norwegian: 'Kåfjord',
      name_other_1: 'Gáivuotna',
      name_other_2: 'Kaivuono',
    });
    expect(areas.find((area) => area.code === '3451')?.name_norwegian).toBe('Nord-Aurdal');
    for (const area of areas) {
      const forms = [area.name_norwegian, area.name_other_1, area.name_other_2].filter(Boolean);
      expect(forms.sort(), area.code).toEqual(area.name.split(' - ').sort());
    }
  });

  it('names exactly the municipalities KLASS names, with the same names', () => {
    const names = new Map(areas.map((area) => [area.code, area.name]));
    for (const item of klass2024) expect(names.get(item.code), item.code).toBe(item.name);
  });
});

describe('health-organisations.csv', () => {
  const byOrgNr = new Map(organisations.map((org) => [org.org_nr, org]));
  const sourceLevel = (level: string) => skdeStructure.filter((row) => row.Nivaa === level).length;

  it("holds the nation, the 4 RHFs and SKDE's level-2 and level-3 rows", () => {
    const ofType = (type: string) => organisations.filter((org) => org.type === type);
    expect(ofType('nation').map((org) => org.org_nr)).toEqual(['1']);
    expect(ofType('rhf')).toHaveLength(4);
    const level = (value: string) => organisations.filter((org) => org.level === value);
    expect(level('2')).toHaveLength(sourceLevel('2'));
    expect(level('3')).toHaveLength(sourceLevel('3'));
    expect(level('2')).toHaveLength(36);
    expect(level('3')).toHaveLength(157);
    expect(organisations).toHaveLength(skdeStructure.length);
  });

  it('types level 2 by its parent: private under 999, a health trust under an RHF', () => {
    for (const org of organisations.filter((o) => o.level === '2')) {
      const parent = byOrgNr.get(org.parent_org_nr);
      expect(org.type, org.org_nr).toBe(parent?.org_nr === '999' ? 'private' : 'health_trust');
      if (org.type === 'health_trust') expect(parent?.type).toBe('rhf');
    }
    expect(organisations.filter((o) => o.level === '3').every((o) => o.type === 'hospital')).toBe(
      true,
    );
  });

  it('has every parent one level up, and valid 9-digit org numbers', () => {
    for (const org of organisations) {
      if (org.type === 'nation') {
        expect(org.parent_org_nr).toBe('');
        continue;
      }
      const parent = byOrgNr.get(org.parent_org_nr);
      expect(Number(parent?.level), org.org_nr).toBe(Number(org.level) - 1);
      if (org.org_nr !== '999') expect(isValidOrgNr(org.org_nr), org.org_nr).toBe(true);
    }
  });

  it('puts St. Olavs in Trondheim under St. Olavs hospital HF under Helse Midt-Norge RHF', () => {
    const hospital = byOrgNr.get('974749025');
    expect(hospital).toMatchObject({ type: 'hospital', level: '3', parent_org_nr: '883974832' });
    const trust = byOrgNr.get('883974832');
    expect(trust).toMatchObject({ type: 'health_trust', name: 'ST. OLAVS HOSPITAL HF' });
    expect(trust?.parent_org_nr).toBe('983658776');
    expect(byOrgNr.get('983658776')).toMatchObject({
      type: 'rhf',
      short_name: 'Helse Midt-Norge RHF',
    });
  });
});

describe('municipality-codes.csv', () => {
  const mapped = new Set(codes.map((row) => row.code));

  it('maps every code of every change since 2017 to one or more of today’s codes', () => {
    for (const change of changesSince2017) {
      expect(mapped.has(change.oldCode), change.oldCode).toBe(true);
      expect(mapped.has(change.newCode), change.newCode).toBe(true);
    }
    for (const row of codes) expect(todaysCodes.has(row.current_code), row.code).toBe(true);
    for (const code of todaysCodes) {
      expect(rowsOf(code).map((row) => [row.current_code, row.weight])).toEqual([[code, '1']]);
    }
  });

  it('gives each old code weights that sum to exactly 1', () => {
    for (const code of mapped) {
      const units = rowsOf(code).reduce((sum, row) => sum + weightUnits(row.weight), 0);
      expect(units, code).toBe(1_000_000);
    }
  });

  it('weights only the four splits since 2017 by population, and says so', () => {
    const successors = new Map<string, Set<string>>();
    for (const change of changesSince2017) {
      const key = `${change.oldCode} ${change.changeOccurred}`;
      successors.set(key, (successors.get(key) ?? new Set()).add(change.newCode));
    }
    const split = new Set(
      [...successors]
        .filter(([key, next]) => next.size > 1 && !next.has(key.slice(0, 4)))
        .map(([key]) => key.slice(0, 4)),
    );
    expect([...split].sort()).toEqual(['0720', '1507', '1850', '5012']);
    for (const row of codes) {
      const chain = row.path.split(' > ');
      const throughSplit = chain.some((code) => split.has(code));
      // Codes merged into 1507 in 2020 follow the 2024 split that undid the merge (next test).
      const undone = chain[0] !== '1507' && chain.includes('1507');
      const expected = todaysCodes.has(row.code)
        ? WEIGHT_SOURCES.current
        : undone
          ? WEIGHT_SOURCES.undoneMerge
          : throughSplit
            ? WEIGHT_SOURCES.split
            : WEIGHT_SOURCES.whole;
      expect(row.weight_source, `${row.code} → ${row.current_code}`).toBe(expected);
      if (row.weight_source !== WEIGHT_SOURCES.split) expect(row.weight).toBe('1');
    }
  });

  it('sends old 1534 Haram wholly to 1580 Haram, re-established in 2024 with its old borders', () => {
    expect(rowsOf('1534')).toEqual([
      expect.objectContaining({ current_code: '1580', weight: '1', path: '1534 > 1507 > 1580' }),
    ]);
    for (const code of ['1504', '1523', '1529', '1546']) {
      expect(rowsOf(code)).toEqual([
        expect.objectContaining({ current_code: '1508', weight: '1' }),
      ]);
    }
  });

  it('splits 1507 Ålesund into 1508 and 1580 by their 2024 populations', () => {
    const population = (code: string) =>
      Number(fhiPopulation.find((row) => row.GEO === String(Number(code)))?.WEIGHTS);
    const total = population('1508') + population('1580');
    const rows = rowsOf('1507');
    expect(rows.map((row) => row.current_code)).toEqual(['1508', '1580']);
    expect(rows.map((row) => row.valid_from)).toEqual(['2020-01-01', '2020-01-01']);
    expect(rows.map((row) => row.valid_to)).toEqual(['2024-01-01', '2024-01-01']);
    expect(Number(rows[0]?.weight)).toBeCloseTo(population('1508') / total, 6);
    expect(Number(rows[1]?.weight)).toBeCloseTo(population('1580') / total, 6);
    expect(rows.every((row) => row.weight_source === 'population-2024 (FHI)')).toBe(true);
  });

  it('follows chains: 1601 Trondheim (to 2017) lands on 5001, 0720 Stokke on 3905 and 3907', () => {
    expect(rowsOf('1601')).toEqual([
      expect.objectContaining({ current_code: '5001', weight: '1', valid_to: '2018-01-01' }),
    ]);
    expect(rowsOf('0720').map((row) => [row.current_code, row.path])).toEqual([
      ['3905', '0720 > 0704 > 3803 > 3905'],
      ['3907', '0720 > 0710 > 3804 > 3907'],
    ]);
    expect(rowsOf('1613').map((row) => row.current_code)).toEqual(['5055', '5056', '5059']);
  });

  const oldCodes = [...mapped].filter((code) => !todaysCodes.has(code));
  const wholeCodes = oldCodes.filter((code) => rowsOf(code).every((row) => row.weight === '1'));
  const counts = (pool: string[]) =>
    fc.array(
      fc.record({
        code: fc.constantFrom(...pool),
        numerator: fc.nat(100_000),
        denominator: fc.nat(1_000_000),
      }),
      { maxLength: 60 },
    );
  type Counts = { code: string; numerator: number; denominator: number }[];

  /** Counts moved to today's codes, in millionths so that the sums are exact. */
  function harmonise(input: Counts): Map<string, { numerator: number; denominator: number }> {
    const out = new Map<string, { numerator: number; denominator: number }>();
    for (const item of input) {
      for (const row of rowsOf(item.code)) {
        const units = weightUnits(row.weight);
        const cell = out.get(row.current_code) ?? { numerator: 0, denominator: 0 };
        cell.numerator += item.numerator * units;
        cell.denominator += item.denominator * units;
        out.set(row.current_code, cell);
      }
    }
    return out;
  }
  const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

  it('conserves numerators and denominators when counts are moved to today’s codes', () => {
    fc.assert(
      fc.property(counts(oldCodes), (input) => {
        const out = [...harmonise(input).values()];
        expect(total(out.map((c) => c.numerator))).toBe(total(input.map((c) => c.numerator)) * 1e6);
        expect(total(out.map((c) => c.denominator))).toBe(
          total(input.map((c) => c.denominator)) * 1e6,
        );
      }),
    );
  });

  it('moves whole counts for a merge or renumbering: the merged unit gets the sums', () => {
    fc.assert(
      fc.property(counts(wholeCodes), (input) => {
        for (const [current, cell] of harmonise(input)) {
          const from = input.filter((item) => rowsOf(item.code)[0]?.current_code === current);
          expect(cell.numerator).toBe(total(from.map((c) => c.numerator)) * 1e6);
          expect(cell.denominator).toBe(total(from.map((c) => c.denominator)) * 1e6);
        }
      }),
    );
  });
});

describe('catchment-somatic-2024.csv', () => {
  const trusts = new Map(organisations.map((org) => [org.org_nr, org]));
  const municipalities = catchments.filter((row) => row.level === 'municipality');

  it('gives every 2024 municipality but Oslo exactly one somatic catchment trust', () => {
    const perCode = new Map<string, number>();
    for (const row of municipalities) perCode.set(row.code, (perCode.get(row.code) ?? 0) + 1);
    for (const code of todaysCodes)
      expect(perCode.get(code), code).toBe(code === '0301' ? undefined : 1);
    expect(municipalities).toHaveLength(356);
  });

  it('covers Oslo district by district, every district FHI counts included', () => {
    const districts = new Set(
      catchments.filter((row) => row.level === 'district').map((row) => row.code),
    );
    const fhiOsloDistricts = fhiPopulation
      .filter((row) => row.GEOniv === 'B' && row.GEO?.length === 5)
      .map((row) => row.GEO.padStart(6, '0'));
    expect(fhiOsloDistricts).toHaveLength(15);
    for (const code of fhiOsloDistricts) expect(districts.has(code), code).toBe(true);
    expect([...districts].every((code) => code?.startsWith('0301'))).toBe(true);
  });

  it('names a level-2 organisation of health-organisations.csv for every row', () => {
    for (const row of catchments) {
      const trust = trusts.get(row.health_trust_org_nr);
      expect(trust?.level, row.code).toBe('2');
      expect(trust?.name).toBe(row.health_trust_name);
    }
    expect(new Set(catchments.map((row) => row.catchment)).size).toBe(21);
  });

  it('puts 5001 Trondheim - Tråante in St. Olavs hospital HF’s catchment', () => {
    expect(catchments.find((row) => row.code === '5001')).toMatchObject({
      name: 'Trondheim - Tråante',
      catchment: 'St. Olavs',
      health_trust_org_nr: '883974832',
      derivation: 'same code',
    });
  });

  it('lets both parts of 1507 Ålesund inherit its catchment, and carries renumbered codes', () => {
    for (const code of ['1508', '1580']) {
      expect(catchments.find((row) => row.code === code)).toMatchObject({
        health_trust_org_nr: '997005562',
        source_code: '1507',
        derivation: 'split: each part inherits the catchment',
      });
    }
    expect(catchments.find((row) => row.code === '3114')).toMatchObject({
      source_code: '3018',
      derivation: 'renumbered',
      catchment: 'Østfold',
    });
  });
});

/** Brønnøysund's check digit: weights 3 2 7 6 5 4 3 2, modulus 11. */
function isValidOrgNr(orgNr: string): boolean {
  if (!/^\d{9}$/.test(orgNr)) return false;
  const digits = [...orgNr].map(Number);
  const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce(
    (acc, weight, i) => acc + weight * (digits[i] ?? 0),
    0,
  );
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === digits[8];
}

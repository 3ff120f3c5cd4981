import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Catalogue, catalogueSchema } from '../../src/domain/catalogue';
import type { Organisation } from '../../src/domain/organisations';
import {
  type BenefitRealisation,
  buildBenefitRealisation,
  type RealisedCell,
} from '../../src/domain/realisation';
import { compactNok } from '../../src/features/register/nok';
import {
  benefitMap,
  chartRows,
  isPriced,
  openBenefit,
  organisationRows,
  planApplies,
  unpricedReason,
  yearRows,
} from '../../src/features/register/register-model';

const catalogue: Catalogue = catalogueSchema.parse({
  benefits: [
    { id: 'quality', area: 'kvalitet', name_nb: 'Kvalitet', name_en: 'Quality' },
    {
      id: 'capacity_unpriced',
      area: 'effektivitet',
      name_nb: 'Kapasitet',
      name_en: 'Capacity',
      type: 'freed_capacity',
    },
    {
      id: 'money',
      area: 'okonomi',
      name_nb: 'Penger',
      name_en: 'Money',
      type: 'budget_releasing',
      plan: [
        { date: '2022-12', nok: 0 },
        { date: '2023-12', nok: 1_200 },
      ],
    },
    { id: 'quality_two', area: 'kvalitet', name_nb: 'Kvalitet 2', name_en: 'Quality 2' },
  ],
  indicators: [
    ...['quality', 'capacity_unpriced', 'quality_two'].map((benefit_id) => ({
      id: `${benefit_id}_i`,
      benefit_id,
      name_nb: 'i',
      name_en: 'i',
      unit: 'percent',
      direction: 'higher_is_better',
      aggregation: 'rate',
    })),
    {
      id: 'cost',
      benefit_id: 'money',
      name_nb: 'Kostnad',
      name_en: 'Cost',
      unit: 'nok',
      direction: 'lower_is_better',
      aggregation: 'sum',
      nok_per_unit: 1,
    },
  ],
});

const org = (code: string, name: string, go_live: string | null = '2023-01-01'): Organisation => ({
  code,
  name,
  type: 'municipality',
  parent: null,
  county: null,
  go_live,
  go_live_assumed: false,
  org_nr: null,
  programme: true,
  municipal_region: null,
});

const cell = (org_code: string, period: string, nok: number) =>
  ({
    indicator_id: 'cost',
    org_code,
    period,
    baseline: 0,
    current: 0,
    units: nok,
    nok,
  }) satisfies RealisedCell;

/** A realisation built by the engine itself from cells, as the page receives it. */
function realisationOf(cells: RealisedCell[], goLives: Record<string, string>, last: string) {
  return buildBenefitRealisation({
    benefitId: 'money',
    plan: catalogue.benefits[2]?.plan ?? [],
    pricedIndicators: ['cost'],
    cells,
    goLives: new Map(Object.entries(goLives)),
    last,
  });
}

describe('the benefit map', () => {
  it('groups benefits under their area in the programme order, indicators under their benefit', () => {
    const map = benefitMap(catalogue);
    expect(map.map((g) => g.area)).toEqual(['kvalitet', 'effektivitet', 'okonomi']);
    expect(map[0]?.benefits.map((b) => b.benefit.id)).toEqual(['quality', 'quality_two']);
    for (const group of map) {
      for (const { benefit, indicators } of group.benefits) {
        expect(benefit.area).toBe(group.area);
        expect(indicators.every((i) => i.benefit_id === benefit.id)).toBe(true);
      }
    }
    const mapped = map.flatMap((g) => g.benefits.flatMap((b) => b.indicators.map((i) => i.id)));
    expect(mapped.sort()).toEqual(catalogue.indicators.map((i) => i.id).sort());
  });
});

describe('which benefit is open and whether it has NOK', () => {
  const byId = (id: string) => catalogue.benefits.find((b) => b.id === id) ?? fail(id);
  const fail = (id: string): never => {
    throw new Error(id);
  };

  it('needs a priced type and a priced indicator', () => {
    expect(isPriced(catalogue, byId('money'))).toBe(true);
    expect(unpricedReason(catalogue, byId('money'))).toBeNull();
    expect(unpricedReason(catalogue, byId('quality'))).toBe('unpriced');
    // Typed as freed capacity, but nobody has priced an indicator: still nothing in NOK.
    expect(unpricedReason(catalogue, byId('capacity_unpriced'))).toBe('no_priced_indicator');
  });

  it('opens the benefit the URL names, else the first priced one, and says when it was unknown', () => {
    expect(openBenefit(catalogue, 'quality')).toEqual({ benefit: byId('quality'), unknown: null });
    expect(openBenefit(catalogue, undefined)).toEqual({ benefit: byId('money'), unknown: null });
    expect(openBenefit(catalogue, 'gone')).toEqual({ benefit: byId('money'), unknown: 'gone' });
  });

  it('sets the plan against the region and the live group only', () => {
    expect(planApplies({ kind: 'region' })).toBe(true);
    expect(planApplies({ kind: 'live_group', at: '2025-01-01', live: true })).toBe(true);
    expect(planApplies({ kind: 'live_group', at: '2025-01-01', live: false })).toBe(false);
    expect(planApplies({ kind: 'catchment', trust: 'STO-HF' })).toBe(false);
    expect(planApplies({ kind: 'organisation', code: '5001' })).toBe(false);
  });
});

describe('the total over time', () => {
  it('puts every month in the chart and the yearly table, which agree with each other', () => {
    const realisation = realisationOf(
      [
        cell('A', '2023-11', 100),
        cell('A', '2023-12', 7),
        cell('A', '2024-01', 50),
        cell('A', '2024-02', 3),
      ],
      { A: '2023-11-01' },
      '2024-02',
    );
    const rows = chartRows(realisation.total, planOf());
    // The plan starts in 2022-12, before the data, and runs to its end in 2023-12 at least.
    expect(rows[0]).toEqual({ period: '2022-12', realised: null, planned: 0 });
    expect(rows.find((r) => r.period === '2023-11')).toEqual({
      period: '2023-11',
      realised: 100,
      planned: 1_100,
    });
    expect(rows.find((r) => r.period === '2023-12')).toEqual({
      period: '2023-12',
      realised: 107,
      planned: 1_200,
    });
    expect(rows.at(-1)).toEqual({ period: '2024-02', realised: 160, planned: 1_200 });
    expect(rows.find((r) => r.period === '2024-01')?.realised).toBe(157);

    // Each year ends at its last month: December, or the latest month of the year in progress.
    expect(yearRows(realisation.total)).toEqual([
      { year: '2023', through: '2023-12', realised: 107, cumulative: 107, planned: 1_200 },
      { year: '2024', through: '2024-02', realised: 53, cumulative: 160, planned: 1_200 },
    ]);
  });
});

const planOf = () => catalogue.benefits[2]?.plan ?? [];

describe('the organisations, ranked', () => {
  const orgs = [org('A', 'Aukra'), org('B', 'Bindal'), org('C', 'Frøya'), org('D', 'Orkland')];

  it('ranks by NOK to the month the total stands at, with ties by name', () => {
    const realisation = realisationOf(
      [
        cell('A', '2023-01', 10),
        cell('B', '2023-01', 30),
        cell('C', '2023-01', 10),
        cell('C', '2023-02', 1_000), // after the cut-off: not counted
      ],
      { A: '2023-01-01', B: '2023-01-01', C: '2023-01-01' },
      '2023-02',
    );
    const rows = organisationRows(realisation, orgs, '2023-01');
    expect(rows.map((r) => [r.organisation.code, r.rank, r.cumulative])).toEqual([
      ['B', 1, 30],
      ['A', 2, 10],
      ['C', 3, 10],
    ]);
  });

  it('ranks every organisation, and the rows and the years add up to the chart’s last point', () => {
    const organisation = fc.array(fc.integer({ min: -500, max: 500 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(organisation, { minLength: 1, maxLength: 4 }), (spec) => {
        const codes = ['A', 'B', 'C', 'D'].slice(0, spec.length);
        const cells = spec.flatMap((nok, o) =>
          nok.map((amount, m) => cell(codes[o] ?? 'A', `2023-0${m + 1}`, amount)),
        );
        const realisation = realisationOf(
          cells,
          Object.fromEntries(codes.map((c) => [c, '2023-01-01'])),
          '2023-04',
        );
        const last = realisation.total.at(-1);
        if (last === undefined) throw new Error('no total');
        const rows = organisationRows(realisation, orgs, last.period);
        expect(rows.map((r) => r.rank)).toEqual(codes.map((_, i) => i + 1));
        const amounts = rows.map((r) => r.cumulative);
        expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
        const sum = rows.reduce((s, r) => s + r.cumulative, 0);
        expect(sum).toBeCloseTo(last.cumulative, 6);
        const years = yearRows(realisation.total);
        expect(years.reduce((s, y) => s + y.realised, 0)).toBeCloseTo(last.cumulative, 6);
      }),
    );
  });
});

describe('kroner in short', () => {
  it('writes millions short and smaller amounts out, in each language', () => {
    const nb = compactNok('nb');
    const en = compactNok('en');
    const space = /[\s\u00a0\u202f]/g;
    expect(nb(12_345_678).replace(space, ' ')).toBe('12,3 mill. kr');
    expect(nb(950).replace(space, ' ')).toBe('950 kr');
    expect(nb(-0.2).replace(space, ' ')).toBe('0 kr');
    expect(nb(-37_700_000).replace(space, ' ')).toBe('−37,7 mill. kr');
    expect(en(12_345_678).replace(space, ' ')).toBe('NOK 12.3m');
    expect(en(2_500_000_000).replace(space, ' ')).toBe('NOK 2.5bn');
  });
});

// Keep the helper types honest: a realisation without organisations has nothing to rank.
const empty: BenefitRealisation = realisationOf([], {}, '2023-01');
describe('an empty realisation', () => {
  it('has no months, no rows and no chart beyond the plan', () => {
    expect(empty.total).toEqual([]);
    expect(yearRows(empty.total)).toEqual([]);
    expect(organisationRows(empty, [], '2023-01')).toEqual([]);
    expect(chartRows([], [])).toEqual([]);
  });
});

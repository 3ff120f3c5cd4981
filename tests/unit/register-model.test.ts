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
  lastShown,
  openBenefit,
  organisationRows,
  planApplies,
  protectTotal,
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
});

const cell = (org_code: string, period: string, nok: number, small_count = false) =>
  ({
    indicator_id: 'cost',
    org_code,
    period,
    baseline: 0,
    current: 0,
    units: nok,
    nok,
    small_count,
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

describe('small numbers in the total', () => {
  it('withholds a month only when every organisation reporting in it has a small count', () => {
    const realisation = realisationOf(
      [
        cell('A', '2023-01', 100),
        cell('B', '2023-01', 5, true), // hidden inside A's large month
        cell('B', '2023-02', 5, true), // alone: its NOK would give B's count away
        cell('A', '2023-04', 100),
        cell('A', '2023-05', 100),
      ],
      { A: '2023-01-01', B: '2023-01-01' },
      '2023-06',
    );
    const months = protectTotal(realisation);
    expect(months.map((m) => [m.period, m.shown])).toEqual([
      ['2023-01', true],
      ['2023-02', false],
      // Nobody reported: NOK 0, so this point would show February's NOK unchanged.
      ['2023-03', false],
      ['2023-04', true], // the gap closes with A's large month
      ['2023-05', true],
      ['2023-06', true], // nobody reported, nothing pending: NOK 0 tells nothing
    ]);
    expect(lastShown(months)?.period).toBe('2023-06');
  });

  it('leaves withheld months out of the chart and the yearly table, which agree with each other', () => {
    const realisation = realisationOf(
      [
        cell('A', '2023-11', 100),
        cell('A', '2023-12', 7, true),
        cell('A', '2024-01', 50),
        cell('A', '2024-02', 3, true),
      ],
      { A: '2023-11-01' },
      '2024-02',
    );
    const months = protectTotal(realisation);
    const rows = chartRows(months, realisation.total.length > 0 ? planOf() : []);
    // The plan starts in 2022-12, before the data, and runs to its end in 2023-12 at least.
    expect(rows[0]).toEqual({ period: '2022-12', realised: null, planned: 0 });
    expect(rows.find((r) => r.period === '2023-12')).toEqual({
      period: '2023-12',
      realised: null,
      planned: 1_200,
    });
    expect(rows.at(-1)).toEqual({ period: '2024-02', realised: null, planned: 1_200 });
    expect(rows.find((r) => r.period === '2024-01')?.realised).toBe(157);

    const years = yearRows(months);
    // 2023 ends at its last shown month, November; 2024 at January (February is withheld).
    expect(years).toEqual([
      { year: '2023', through: '2023-11', realised: 100, cumulative: 100, planned: 1_100 },
      { year: '2024', through: '2024-01', realised: 57, cumulative: 157, planned: 1_200 },
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

  it('hides an organisation with only small counts, and the smallest other one with it', () => {
    const realisation = realisationOf(
      [
        cell('A', '2023-01', 500),
        cell('B', '2023-01', 40),
        cell('B', '2023-02', 2, true), // B has one large month: its sum is large enough
        cell('C', '2023-01', 3, true),
        cell('D', '2023-01', 200),
      ],
      { A: '2023-01-01', B: '2023-01-01', C: '2023-01-01', D: '2023-01-01' },
      '2023-02',
    );
    const rows = organisationRows(realisation, orgs, '2023-02');
    expect(rows.map((r) => [r.organisation.code, r.rank, r.cumulative])).toEqual([
      ['A', 1, 500],
      ['D', 2, 200],
      // Hidden rows last, by name, without a rank: B as the second cell, C for its counts.
      ['B', null, null],
      ['C', null, null],
    ]);
  });

  it('never leaves a single organisation to be worked out from the total', () => {
    const organisation = fc.record({
      nok: fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 1, maxLength: 4 }),
      small: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(organisation, { minLength: 1, maxLength: 4 }), (spec) => {
        const codes = ['A', 'B', 'C', 'D'].slice(0, spec.length);
        const cells = spec.flatMap(({ nok, small }, o) =>
          nok.map((amount, m) =>
            cell(codes[o] ?? 'A', `2023-0${m + 1}`, amount, small[m] ?? false),
          ),
        );
        const realisation = realisationOf(
          cells,
          Object.fromEntries(codes.map((c) => [c, '2023-01-01'])),
          '2023-04',
        );
        const months = protectTotal(realisation);
        const through = lastShown(months);
        if (through === null) return;
        const rows = organisationRows(realisation, orgs, through.period);
        const hidden = rows.filter((r) => r.cumulative === null);
        expect(hidden.length).not.toBe(1);
        // Between two shown points (or from the start) there is a month with a large count.
        let gapHasLarge = true;
        for (const month of months) {
          const reports = cells.filter((c) => c.period === month.period);
          if (reports.some((c) => !c.small_count)) gapHasLarge = true;
          else if (reports.length > 0) gapHasLarge = false;
          if (month.shown) expect(gapHasLarge, month.period).toBe(true);
        }
        // The rows add up to the total the chart shows at the same month.
        if (hidden.length === 0) {
          const sum = rows.reduce((s, r) => s + (r.cumulative ?? 0), 0);
          expect(sum).toBeCloseTo(through.cumulative, 6);
        }
        // Every year in the table ends on a shown month, and the years add up to the last.
        const years = yearRows(months);
        const shownPeriods = new Set(months.filter((m) => m.shown).map((m) => m.period));
        expect(years.every((y) => shownPeriods.has(y.through))).toBe(true);
        const sum = years.reduce((s, y) => s + y.realised, 0);
        expect(sum).toBeCloseTo(through.cumulative, 6);
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
    expect(protectTotal(empty)).toEqual([]);
    expect(lastShown([])).toBeNull();
    expect(organisationRows(empty, [], '2023-01')).toEqual([]);
    expect(chartRows([], [])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogueSchema } from '../../src/domain/catalogue';
import {
  buildBenefitRealisation,
  countsForRealisation,
  type MonthObservation,
  type PricedIndicator,
  plannedCumulative,
  type RealisedCell,
  realiseMonth,
  realiseOrganisation,
} from '../../src/domain/realisation';

const readmissions: PricedIndicator = {
  id: 'readmissions',
  unit: 'percent',
  direction: 'lower_is_better',
  aggregation: 'rate',
  nok_per_unit: 50_000,
};
const GO_LIVE = '2022-11-12';

const month = (period: string, cells: Partial<MonthObservation> = {}): MonthObservation => ({
  period,
  value: null,
  numerator: null,
  denominator: null,
  ...cells,
});
const rate = (period: string, numerator: number, denominator: number) =>
  month(period, { numerator, denominator, value: (numerator / denominator) * 100 });

describe('realised NOK of one organisation and month', () => {
  it('values a 1 percentage-point fall in readmissions on 1,000 admissions at NOK 500,000', () => {
    const cell = realiseMonth(readmissions, 'STO-HF', 16, GO_LIVE, rate('2023-03', 150, 1000));
    expect(cell?.current).toBeCloseTo(15, 12);
    expect(cell?.units).toBeCloseTo(10, 9); // 10 readmissions avoided
    expect(cell?.nok).toBeCloseTo(500_000, 6);
  });

  it('counts a worse month negative instead of hiding it', () => {
    const cell = realiseMonth(readmissions, 'STO-HF', 16, GO_LIVE, rate('2023-01', 170, 1000));
    expect(cell?.units).toBeCloseTo(-10, 9);
    expect(cell?.nok).toBeCloseTo(-500_000, 6);
  });

  it('counts nothing before the go-live month, from the go-live month on', () => {
    expect(countsForRealisation('2022-10', GO_LIVE)).toBe(false);
    expect(countsForRealisation('2022-11', GO_LIVE)).toBe(true);
    expect(countsForRealisation('2030-01', null)).toBe(false);
    const months = [
      rate('2022-09', 100, 1000),
      rate('2022-10', 100, 1000),
      rate('2022-11', 150, 1000),
    ];
    const cells = realiseOrganisation(readmissions, 'STO-HF', 16, GO_LIVE, months);
    expect(cells.map((c) => c.period)).toEqual(['2022-11']);
    expect(cells.reduce((sum, c) => sum + c.nok, 0)).toBeCloseTo(500_000, 6);
  });

  it('turns the sign round for an indicator where higher is better', () => {
    const reconciled: PricedIndicator = {
      ...readmissions,
      direction: 'higher_is_better',
      nok_per_unit: 100,
    };
    const better = realiseMonth(reconciled, 'STO-HF', 55, GO_LIVE, rate('2023-03', 560, 1000));
    const worse = realiseMonth(reconciled, 'STO-HF', 55, GO_LIVE, rate('2023-03', 540, 1000));
    expect(better?.units).toBeCloseTo(10, 9);
    expect(better?.nok).toBeCloseTo(1_000, 6);
    expect(worse?.nok).toBeCloseTo(-1_000, 6);
  });

  it('divides a per-1,000 rate by its multiplier: avoided admissions on the month’s population', () => {
    const acsc = { ...readmissions, unit: 'per_1000' as const };
    const obs = month('2024-03', { numerator: 20, denominator: 10_000, value: 2 });
    const cell = realiseMonth(acsc, '5001', 3, '2022-05-07', obs);
    expect(cell?.units).toBeCloseTo(10, 9); // 3 per 1,000 expected 30, 20 happened
    expect(cell?.nok).toBeCloseTo(500_000, 6);
  });

  it('values a rate in NOK (cost per inhabitant) krone for krone', () => {
    const travel: PricedIndicator = { ...readmissions, unit: 'nok', nok_per_unit: 1 };
    const obs = month('2024-03', { numerator: 290_000, denominator: 10_000, value: 29 });
    expect(realiseMonth(travel, '5001', 30, '2022-05-07', obs)?.nok).toBeCloseTo(10_000, 6);
  });

  it('uses the exact numerator / denominator, not the stored rounded value', () => {
    const obs = month('2023-03', { numerator: 1, denominator: 3, value: 33.33 });
    const cell = realiseMonth(readmissions, 'X', 40, GO_LIVE, obs);
    expect(cell?.units).toBeCloseTo(0.4 * 3 - 1, 12);
  });

  it('values a sum as baseline minus the month', () => {
    const cost: PricedIndicator = {
      ...readmissions,
      unit: 'nok',
      aggregation: 'sum',
      nok_per_unit: 1,
    };
    const cell = realiseMonth(
      cost,
      'STO-HF',
      5_000_000,
      GO_LIVE,
      month('2024-01', { value: 4_000_000 }),
    );
    expect(cell?.nok).toBe(1_000_000);
  });

  it('values a mean per member of the denominator: minutes saved × clinicians × price', () => {
    const searching: PricedIndicator = {
      ...readmissions,
      unit: 'minutes',
      aggregation: 'mean',
      nok_per_unit: 190,
    };
    const obs = month('2024-01', { value: 30, denominator: 50 });
    const cell = realiseMonth(searching, 'STO-HF', 38, GO_LIVE, obs);
    expect(cell?.units).toBe(400);
    expect(cell?.nok).toBe(76_000);
  });

  it('counts nothing without a price, a baseline or a usable number', () => {
    const obs = rate('2023-03', 150, 1000);
    expect(realiseMonth({ ...readmissions, nok_per_unit: null }, 'X', 16, GO_LIVE, obs)).toBeNull();
    expect(realiseMonth(readmissions, 'X', null, GO_LIVE, obs)).toBeNull();
    expect(realiseMonth(readmissions, 'X', 16, GO_LIVE, month('2023-03'))).toBeNull();
    const noDenominator = month('2023-03', { value: 15 });
    expect(realiseMonth(readmissions, 'X', 16, GO_LIVE, noDenominator)).toBeNull();
    // A suppressed cell (src/queries/suppress.ts) keeps only its denominator: it counts nothing.
    const suppressed = month('2023-03', { denominator: 40 });
    expect(realiseMonth(readmissions, 'X', 16, GO_LIVE, suppressed)).toBeNull();
  });
});

describe('plannedCumulative', () => {
  const plan = [
    { date: '2022-12', nok: 0 },
    { date: '2023-12', nok: 1_200_000 },
    { date: '2024-12', nok: 3_600_000 },
  ];

  it('spreads a year evenly between plan points, flat after the last, null before the first', () => {
    expect(plannedCumulative(plan, '2022-11')).toBeNull();
    expect(plannedCumulative(plan, '2022-12')).toBe(0);
    expect(plannedCumulative(plan, '2023-03')).toBeCloseTo(300_000, 6);
    expect(plannedCumulative(plan, '2023-12')).toBe(1_200_000);
    expect(plannedCumulative(plan, '2024-06')).toBeCloseTo(2_400_000, 6);
    expect(plannedCumulative(plan, '2026-01')).toBe(3_600_000);
    expect(plannedCumulative([], '2024-06')).toBeNull();
  });
});

describe('buildBenefitRealisation', () => {
  const cell = (org_code: string, period: string, nok: number): RealisedCell => ({
    indicator_id: 'i',
    org_code,
    period,
    baseline: 0,
    current: 0,
    units: nok,
    nok,
  });
  const result = buildBenefitRealisation({
    benefitId: 'b',
    plan: [
      { date: '2022-04', nok: 0 },
      { date: '2022-12', nok: 800 },
    ],
    pricedIndicators: ['i'],
    cells: [
      cell('A', '2022-05', 100),
      cell('A', '2022-07', -50),
      cell('B', '2022-07', 300),
      cell('B', '2022-08', 200),
    ],
    goLives: new Map([
      ['A', '2022-05-07'],
      ['B', '2022-07-01'],
      ['C', null],
    ]),
    last: '2022-08',
  });

  it('runs each organisation from its go-live month, a month without cells as NOK 0', () => {
    const a = result.organisations.find((o) => o.org_code === 'A');
    expect(a?.months.map((m) => [m.period, m.nok, m.cumulative, m.cells])).toEqual([
      ['2022-05', 100, 100, 1],
      ['2022-06', 0, 100, 0],
      ['2022-07', -50, 50, 1],
      ['2022-08', 0, 50, 0],
    ]);
    expect(result.organisations.map((o) => o.org_code)).toEqual(['A', 'B']);
  });

  it('adds the organisations up month by month, against the plan', () => {
    expect(result.total.map((m) => [m.period, m.nok, m.cumulative, m.organisations])).toEqual([
      ['2022-05', 100, 100, 1],
      ['2022-06', 0, 100, 0],
      ['2022-07', 250, 350, 2],
      ['2022-08', 200, 550, 1],
    ]);
    expect(result.total.map((m) => m.planned)).toEqual([100, 200, 300, 400]);
  });
});

describe('catalogueSchema: the benefit register', () => {
  const base = {
    benefits: [{ id: 'b', area: 'okonomi', name_nb: 'B', name_en: 'B' }],
    indicators: [
      {
        id: 'i',
        benefit_id: 'b',
        name_nb: 'I',
        name_en: 'I',
        unit: 'nok',
        direction: 'lower_is_better',
        aggregation: 'sum',
      },
    ],
  };

  it('keeps old catalogues valid: an unpriced, planned benefit with no owners and no price', () => {
    const catalogue = catalogueSchema.parse(base);
    expect(catalogue.benefits[0]).toMatchObject({
      type: 'unpriced',
      description_nb: '',
      description_en: '',
      disbenefit: false,
      owners: [],
      planned_date: null,
      status: 'planned',
      plan: [],
    });
    expect(catalogue.indicators[0]).toMatchObject({ nok_per_unit: null, owner: '' });
  });

  it('rejects plan dates that do not increase, and NOK on an unpriced benefit', () => {
    const plan = [
      { date: '2024-12', nok: 1 },
      { date: '2024-12', nok: 2 },
    ];
    const unordered = {
      ...base,
      benefits: [{ ...base.benefits[0], type: 'budget_releasing', plan }],
    };
    expect(catalogueSchema.safeParse(unordered).success).toBe(false);
    const pricedUnpriced = {
      ...base,
      indicators: [{ ...base.indicators[0], nok_per_unit: 1 }],
    };
    expect(catalogueSchema.safeParse(pricedUnpriced).success).toBe(false);
    const ok = {
      benefits: [{ ...base.benefits[0], type: 'budget_releasing', plan: [plan[0]] }],
      indicators: [{ ...base.indicators[0], nok_per_unit: 1 }],
    };
    expect(catalogueSchema.safeParse(ok).success).toBe(true);
  });

  it('accepts owners in organisations it does not know, but one owner per organisation', () => {
    const owners = [
      { org_code: 'NOT-IN-LIST', owner: 'Kommunalsjef helse og velferd' },
      { org_code: 'NOT-IN-LIST', owner: 'Økonomisjef' },
    ];
    const one = { ...base, benefits: [{ ...base.benefits[0], owners: owners.slice(0, 1) }] };
    const two = { ...base, benefits: [{ ...base.benefits[0], owners }] };
    expect(catalogueSchema.safeParse(one).success).toBe(true);
    expect(catalogueSchema.safeParse(two).success).toBe(false);
  });
});

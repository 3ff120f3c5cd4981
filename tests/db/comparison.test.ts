import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb } from '../../scripts/datasets-on-disk';
import type { Db } from '../../src/db/engine';
import { rankByChange } from '../../src/domain/ranking';
import { fetchAssessment } from '../../src/queries/assessment';
import { fetchComparison, fetchOrganisationSeries } from '../../src/queries/comparison';
import { fetchSeries } from '../../src/queries/series';
import { catalogue, demoRows, indicatorById, organisations } from './demo-rows';

/** Organisations with at least one demo row of the indicator, RHF excluded (as scopeMembers). */
const reportingOrgs = (indicatorId: string) => {
  const codes = new Set(
    demoRows.filter((r) => r.indicator_id === indicatorId).map((r) => r.org_code),
  );
  return organisations.filter((o) => codes.has(o.code) && o.type !== 'rhf');
};

describe('comparison of organisations on the shipped demo data', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDemoDb();
  });

  // One of each aggregation, a fixed-window baseline, and the trust-level indicators.
  const cases = [
    'plo_meldinger_frist',
    'minutter_leting_journal',
    'eldre_journalsystemer_antall',
    'eldre_journalsystemer_kostnad',
    'reinnleggelse_30d_67',
    'institusjon_80pluss',
  ];

  it.each(cases)(
    '%s: the batched numbers are fetchAssessment’s, organisation by organisation',
    async (id) => {
      const indicator = indicatorById(id);
      const orgs = reportingOrgs(id);
      expect(orgs.length).toBeGreaterThan(0);
      const batched = await fetchComparison(db, indicator, orgs, organisations);
      expect(batched.map((row) => row.organisation.code)).toEqual(orgs.map((o) => o.code));
      for (const row of batched) {
        const single = await fetchAssessment(db, indicator, [row.organisation], organisations);
        const label = `${id} ${row.organisation.code}`;
        expect(row.status, label).toBe(single.status);
        expect(row.baseline.points, label).toBe(single.baseline.points);
        expect(row.current.from, label).toBe(single.current.from);
        expect(row.current.to, label).toBe(single.current.to);
        if (single.baseline.value === null) expect(row.baseline.value, label).toBeNull();
        else expect(row.baseline.value, label).toBeCloseTo(single.baseline.value, 9);
        if (single.current.value === null) expect(row.current.value, label).toBeNull();
        else expect(row.current.value, label).toBeCloseTo(single.current.value, 9);
        if (single.change === null) expect(row.change, label).toBeNull();
        else expect(row.change?.absolute, label).toBeCloseTo(single.change.absolute, 9);
      }
    },
  );

  it('finds a change for most organisations, and both better and worse ones for a rate', async () => {
    const indicator = indicatorById('plo_meldinger_frist');
    const rows = await fetchComparison(db, indicator, reportingOrgs(indicator.id), organisations);
    expect(rows.filter((r) => r.change !== null).length).toBeGreaterThan(rows.length / 2);
    expect(rows.some((r) => r.status === 'improved')).toBe(true);
  });

  it('takes "current" from the months up to `until`, the baseline unchanged', async () => {
    const indicator = indicatorById('plo_meldinger_frist');
    const trondheim = organisations.filter((o) => o.code === '5001');
    const [latest] = await fetchComparison(db, indicator, trondheim, organisations);
    const [earlier] = await fetchComparison(db, indicator, trondheim, organisations, {
      ...{ currentPeriods: 3, minBaselinePoints: 6, unchangedTolerance: 0.01 },
      until: '2023-06',
    });
    expect(earlier?.current).toMatchObject({ from: '2023-04-01', to: '2023-06-01', periods: 3 });
    // Hand-computed from the CSV: Σnumerator / Σdenominator of April–June 2023.
    const rows = demoRows.filter(
      (r) =>
        r.indicator_id === indicator.id &&
        r.org_code === '5001' &&
        ['2023-04', '2023-05', '2023-06'].includes(r.period),
    );
    const n = rows.reduce((s, r) => s + Number(r.numerator), 0);
    const d = rows.reduce((s, r) => s + Number(r.denominator), 0);
    expect(earlier?.current.value).toBeCloseTo((n / d) * 100, 9);
    expect(earlier?.baseline).toEqual(latest?.baseline);
  });

  it('ranks the region best to worst in each indicator’s own direction', async () => {
    for (const indicator of catalogue.indicators) {
      const rows = await fetchComparison(db, indicator, reportingOrgs(indicator.id), organisations);
      const ranked = rankByChange(
        rows,
        indicator.direction,
        (r) => r.change?.absolute ?? null,
        (r) => r.organisation.name,
      );
      const changes = ranked.flatMap((r) => (r.change === null ? [] : [r.change.absolute]));
      const sorted = [...changes].sort((a, b) =>
        indicator.direction === 'higher_is_better' ? b - a : a - b,
      );
      expect(changes, indicator.id).toEqual(sorted);
      // The first is never worse than the last: "improved" cannot follow "worsened".
      const statuses = ranked.map((r) => r.status).filter((s) => s !== 'unknown');
      const firstWorse = statuses.indexOf('worsened');
      if (firstWorse !== -1)
        expect(statuses.slice(firstWorse), indicator.id).not.toContain('improved');
    }
  });

  it('gives each organisation its own series, as fetchSeries does for it alone', async () => {
    const indicator = indicatorById('institusjon_80pluss');
    // 1516 has months suppressed in the demo data, which must say so.
    const codes = ['5001', '5025', '5032', '1516'];
    const series = await fetchOrganisationSeries(db, indicator, codes, {
      from: '2022-01',
      to: '2023-12',
    });
    for (const code of codes) {
      const alone = (await fetchSeries(db, indicator, [code])).filter(
        (p) => p.period_start >= '2022-01-01' && p.period_start < '2024-01-01',
      );
      expect(series.get(code)?.map((p) => p.period_start)).toEqual(
        alone.map((p) => p.period_start),
      );
      expect(series.get(code)?.map((p) => p.value)).toEqual(alone.map((p) => p.value));
      expect(series.get(code)?.map((p) => p.hidden)).toEqual(alone.map((p) => p.suppressed > 0));
    }
    expect(series.get('5001')).toHaveLength(24);
    // The source's own `:` and the months below the minimum count hidden when loaded.
    const hidden = series
      .get('1516')
      ?.filter((p) => p.hidden)
      .map((p) => p.period_start);
    expect(hidden).toContain('2023-09-01');
    expect(hidden?.length).toBeGreaterThan(1);
  });

  it('binds codes and months as parameters, so hostile input matches nothing', async () => {
    const indicator = indicatorById('plo_meldinger_frist');
    const hostile = {
      ...organisations[5],
      code: "5001') OR 1=1 --",
    } as (typeof organisations)[number];
    const [row] = await fetchComparison(db, indicator, [hostile], organisations);
    expect(row?.current.value).toBeNull();
    const series = await fetchOrganisationSeries(db, indicator, ["x' OR 1=1 --"]);
    expect([...series.values()].flat()).toEqual([]);
  });
});

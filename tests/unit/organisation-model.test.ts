import { describe, expect, it } from 'vitest';
import { readCatalogue, readOrganisations } from '../../scripts/datasets-on-disk';
import type { Assessment } from '../../src/domain/assessment';
import type { Organisation } from '../../src/domain/organisations';
import {
  benefitOwnersFor,
  goLiveState,
  groupByArea,
  groupByCatchment,
  parentOf,
} from '../../src/features/organisation/organisation-model';
import type { ScorecardRow } from '../../src/queries/scorecard';

const organisations = readOrganisations();
const catalogue = readCatalogue();

const org = (code: string, patch: Partial<Organisation> = {}): Organisation => ({
  code,
  name: code,
  type: 'municipality',
  parent: null,
  county: null,
  go_live: null,
  go_live_assumed: false,
  org_nr: null,
  programme: true,
  municipal_region: null,
  ...patch,
});

describe('groupByCatchment', () => {
  const { catchments, others } = groupByCatchment(organisations);

  it('places every organisation exactly once: each trust with its catchment, the RHF apart', () => {
    const placed = [...others, ...catchments.flatMap((c) => c.members)].map((o) => o.code);
    expect(placed.sort()).toEqual(organisations.map((o) => o.code).sort());
    expect(others.map((o) => o.code)).toEqual(['HMN-RHF']);
    expect(catchments.map((c) => c.trust.code)).toEqual(['STO-HF', 'HMR-HF', 'HNT-HF']);
  });

  it('puts the trust first, then its municipalities by Norwegian alphabet (Æ, Ø, Å last)', () => {
    const hmr = catchments.find((c) => c.trust.code === 'HMR-HF');
    const names = hmr?.members.map((o) => o.name) ?? [];
    expect(names[0]).toBe('Helse Møre og Romsdal HF');
    expect(names.slice(-2)).toEqual(['Ørsta', 'Ålesund']);
    const rest = names.slice(1);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(catchments.find((c) => c.trust.code === 'STO-HF')?.members).toContainEqual(
      expect.objectContaining({ code: '5001' }),
    );
  });

  it('keeps an organisation whose parent is not a trust out of every catchment', () => {
    const list = [
      org('RHF', { type: 'rhf' }),
      org('HF', { type: 'health_trust', parent: 'RHF' }),
      org('A', { parent: 'HF', name: 'Å' }),
      org('B', { parent: 'HF', name: 'B' }),
      org('C', { parent: 'RHF' }),
      org('D'),
    ];
    const grouping = groupByCatchment(list);
    expect(grouping.catchments).toHaveLength(1);
    expect(grouping.catchments[0]?.members.map((o) => o.code)).toEqual(['HF', 'B', 'A']);
    expect(grouping.others.map((o) => o.code)).toEqual(['RHF', 'C', 'D']);
  });

  it('gives no catchments for a list without trusts', () => {
    expect(groupByCatchment([org('X')])).toEqual({ catchments: [], others: [org('X')] });
  });
});

describe('parentOf', () => {
  it("finds a municipality's trust and a trust's RHF; none for the RHF", () => {
    const byCode = (code: string) => organisations.find((o) => o.code === code) as Organisation;
    expect(parentOf(byCode('5001'), organisations)?.code).toBe('STO-HF');
    expect(parentOf(byCode('STO-HF'), organisations)?.code).toBe('HMN-RHF');
    expect(parentOf(byCode('HMN-RHF'), organisations)).toBeNull();
  });

  it('gives null for a parent missing from the list rather than failing', () => {
    expect(parentOf(org('X', { parent: 'GONE' }), [])).toBeNull();
  });
});

describe('goLiveState', () => {
  it('is live from the go-live day on, planned before it, and not live without a date', () => {
    const trondheim = org('5001', { go_live: '2022-05-07' });
    expect(goLiveState(trondheim, '2022-05-07')).toEqual({
      kind: 'live',
      date: '2022-05-07',
      assumed: false,
    });
    expect(goLiveState(trondheim, '2022-05-06').kind).toBe('planned');
    expect(goLiveState(org('X'), '2030-01-01')).toEqual({ kind: 'not_live' });
  });

  it("carries the demo data's assumption along", () => {
    const assumed = org('5022', { go_live: '2023-02-04', go_live_assumed: true });
    expect(goLiveState(assumed, '2026-01-01')).toMatchObject({ assumed: true });
  });
});

describe('benefitOwnersFor', () => {
  it("lists Trondheim's benefit owners in the benefit map's order", () => {
    const owners = benefitOwnersFor(catalogue, '5001');
    const expected = catalogue.benefits.filter((b) => b.owners.some((o) => o.org_code === '5001'));
    expect(owners.map((o) => o.benefit.id)).toEqual(expected.map((b) => b.id));
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.find((o) => o.benefit.id === 'meldinger')?.owner).toBe(
      'Kommunalsjef helse og velferd',
    );
  });

  it('gives none for an organisation the catalogue names nowhere', () => {
    expect(benefitOwnersFor(catalogue, '1511')).toEqual([]);
    expect(benefitOwnersFor(catalogue, 'NO-SUCH')).toEqual([]);
  });
});

describe('groupByArea', () => {
  const assessment = {} as Assessment;
  const rows: ScorecardRow[] = catalogue.indicators.map((indicator, index) => ({
    indicator,
    // A third without members, a third with members but no assessment: both count as unreported.
    members: index % 3 === 0 ? 0 : 1,
    assessment: index % 3 === 1 ? null : assessment,
    recent: [],
  }));
  const groups = groupByArea(catalogue, rows);

  it('follows kvalitet, effektivitet, økonomi', () => {
    expect(groups.map((g) => g.area)).toEqual(['kvalitet', 'effektivitet', 'okonomi']);
  });

  it('sorts every indicator into reported or unreported, once, under its own benefit and area', () => {
    const reported = groups.flatMap((g) => g.benefits.flatMap((b) => b.rows));
    const unreported = groups.flatMap((g) => g.unreported);
    expect(reported.length + unreported.length).toBe(catalogue.indicators.length);
    expect(reported.every((row) => row.members > 0 && row.assessment !== null)).toBe(true);
    expect(unreported.every((row) => row.members === 0 || row.assessment === null)).toBe(true);
    for (const group of groups) {
      for (const { benefit, rows: benefitRows } of group.benefits) {
        expect(benefit.area).toBe(group.area);
        expect(benefitRows.length).toBeGreaterThan(0);
        expect(benefitRows.every((row) => row.indicator.benefit_id === benefit.id)).toBe(true);
      }
    }
  });

  it('leaves out a benefit with nothing reported but keeps its area for the unreported list', () => {
    const none = groupByArea(
      catalogue,
      rows.map((row) => ({ ...row, members: 0, assessment: null })),
    );
    expect(none.map((g) => g.benefits.length)).toEqual([0, 0, 0]);
    expect(none.flatMap((g) => g.unreported)).toHaveLength(catalogue.indicators.length);
  });
});

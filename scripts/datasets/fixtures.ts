import { rateMultiplier } from '../../src/domain/catalogue';
import { OBSERVATION_COLUMNS, type ObservationColumn } from '../../src/domain/observations';
import type { RejectReason } from '../../src/domain/reject-reasons';
import { indicatorSpec } from './catalogue';
import { type Cell, toCsv } from './csv';
import { seriesModel } from './models';
import { drawCell, orgLevelFactor } from './observations';
import { MONTH_COUNT, type OrgProfile, periodLabel } from './profiles';
import { streamFor } from './random';

/**
 * Upload fixtures for the ingest tests, written to tests/fixtures/. Each one imitates a real
 * file analysts produce (docs/data-contract.md) and has exactly the quirks its name promises.
 */

type FixtureFiles = Record<string, string | Uint8Array>;

/** One entry of broken.expected.json; reasons are the importer's own (src/queries/import). */
interface ExpectedRejection {
  line: number;
  reason: RejectReason;
  column: ObservationColumn | null;
}

/** 2026-01: the first month after the demo data, so an upload visibly extends the chart. */
const FIRST_NEW_MONTH = MONTH_COUNT;

const NORWEGIAN_HEADER = [
  'kommunenummer',
  'indikator',
  'periode',
  'verdi',
  'teller',
  'nevner',
  'status',
];
const NORWEGIAN_HEADER_WITH_MONTH = [
  'kommunenummer',
  'indikator',
  'måned',
  'verdi',
  'teller',
  'nevner',
  'flagg',
];

/** Continues an organisation's demo series into 2026, with its own random stream. */
function continueSeries(indicatorId: string, profile: OrgProfile, months: number, fixture: string) {
  const { indicator } = indicatorSpec(indicatorId);
  const model = seriesModel(indicatorId);
  const orgFactor = orgLevelFactor(indicatorId, profile.code, model);
  const rng = streamFor('fixture', fixture, indicatorId, profile.code);
  return Array.from({ length: months }, (_, offset) => {
    const monthIndex = FIRST_NEW_MONTH + offset;
    const cell = drawCell(indicator, model, { profile, monthIndex, rng }, orgFactor);
    return { org: profile.code, indicatorId, period: periodLabel(monthIndex), ...cell };
  });
}

const decimalComma = (value: string) => value.replace('.', ',');

/** Norwegian Excel shows 1234 as "1 234" when the cell has a thousands format. */
const spaceThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/**
 * What Excel on a Norwegian PC saves as "CSV (semikolonseparert)": UTF-8 with BOM, CRLF,
 * `;`, decimal comma, Norwegian headers. One denominator carries a thousands separator.
 */
function excelSemicolon(profiles: readonly OrgProfile[]): string {
  const rows = profiles.flatMap((profile) =>
    continueSeries('plo_meldinger_frist', profile, 12, 'excel-semicolon'),
  );
  const cells = rows.map((row, index): Cell[] => [
    row.org,
    row.indicatorId,
    row.period,
    decimalComma(row.value),
    row.numerator,
    // Only the third row was formatted by hand, as happens in real sheets.
    index === 2 ? spaceThousands(row.denominator) : row.denominator,
    row.status,
  ]);
  return `\uFEFF${toCsv(NORWEGIAN_HEADER, cells, { delimiter: ';', eol: '\r\n' })}`;
}

/** A valid rate row: value = numerator / denominator in the unit, to two decimals. */
function rateCells(org: string, indicatorId: string, period: string, n: number, d: number): Cell[] {
  const multiplier = rateMultiplier(indicatorSpec(indicatorId).indicator.unit);
  return [org, indicatorId, period, ((n / d) * multiplier).toFixed(2), n, d, ''];
}

interface BrokenLine {
  cells: Cell[];
  problem: Omit<ExpectedRejection, 'line'> | null;
}

/** Each line has at most one problem, so a validator's report can be compared exactly. */
const BROKEN_LINES: readonly BrokenLine[] = [
  { cells: rateCells('5001', 'plo_meldinger_frist', '2026-01', 2210, 2405), problem: null },
  {
    cells: ['1506', 'plo_meldinger_frist', '2026-01', 'abc', 350, 381, ''],
    problem: { reason: 'not_a_number', column: 'value' },
  },
  {
    cells: rateCells('9999', 'plo_meldinger_frist', '2026-01', 350, 381),
    problem: { reason: 'unknown_organisation', column: 'org_code' },
  },
  {
    // Written out: the helper looks the unit up in the catalogue, which has no such indicator.
    cells: ['1506', 'ukjent_indikator', '2026-01', '91.86', 350, 381, ''],
    problem: { reason: 'unknown_indicator', column: 'indicator_id' },
  },
  {
    cells: rateCells('1506', 'plo_meldinger_frist', '2024-13', 350, 381),
    problem: { reason: 'bad_period', column: 'period' },
  },
  {
    cells: rateCells('1506', 'plo_meldinger_frist', '2026-02', 352, 379).slice(0, 5),
    problem: { reason: 'wrong_column_count', column: null },
  },
  { cells: rateCells('1506', 'acsc_innleggelser_67', '2026-01', 19, 6070), problem: null },
  {
    cells: rateCells('5001', 'acsc_innleggelser_67', '2026-02', 98, 32560),
    problem: { reason: 'duplicate_key', column: null },
  },
  { cells: ['STO-HF', 'eldre_journalsystemer_antall', '2026-01', 3, '', '', ''], problem: null },
  {
    cells: rateCells('5001', 'acsc_innleggelser_67', '2026-02', 99, 32560),
    problem: { reason: 'duplicate_key', column: null },
  },
];

function broken(): { csv: string; expected: ExpectedRejection[] } {
  const csv = toCsv(
    OBSERVATION_COLUMNS,
    BROKEN_LINES.map((line) => line.cells),
  );
  // Line 1 is the header, so the first data row is physical line 2.
  const expected = BROKEN_LINES.flatMap((line, index) =>
    line.problem ? [{ line: index + 2, ...line.problem }] : [],
  );
  return { csv, expected };
}

/**
 * Encodes text as Windows-1252. Only Latin-1 letters outside 0x80–0x9F map one to one, which
 * covers æ ø å; anything else throws rather than writing a silently wrong byte.
 */
function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) {
      throw new Error(`cannot encode U+${code.toString(16)} as Windows-1252 here`);
    }
    bytes[i] = code;
  }
  return bytes;
}

/** An in-house export from an older Windows tool: Windows-1252 (å = 0xE5), `;`, decimal comma. */
function windows1252(profiles: readonly OrgProfile[]): Uint8Array {
  const rows = profiles.flatMap((profile) =>
    continueSeries('velferdsteknologi_67', profile, 1, 'windows-1252'),
  );
  const cells = rows.map((row): Cell[] => [
    row.org,
    row.indicatorId,
    row.period,
    decimalComma(row.value),
    row.numerator,
    row.denominator,
    row.status,
  ]);
  const text = toCsv(NORWEGIAN_HEADER_WITH_MONTH, cells, { delimiter: ';', eol: '\r\n' });
  return encodeWindows1252(text);
}

function pickProfiles(profiles: readonly OrgProfile[], codes: readonly string[]): OrgProfile[] {
  return codes.map((code) => {
    const profile = profiles.find((candidate) => candidate.code === code);
    if (!profile) throw new Error(`fixture needs organisation ${code}`);
    return profile;
  });
}

/** All fixture files, keyed by path relative to the repository root. */
export function buildFixtures(profiles: readonly OrgProfile[]): FixtureFiles {
  const { csv, expected } = broken();
  return {
    'tests/fixtures/excel-semicolon.csv': excelSemicolon(pickProfiles(profiles, ['5001', '1506'])),
    'tests/fixtures/broken.csv': csv,
    'tests/fixtures/broken.expected.json': `${JSON.stringify(expected, null, 2)}\n`,
    'tests/fixtures/windows-1252.csv': windows1252(
      pickProfiles(profiles, ['1506', '1508', '5001']),
    ),
  };
}

/**
 * `npm run report -- FILE.csv [--json] [--no-harmonise] [--current N] [--lang nb|en]`
 *
 * Loads an observations CSV with the catalogue and organisations in datasets/, through the same
 * import, queries and analytics as the page (duckdb-wasm's Node build), and prints per
 * organisation × indicator: baseline, current, change, status, progress to target, SPC variation
 * and assurance. Teams run it to check data before they publish a build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ASSESSMENT } from '../src/domain/assessment';
import { formatters } from '../src/i18n/format';
import type { Locale } from '../src/i18n/messages';
import { type AssessedPair, assessAll } from '../src/queries/assessment';
import { prepareImport } from '../src/queries/import/prepare';
import { openReferenceDb, readCatalogue, readCodeMap, readOrganisations } from './datasets-on-disk';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    'no-harmonise': { type: 'boolean', default: false },
    current: { type: 'string', default: String(DEFAULT_ASSESSMENT.currentPeriods) },
    lang: { type: 'string', default: 'nb' },
  },
});

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run report -- FILE.csv [--json] [--no-harmonise] [--current N] [--lang nb|en]`,
  );
  process.exit(2);
}

function table(rows: AssessedPair[], locale: Locale): string {
  const format = formatters(locale);
  const pct = (n: number | null) => (n === null ? '–' : `${format.number(n * 100, 0)} %`);
  const header = [
    'org',
    'indicator',
    'baseline',
    'current',
    'change',
    'status',
    'progress',
    'variation',
    'assurance',
  ];
  const body = rows.map(({ organisation, indicator, assessment: a }) => [
    `${organisation.code} ${organisation.name}`,
    indicator.id,
    a.baseline.value === null
      ? `– (${a.baseline.reason})`
      : format.measure(a.baseline.value, indicator.unit),
    format.measure(a.current.value, indicator.unit),
    a.change === null ? '–' : format.number(a.change.absolute, 2),
    a.status,
    a.targetMetAtBaseline ? 'met at baseline' : pct(a.progress),
    a.spc?.variation ?? '–',
    a.spc?.assurance ?? '–',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main() {
  const file = positionals[0];
  if (file === undefined) usage('no file given');
  const locale =
    args.lang === 'en' ? 'en' : args.lang === 'nb' ? 'nb' : usage(`unknown language ${args.lang}`);
  const currentPeriods = Number(args.current);
  if (!Number.isInteger(currentPeriods) || currentPeriods < 1)
    usage('--current takes a whole number ≥ 1');

  const db = await openReferenceDb();
  const prepared = await prepareImport(
    db,
    { name: path.basename(file), bytes: readFileSync(file) },
    args['no-harmonise'] ? {} : { codeMap: readCodeMap() },
  );
  if (!prepared.ok) {
    console.error(`${file}: ${JSON.stringify(prepared.error)}`);
    process.exit(1);
  }
  const { report } = prepared.data;
  if (report.rejectedRows > 0) {
    console.error(`${file}: ${report.rejectedRows} of ${report.totalRows} rows rejected:`);
    for (const p of report.problems.slice(0, 20)) {
      console.error(
        `  line ${p.line}: ${p.reason}${p.column ? ` (${p.column}: ${p.value ?? ''})` : ''}`,
      );
    }
  }
  await prepared.data.commit();
  const rows = await assessAll(db, readCatalogue(), readOrganisations(), {
    ...DEFAULT_ASSESSMENT,
    currentPeriods,
  });
  if (args.json) {
    const json = rows.map(({ organisation, indicator, assessment }) => ({
      org_code: organisation.code,
      indicator_id: indicator.id,
      ...assessment,
    }));
    console.info(JSON.stringify({ file, rejectedRows: report.rejectedRows, rows: json }, null, 2));
  } else {
    console.info(table(rows, locale));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

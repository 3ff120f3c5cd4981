/**
 * `npm run report -- FILE.csv [--json] [--no-harmonise] [--current N] [--lang nb|en]
 *   [--indicator ID] [--mapping MAPPING.json]`
 *
 * Any shape the page reads (long, wide, SSB, FHI). `--indicator` reads the whole file as one
 * indicator (an FHI table, an SSB table whose variable text is no indicator id), with the import's
 * guess for the other columns; `--mapping` gives every column, as the page's mapping step does
 * (a JSON `ImportMapping`; the mapping a file was read with is printed with `--json`).
 *
 * Loads an observations CSV with the catalogue and organisations in datasets/, through the same
 * import, queries and analytics as the page (duckdb-wasm's Node build), and prints per
 * organisation × indicator: baseline, current, change, status, progress to target, SPC variation
 * and assurance. Teams run it to check data before they publish a build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { DEFAULT_ASSESSMENT } from '../src/domain/assessment';
import { formatters } from '../src/i18n/format';
import type { Locale } from '../src/i18n/messages';
import { importMappingSchema, withFixedIndicator } from '../src/ingest/mapping';
import { type AssessedPair, assessAll } from '../src/queries/assessment';
import { type ImportFailure, prepareImport } from '../src/queries/import/prepare';
import { openReferenceDb, readCatalogue, readCodeMap, readOrganisations } from './datasets-on-disk';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    'no-harmonise': { type: 'boolean', default: false },
    current: { type: 'string', default: String(DEFAULT_ASSESSMENT.currentPeriods) },
    lang: { type: 'string', default: 'nb' },
    indicator: { type: 'string' },
    mapping: { type: 'string' },
  },
});

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run report -- FILE.csv [--json] [--no-harmonise] [--current N] [--lang nb|en] [--indicator ID] [--mapping MAPPING.json]`,
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

  const given =
    args.mapping === undefined
      ? undefined
      : importMappingSchema.safeParse(JSON.parse(readFileSync(args.mapping, 'utf8')));
  if (given !== undefined && !given.success) usage(`${args.mapping}: ${given.error.message}`);

  const db = await openReferenceDb();
  const read = (mapping?: z.infer<typeof importMappingSchema>) =>
    prepareImport(
      db,
      { name: path.basename(file), bytes: readFileSync(file) },
      {
        ...(args['no-harmonise'] ? {} : { codeMap: readCodeMap() }),
        ...(mapping === undefined ? {} : { mapping }),
      },
    );
  let prepared = await read(given?.data);
  if (args.indicator !== undefined && given === undefined) {
    // One indicator for the whole file, the rest as the import guesses it.
    const draft = prepared.ok
      ? prepared.data.report.mapping
      : prepared.error.kind === 'mapping_needed'
        ? prepared.error.guess
        : null;
    const mapping = draft === null ? null : withFixedIndicator(draft, args.indicator);
    if (mapping !== null) {
      if (prepared.ok) await prepared.data.discard();
      prepared = await read(mapping);
    }
  }
  if (!prepared.ok) {
    console.error(`${file}: ${describeFailure(prepared.error)}`);
    process.exit(1);
  }
  const { report } = prepared.data;
  if (report.rejectedRows > 0) {
    console.error(`${file}: ${report.rejectedRows} of ${report.totalRows} rows rejected:`);
    for (const p of report.problems.slice(0, 20)) {
      console.error(
        `  line ${p.line}: ${p.reason}${p.column ? ` (${p.header ?? p.column}: ${p.value ?? ''})` : ''}`,
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
    console.info(
      JSON.stringify(
        { file, rejectedRows: report.rejectedRows, mapping: report.mapping, rows: json },
        null,
        2,
      ),
    );
  } else {
    console.info(table(rows, locale));
  }
}

function describeFailure(failure: ImportFailure): string {
  if (failure.kind === 'sniff') return `not a readable CSV (${failure.problem.kind})`;
  return [
    `which column holds what is unclear (${failure.questions.join(', ')}).`,
    `  header: ${failure.headers.map((h, i) => `${i}=${h}`).join('  ')}`,
    `  guess:  ${JSON.stringify(failure.guess)}`,
    '  Give --indicator ID for one indicator in the whole file, or --mapping MAPPING.json',
    '  (the guess completed: organisation, indicator, period, value… as in importMappingSchema).',
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

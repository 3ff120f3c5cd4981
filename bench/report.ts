import type { BenchResult, LoadFormatResult } from './results-schema';

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '–' : n.toFixed(digits);

const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / 1e6);

interface Row {
  label: string;
  value: (r: BenchResult) => number | null | undefined;
  digits?: number;
  target?: string;
}

function rows(result: BenchResult): Row[] {
  const ingestRows: Row[] = result.ingest.flatMap((entry, index) => {
    const name = `${entry.rows.toLocaleString('en')} ${entry.variant}`;
    const at = (r: BenchResult) =>
      r.ingest.find((e) => e.rows === entry.rows && e.variant === entry.variant) ?? r.ingest[index];
    return [
      { label: `ingest ${name}: engine read_csv ms`, value: (r) => at(r)?.engine.median },
      { label: `ingest ${name}: papaparse ms`, value: (r) => at(r)?.papaparse?.median },
      { label: `ingest ${name}: app import ms`, value: (r) => at(r)?.app.median },
      { label: `ingest ${name}: app MB/s`, value: (r) => at(r)?.appMBps, digits: 1 },
      {
        label: `ingest ${name}: engine/app ratio`,
        value: (r) => at(r)?.ratio,
        digits: 2,
        target: entry.rows === 1_000_000 ? '≥ 0.80' : '',
      },
      { label: `ingest ${name}: peak JS heap MB`, value: (r) => at(r)?.peakJsHeapMB },
      { label: `ingest ${name}: peak browser RSS MB`, value: (r) => at(r)?.peakBrowserRssMB },
    ];
  });
  const loadName: Record<LoadFormatResult['format'], string> = {
    import: 'upload CSV, checked import',
    'baked-csv': 'baked CSV',
    'arrow-ipc': 'Arrow IPC',
    'arrow-ipc-dict': 'Arrow IPC, dictionary strings',
  };
  const loadRows: Row[] = (result.load?.formats ?? []).flatMap((entry) => {
    const name = `load ${result.load?.rows.toLocaleString('en')} ${loadName[entry.format]}`;
    const at = (r: BenchResult) => r.load?.formats.find((f) => f.format === entry.format);
    return [
      { label: `${name}: ms`, value: (r) => at(r)?.ms.median },
      { label: `${name}: MB`, value: (r) => mb(at(r)?.bytes), digits: 1 },
      { label: `${name}: MB gzip`, value: (r) => mb(at(r)?.gzipBytes), digits: 1 },
    ];
  });
  return [
    { label: 'cold start: first chart ms', value: (r) => r.coldStart.firstChartMs.median },
    { label: 'cold start: DuckDB alone ms', value: (r) => r.coldStart.duckdbAloneMs.median },
    { label: 'cold start: ratio', value: (r) => r.coldStart.ratio, digits: 2, target: '≤ 1.00' },
    ...ingestRows,
    ...loadRows,
    { label: 'filter → redraw p50 ms', value: (r) => r.interaction?.p50Ms },
    { label: 'filter → redraw p95 ms', value: (r) => r.interaction?.p95Ms, target: '≤ 100' },
    { label: 'initial JS gzip KB', value: (r) => r.size.initialJsGzipKB, target: '≤ 300' },
    { label: 'dist/ MB', value: (r) => r.size.distMB, digits: 1 },
    {
      label: 'wasm on critical path',
      value: (r) => (r.size.wasmOnCriticalPath ? 1 : 0),
      target: '0 (no)',
    },
  ];
}

/** A Markdown table of the figures, beside an earlier result when one is given. */
export function markdownTable(result: BenchResult, previous?: BenchResult): string {
  const header = previous
    ? '| figure | now | before | target |\n| --- | ---: | ---: | --- |'
    : '| figure | now | target |\n| --- | ---: | --- |';
  const lines = rows(result).map((row) => {
    const now = fmt(row.value(result), row.digits);
    const target = row.target ?? '';
    if (!previous) return `| ${row.label} | ${now} | ${target} |`;
    return `| ${row.label} | ${now} | ${fmt(row.value(previous), row.digits)} | ${target} |`;
  });
  return [header, ...lines].join('\n');
}

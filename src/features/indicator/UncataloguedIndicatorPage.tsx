import { useId, useMemo } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import { fileNameOf } from '../../export/chart-image';
import type { Formatters } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { fetchReportingOrganisations } from '../../queries/available';
import { uncataloguedThreshold } from '../../queries/suppress';
import { fetchUncataloguedSeries, type UncataloguedRow } from '../../queries/uncatalogued';
import { dbKeys } from '../../session/db-keys';
import { useDbQuery } from '../../session/db-query';
import { catalogue, organisations } from '../../session/reference';
import { NotFound } from '../../shared/not-found';
import { usePageTitle } from '../../shared/page-title';
import { useAppSearch, useUpdateSearch } from '../../url-state/hooks';
import { UncataloguedChart, type UncataloguedPoint } from './UncataloguedChart';

const NAMES = new Map(organisations.map((o) => [o.code, o.name]));
const ORDER = new Map(organisations.map((o, index) => [o.code, index]));

/** A period as the indicator page writes it: a month in words, a quarter or year as loaded. */
const periodText = (format: Formatters, row: UncataloguedRow) =>
  row.grain === 'month' ? format.month(row.period_start) : row.period;

/** The finest grain first: the chart draws one grain, the finest the organisation has. */
const GRAINS = ['month', 'quarter', 'year'] as const;

/**
 * An indicator the catalogue does not describe, by its code (`id` is checked by the caller: it
 * comes from the address). With no loaded rows it is an unknown address, as before.
 */
export function UncataloguedIndicatorPage({ id }: { id: string }) {
  const { t } = useLocale();
  const reporting = useDbQuery(dbKeys.indicator(id, 'reporting'), (db) =>
    fetchReportingOrganisations(db, id),
  );
  if (reporting.status === 'error') {
    return <p role="alert">{t.indicatorPage.pageFailed(reporting.message)}</p>;
  }
  if (reporting.status !== 'done') {
    return <p aria-busy="true">{t.indicatorPage.pageLoading}</p>;
  }
  if (reporting.data.length === 0) return <NotFound />;
  return <UncataloguedView id={id} reporting={reporting.data} />;
}

/**
 * The notice that nothing about the indicator is known, one organisation's rows (never combined:
 * only the catalogue could say how) as a line and as a table.
 */
function UncataloguedView({ id, reporting }: { id: string; reporting: string[] }) {
  const { t } = useLocale();
  const m = t.uncatalogued.page;
  usePageTitle(id);
  const headingId = useId();
  const selectId = useId();
  const search = useAppSearch();
  const update = useUpdateSearch();
  const options = useMemo(
    () =>
      [...reporting]
        .sort(
          (a, b) =>
            (ORDER.get(a) ?? Number.MAX_SAFE_INTEGER) - (ORDER.get(b) ?? Number.MAX_SAFE_INTEGER) ||
            a.localeCompare(b),
        )
        .map((code) => ({ code, name: NAMES.get(code) ?? code })),
    [reporting],
  );
  const picked = search.orgs?.find((code) => reporting.includes(code));
  const org = options.find((o) => o.code === picked) ?? options[0];
  if (org === undefined) return null;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{id}</h2>
      <p className="notice">{m.notice}</p>
      <div className="controls">
        <label htmlFor={selectId}>{m.organisation}</label>
        <select
          id={selectId}
          value={org.code}
          onChange={(event) => update({ orgs: [event.target.value] })}
        >
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <UncataloguedSeries id={id} org={org} />
    </section>
  );
}

function UncataloguedSeries({ id, org }: { id: string; org: { code: string; name: string } }) {
  const { t, format } = useLocale();
  const m = t.uncatalogued.page;
  const captionId = useId();
  // The answer names whose rows it holds: while another organisation's rows load, the last stand
  // (marked busy) under their own names, never under the new choice's.
  const result = useDbQuery(
    dbKeys.indicator(id, 'uncatalogued series', org.code),
    async (db) => ({ id, org, rows: await fetchUncataloguedSeries(db, id, org.code) }),
    { keepPrevious: true },
  );
  const shown = result.data;
  const rows = shown?.rows ?? null;
  const grain = GRAINS.find((g) => rows?.some((row) => row.grain === g));
  const points = useMemo(
    (): UncataloguedPoint[] =>
      (rows ?? [])
        .filter((row) => row.grain === grain)
        .map((row) => ({
          period_start: row.period_start,
          value: row.value,
          label: periodText(format, row),
        })),
    [rows, grain, format],
  );
  const columns = useMemo<Columns<UncataloguedRow>>(
    () => [
      {
        id: 'period',
        header: t.period,
        accessorFn: (row) => row.period,
        cell: (info) => periodText(format, info.row.original),
      },
      {
        id: 'value',
        header: t.value,
        accessorFn: (row) => row.value,
        // A hidden cell says so, rather than looking like a gap in the data.
        cell: (info) =>
          info.getValue<number | null>() === null && info.row.original.status === ':'
            ? t.suppressed.cell
            : format.number(info.getValue<number | null>()),
      },
      ...(['numerator', 'denominator'] as const).map((key): Columns<UncataloguedRow>[number] => ({
        id: key,
        header: t[key],
        accessorFn: (row) => row[key],
        cell: (info) => format.number(info.getValue<number | null>()),
      })),
      { id: 'status', header: m.status, accessorFn: (row) => row.status ?? '' },
    ],
    [t, m, format],
  );
  if (result.status === 'error') {
    return <p role="alert">{t.indicatorPage.pageFailed(result.message)}</p>;
  }
  if (shown === null || rows === null) {
    return <p aria-busy="true">{t.indicatorPage.pageLoading}</p>;
  }
  const caption = m.tableCaption(shown.id, shown.org.name);
  const drawable = points.some((p) => p.value !== null);
  const mixed = rows.some((row) => row.grain !== grain);
  return (
    <div className="indicator-result" aria-busy={result.status !== 'done'}>
      <figure aria-labelledby={captionId} className="chart">
        <figcaption id={captionId}>
          {shown.id} – {shown.org.name}
          <span className="visually-hidden"> {m.chartDescription(shown.id, shown.org.name)}</span>
        </figcaption>
        {drawable ? <UncataloguedChart points={points} /> : <p className="notice">{m.noValues}</p>}
        {mixed && grain !== undefined && <p className="muted">{m.chartGrain[grain]}</p>}
      </figure>
      <DataTable
        caption={caption}
        columns={columns}
        data={rows}
        numeric={['value', 'numerator', 'denominator']}
        rowHeader="period"
        exportName={fileNameOf(caption)}
      />
      {rows.some((row) => row.status === ':') && (
        <p className="muted">
          {m.suppressedNote(format.number(uncataloguedThreshold(catalogue.indicators), 0))}
        </p>
      )}
    </div>
  );
}

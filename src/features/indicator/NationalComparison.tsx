import { memo, useId, useMemo } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import type { Indicator } from '../../domain/catalogue';
import { type ComparisonGroup, comparisonGroups } from '../../domain/national-comparison';
import { useLocale } from '../../i18n/locale';
import { fetchYearly, type YearValue } from '../../queries/yearly';
import { dbKeys } from '../../session/db-keys';
import { knownOrganisations } from '../../session/national-register-loader';
import { SETTLE_MS, SETTLE_OFF_SCREEN_MS, useInView, useSettledQuery } from './use-settled-query';

/** Years shown: the latest five that any group has a number for. */
const YEARS = 5;

interface GroupYears {
  group: ComparisonGroup;
  years: YearValue[];
}

interface Row {
  name: string;
  values: ReadonlyMap<number, number | null>;
  organisations: number;
}

/**
 * The programme against the rest of Norway and each other RHF, by year (docs/national-register.md,
 * «National comparison»). Whatever the page's selection: the comparison is of the programme as a
 * whole. Settles before it asks, as the other sections below the chart do, so it never slows the
 * chart's redraw.
 */
export const NationalComparison = memo(function NationalComparison({
  indicator,
  reporting,
}: {
  indicator: Indicator;
  /** Codes reporting the indicator; null until known. */
  reporting: readonly string[] | null;
}) {
  const { t, locale, format } = useLocale();
  const text = t.indicatorPage.national;
  const headingId = useId();
  const [ref, inView] = useInView<HTMLElement>();
  const { result, stale } = useSettledQuery<{ indicatorId: string; groups: GroupYears[] }>(
    dbKeys.indicator(indicator.id, 'national comparison'),
    reporting === null
      ? null
      : async (db) => {
          const groups = comparisonGroups(knownOrganisations(), new Set(reporting));
          return {
            indicatorId: indicator.id,
            groups: await Promise.all(
              groups.map(async (group) => ({
                group,
                years: await fetchYearly(
                  db,
                  indicator,
                  group.members.map((o) => o.code),
                ),
              })),
            ),
          };
        },
    inView ? SETTLE_MS : SETTLE_OFF_SCREEN_MS,
  );
  const data =
    !stale && result.status === 'done' && result.data.indicatorId === indicator.id
      ? result.data.groups
      : null;
  const name = locale === 'nb' ? indicator.name_nb : indicator.name_en;
  const groupName = (group: ComparisonGroup) =>
    group.kind === 'programme'
      ? text.programme
      : group.kind === 'rest_of_country'
        ? text.restOfCountry
        : group.name;
  const years = useMemo(() => {
    const all = new Set((data ?? []).flatMap((g) => g.years.map((y) => y.year)));
    return [...all].sort((a, b) => a - b).slice(-YEARS);
  }, [data]);
  const rows: Row[] = (data ?? []).map(({ group, years: values }) => ({
    name: groupName(group),
    values: new Map(values.map((v) => [v.year, v.value])),
    organisations: values.at(-1)?.organisations ?? 0,
  }));
  const columns: Columns<Row> = [
    { id: 'group', header: text.group, accessorFn: (row) => row.name },
    ...years.map((year): Columns<Row>[number] => ({
      id: String(year),
      header: String(year),
      accessorFn: (row) => row.values.get(year) ?? null,
      cell: (info) => format.measure(info.getValue<number | null>(), indicator.unit),
    })),
    {
      id: 'organisations',
      header: text.organisations,
      accessorFn: (row) => row.organisations,
      cell: (info) => format.number(info.getValue<number>(), 0),
    },
  ];
  const outside = (data ?? []).some((g) => g.group.kind !== 'programme');
  return (
    <section
      ref={ref}
      className="analysis national-comparison"
      aria-labelledby={headingId}
      aria-busy={data === null}
    >
      <h3 id={headingId}>{text.heading}</h3>
      <p>{text.intro}</p>
      {result.status === 'error' && <p role="alert">{text.failed(result.message)}</p>}
      {data !== null && (
        <>
          <DataTable
            caption={text.caption(name)}
            columns={columns}
            data={rows}
            rowHeader="group"
            numeric={[...years.map(String), 'organisations']}
          />
          <p className="muted">{outside ? text.caveat : text.none}</p>
        </>
      )}
    </section>
  );
});

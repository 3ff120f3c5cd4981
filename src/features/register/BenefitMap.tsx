import { Link } from '@tanstack/react-router';
import { type RefObject, useId, useMemo } from 'react';
import { type Columns, DataTable } from '../../components/DataTable';
import type { Benefit, Indicator } from '../../domain/catalogue';
import { useLocale } from '../../i18n/locale';
import { catalogue, organisations } from '../../session/reference';
import type { AppSearch } from '../../url-state/search';
import { compactNok } from './nok';
import { benefitMap, isPriced, type MappedBenefit } from './register-model';

const orgNames = new Map(organisations.map((o) => [o.code, o.name]));

interface BenefitMapProps {
  /** The benefit shown in NOK above. */
  openId: string;
  /** Set before a "show in NOK" link navigates, so the NOK heading takes focus. */
  focusRequest: RefObject<boolean>;
}

/** The gevinstkart: area → benefit → indicator, as headings, lists and small tables. */
export function BenefitMap({ openId, focusRequest }: BenefitMapProps) {
  const { t } = useLocale();
  const headingId = useId();
  const groups = useMemo(() => benefitMap(catalogue), []);
  return (
    <section aria-labelledby={headingId} className="register-map">
      <h3 id={headingId}>{t.registerPage.mapHeading}</h3>
      <p>{t.registerPage.mapIntro}</p>
      {groups.map(({ area, benefits }) => (
        <section key={area} aria-labelledby={`${headingId}-${area}`}>
          <h4 id={`${headingId}-${area}`}>{t.area[area]}</h4>
          <ul className="register-map__benefits">
            {benefits.map((mapped) => (
              <li key={mapped.benefit.id}>
                <BenefitEntry
                  mapped={mapped}
                  open={mapped.benefit.id === openId}
                  focusRequest={focusRequest}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

interface BenefitEntryProps {
  mapped: MappedBenefit;
  open: boolean;
  focusRequest: RefObject<boolean>;
}

function BenefitEntry({ mapped: { benefit, indicators }, open, focusRequest }: BenefitEntryProps) {
  const { t, locale, format } = useLocale();
  const r = t.registerPage;
  const headingId = useId();
  const short = compactNok(locale);
  const name = locale === 'nb' ? benefit.name_nb : benefit.name_en;
  const description = locale === 'nb' ? benefit.description_nb : benefit.description_en;
  return (
    <article
      aria-labelledby={headingId}
      className={open ? 'register-benefit register-benefit--open' : 'register-benefit'}
    >
      <h5 id={headingId}>{name}</h5>
      {benefit.disbenefit && <p className="register-benefit__disbenefit">{r.disbenefit}</p>}
      {description !== '' && <p>{description}</p>}
      <dl className="register-benefit__facts">
        <div>
          <dt>{r.status}</dt>
          <dd>{r.statuses[benefit.status]}</dd>
        </div>
        <div>
          <dt>{r.type}</dt>
          <dd>{r.types[benefit.type]}</dd>
        </div>
        <div>
          <dt>{r.plannedDate}</dt>
          <dd>{benefit.planned_date === null ? r.notSet : format.date(benefit.planned_date)}</dd>
        </div>
        <div>
          <dt>{r.owners}</dt>
          <dd>
            {benefit.owners.length === 0 ? (
              r.noOwners
            ) : (
              <ul>
                {benefit.owners.map((owner) => (
                  <li key={owner.org_code}>
                    {orgNames.get(owner.org_code) ?? owner.org_code}: {owner.owner}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {benefit.plan.length > 0 && (
          <div className="register-benefit__wide">
            <dt>{r.plan}</dt>
            <dd>
              <ol className="register-benefit__plan">
                {benefit.plan.map((point) => (
                  <li key={point.date}>
                    {r.planPoint(short(point.nok), format.month(`${point.date}-01`))}
                  </li>
                ))}
              </ol>
            </dd>
          </div>
        )}
      </dl>
      <NokLink benefit={benefit} name={name} open={open} focusRequest={focusRequest} />
      {indicators.length === 0 ? (
        <p className="muted">{r.noIndicators}</p>
      ) : (
        <IndicatorTable indicators={indicators} caption={r.indicatorsCaption(name)} />
      )}
    </article>
  );
}

interface NokLinkProps {
  benefit: Benefit;
  name: string;
  open: boolean;
  focusRequest: RefObject<boolean>;
}

/**
 * A link, not a button: it changes the address, so it can be opened in a new tab or copied.
 * The open benefit says so in words instead (its border is a second cue, never the only one).
 */
function NokLink({ benefit, name, open, focusRequest }: NokLinkProps) {
  const { t } = useLocale();
  if (open) return <p className="register-benefit__open">{t.registerPage.shownAbove}</p>;
  if (!isPriced(catalogue, benefit)) return null;
  return (
    <p>
      <Link
        to="/register"
        search={(previous: AppSearch) => ({ ...previous, benefit: benefit.id })}
        onClick={() => {
          focusRequest.current = true;
        }}
      >
        {t.registerPage.showInNok(name)}
      </Link>
    </p>
  );
}

function IndicatorTable({ indicators, caption }: { indicators: Indicator[]; caption: string }) {
  const { t, locale, format } = useLocale();
  const r = t.registerPage;
  const c = r.indicatorColumns;
  const columns = useMemo<Columns<Indicator>>(
    () => [
      {
        id: 'indicator',
        header: c.indicator,
        accessorFn: (i) => i.id,
        cell: (info) => (
          <Link to="/indicator/$indicatorId" params={{ indicatorId: info.getValue<string>() }}>
            {locale === 'nb' ? info.row.original.name_nb : info.row.original.name_en}
          </Link>
        ),
      },
      { id: 'unit', header: c.unit, accessorFn: (i) => t.units[i.unit] },
      {
        id: 'direction',
        header: c.direction,
        accessorFn: (i) =>
          i.direction === 'higher_is_better' ? t.directionHigher : t.directionLower,
      },
      {
        id: 'baseline',
        header: c.baseline,
        accessorFn: (i) => {
          const rule = i.baseline;
          if (rule.method === 'before_go_live') return r.baselineRule.beforeGoLive(rule.months);
          if (rule.method === 'fixed') {
            return r.baselineRule.fixed(
              format.month(`${rule.from}-01`),
              format.month(`${rule.to}-01`),
            );
          }
          return r.baselineRule.value(format.measure(rule.value, i.unit));
        },
      },
      {
        id: 'target',
        header: c.target,
        accessorFn: (i) =>
          i.target === null
            ? r.notSet
            : `${format.measure(i.target.value, i.unit)} ${t.targetBy(format.date(i.target.date))}`,
      },
      { id: 'owner', header: c.owner, accessorFn: (i) => (i.owner === '' ? '–' : i.owner) },
      {
        id: 'price',
        header: c.price,
        accessorFn: (i) =>
          i.nok_per_unit === null
            ? r.notPriced
            : r.pricePerUnit(format.measure(i.nok_per_unit, 'nok')),
      },
    ],
    [t, r, c, locale, format],
  );
  return <DataTable caption={caption} columns={columns} data={indicators} rowHeader="indicator" />;
}

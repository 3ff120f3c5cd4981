import type { Unit } from '../domain/catalogue';
import type { RolloutReading, RolloutRefusal } from '../domain/rollout/types';
import type { Side, SignalType, SpecialCauseRule } from '../domain/spc/rules';

/** Texts of the indicator page (bokmål first; English has the same shape). */
const nb = {
  pageLoading: 'Henter tallene …',
  pageFailed: (message: string) =>
    `Tallene kunne ikke hentes (${message}). Last siden på nytt; hjelper ikke det, slett lokale data på Data-siden.`,
  noDataHelp:
    'Velg et annet utvalg eller en annen periode, eller last opp tall for indikatoren på Data-siden.',
  limitsToggle: 'Vis kontrollgrenser (XmR)',
  /** How a change is written: the unit of a difference (percent → percentage points). */
  changeUnit: {
    percent: 'prosentpoeng',
    per_1000: 'per 1 000',
    minutes: 'minutter',
    nok: 'kr',
    count: '',
    days: 'dager',
  } satisfies Record<Unit, string>,
  spc: {
    legendHeading: 'Slik leser du diagrammet',
    value: 'Verdi per måned (blå linje)',
    baseline: 'Utgangspunkt (grå stiplet linje)',
    target: 'Mål (grønn prikket linje)',
    goLive: 'Oppstart (oransje loddrett linje)',
    mean: 'Snitt i hver fase (lilla heltrukket linje)',
    limits: 'Øvre og nedre kontrollgrense i hver fase (lilla stiplet linje)',
    markers: {
      improvement: 'Forbedring (blå sirkel)',
      concern: 'Bekymring (oransje trekant)',
      neutral: 'Særskilt variasjon uten retning (grå firkant)',
    } satisfies Record<SignalType, string>,
    phasesWhole:
      'Kontrollgrensene er regnet over hele serien: et utvalg av flere organisasjoner har ikke én felles oppstart.',
    phasesSplit: (goLive: string) =>
      `Kontrollgrensene er regnet hver for seg før og fra oppstart (${goLive}).`,
    trial: 'Foreløpige grenser: en fase har færre enn 12 målinger, så grensene kan flytte seg.',
    noLimits: 'For få målinger til å regne kontrollgrenser.',
    signalCount: (n: number) =>
      n === 0
        ? 'Ingen punkter viser særskilt variasjon; svingningene er innenfor det vanlige.'
        : n === 1
          ? '1 punkt viser særskilt variasjon (markert i diagrammet og i tabellen).'
          : `${n} punkter viser særskilt variasjon (markert i diagrammet og i tabellen).`,
    type: {
      improvement: 'Forbedring',
      concern: 'Bekymring',
      neutral: 'Særskilt variasjon',
    } satisfies Record<SignalType, string>,
    rule: {
      outside_limits: { high: 'over øvre grense', low: 'under nedre grense' },
      trend: { high: 'stigende 7 på rad', low: 'synkende 7 på rad' },
      two_in_three: { high: '2 av 3 nær øvre grense', low: '2 av 3 nær nedre grense' },
      shift: { high: '7 på rad over snittet', low: '7 på rad under snittet' },
    } satisfies Record<SpecialCauseRule, Record<Side, string>>,
  },
  table: {
    signal: 'Særskilt variasjon (SPC)',
    caption: (caption: string, first: string, last: string) => `${caption}, ${first}–${last}`,
    pager: 'Bla i tabellen',
    status: (first: string, last: string, shown: number, total: number) =>
      `Viser ${first}–${last} (${shown} av ${total} perioder)`,
    oldest: 'Eldste',
    older: 'Eldre',
    newer: 'Nyere',
    newest: 'Nyeste',
  },
  national: {
    heading: 'Sammenlignet med resten av landet',
    intro:
      'Programmet satt opp mot resten av Norge, som ikke har byttet journalsystem, og mot de andre regionale helseforetakene, år for år. Hvert år er organisasjonenes egne årstall, eller tolv måneder når alle tolv er vist.',
    caption: (indicator: string) => `${indicator} per år: programmet og resten av landet`,
    group: 'Gruppe',
    organisations: 'Organisasjoner (siste år)',
    programme: 'Helseplattformen-programmet',
    restOfCountry: 'Resten av landet',
    none: 'Ingen tall utenfor programmet er lastet inn for denne indikatoren. Last inn nasjonale tall (SSB, FHI, SKDE, Helsedirektoratet) under «Data» for å sammenligne.',
    caveat:
      'Andre regioner skiller seg fra Midt-Norge i mer enn journalsystemet (befolkning, sykehusstruktur, registreringspraksis): en forskjell her sier ikke alene at Helseplattformen er årsaken.',
    failed: (message: string) => `Sammenligningen kunne ikke regnes ut: ${message}`,
  },
  comparison: {
    heading: 'Sammenligning av organisasjonene',
    intro: (better: string) =>
      `Hver organisasjon målt mot sitt eget utgangspunkt, rangert fra best til dårligst. ${better}.`,
    currentNote: (periods: number, until: string | null) =>
      `«Nå» er de siste ${periods} månedene med tall${until === null ? '' : ` til og med ${until}`}; utgangspunktet er hver organisasjons egne 12 måneder før oppstart.`,
    modeLegend: 'Sammenlign som',
    modes: { rank: 'rangert endring', multiples: 'små multipler' },
    needTwo:
      'Sammenligningen trenger minst to organisasjoner. Velg flere i listen til venstre, eller et større utvalg.',
    loading: 'Henter tallene for hver organisasjon …',
    failed: (message: string) =>
      `Sammenligningen kunne ikke lages (${message}). Last siden på nytt for å prøve igjen.`,
    none: 'Ingen av organisasjonene har både et utgangspunkt og ferske tall å sammenligne.',
    chartCaption: (indicator: string) =>
      `Endring fra eget utgangspunkt per organisasjon: ${indicator}. Best øverst.`,
    chartDescription: (n: number) =>
      `Liggende stolpediagram med ${n} organisasjoner. Tabellen under har de samme tallene.`,
    axis: (unit: string) => `Endring (${unit})`,
    bar: (change: string, status: string) => `${change} · ${status}`,
    unranked: (names: string) =>
      `Uten endring å rangere (mangler utgangspunkt eller tall): ${names}.`,
    tableCaption: 'Endring fra utgangspunkt per organisasjon, best først',
    rank: 'Plass',
    organisation: 'Organisasjon',
    goLive: 'Oppstart',
    notLive: 'Ikke i gang',
    baseline: 'Utgangspunkt',
    current: 'Nå',
    change: 'Endring',
    relative: 'Endring i %',
    status: 'Vurdering',
    multiplesCaption: (n: number, indicator: string) =>
      `${indicator}: utviklingen i de ${n} første i rangeringen, på samme skala. Grå stiplet linje er utgangspunktet.`,
    multiplesRest: (n: number) => `De ${n} øvrige, i rangert rekkefølge:`,
    multiplesTableCaption: 'Tallene bak de små diagrammene, per måned',
    multiplesLoading: 'Henter seriene …',
  },
  rollout: {
    heading: 'Skyldes endringen Helseplattformen?',
    intro:
      'Organisasjoner som har tatt i bruk Helseplattformen, sammenlignes med organisasjoner av samme type som ennå ikke hadde startet, over de samme månedene (forskjell i forskjeller). Sammenligningen gjelder hele regionen, uansett utvalget over.',
    loading: 'Regner ut sammenligningen …',
    failed: (message: string) =>
      `Sammenligningen kunne ikke regnes ut (${message}). Last siden på nytt for å prøve igjen.`,
    estimateLabel: 'Anslått effekt av innføringen',
    estimate: (value: string, level: string, lower: string, upper: string) =>
      `${value} (${level} % KI ${lower} til ${upper})`,
    intervalNote: (level: string) =>
      `KI = konfidensintervall: med ${level} % sikkerhet ligger effekten mellom de to tallene.`,
    readingLabel: 'Hva det betyr',
    reading: {
      improvement:
        'Trolig en forbedring: hele intervallet ligger på den gode siden av null, så endringen er større enn i sammenligningsgruppen.',
      concern:
        'Trolig en forverring: hele intervallet ligger på den dårlige siden av null, så utviklingen er svakere enn i sammenligningsgruppen.',
      inconclusive:
        'Kan ikke skilles fra tilfeldig variasjon: intervallet går over null, så dataene viser ingen sikker effekt av innføringen, verken god eller dårlig.',
    } satisfies Record<RolloutReading, string>,
    groupsLabel: 'Grunnlag',
    groups: (treated: number, comparison: number) =>
      `${treated} ${treated === 1 ? 'organisasjon' : 'organisasjoner'} i gang, sammenlignet med ${comparison} som ennå ikke var i gang.`,
    windows: (before: number, skip: number, after: number) =>
      `Før: de ${before} månedene før oppstart. Etter: måned ${skip}–${skip + after - 1} etter oppstart (de første månedene er holdt utenfor).`,
    caveats: 'Forbehold',
    refusedLabel: 'Ingen anslag ennå',
    refusal: {
      no_treated:
        'Ingen organisasjon har vært i gang lenge nok, med tall både før og etter oppstart, til at effekten kan anslås. Det kommer når flere måneder med tall er lastet inn.',
      too_few_comparison:
        'Det er for få organisasjoner som ennå ikke er i gang å sammenligne med, så et anslag ville bli for usikkert til å si noe.',
    } satisfies Record<RolloutRefusal, string>,
    refusalCounts: (treated: number, comparison: number, needed: number) =>
      `${treated} ${treated === 1 ? 'organisasjon' : 'organisasjoner'} i gang med fullstendige tall; største sammenligningsgruppe: ${comparison} (minst ${needed} trengs).`,
  },
};

type IndicatorPageMessages = typeof nb;

const en: IndicatorPageMessages = {
  pageLoading: 'Fetching the numbers …',
  pageFailed: (message) =>
    `The numbers could not be fetched (${message}). Reload the page; if that does not help, delete local data on the Data page.`,
  noDataHelp:
    'Choose another selection or period, or upload numbers for this indicator on the Data page.',
  limitsToggle: 'Show control limits (XmR)',
  changeUnit: {
    percent: 'percentage points',
    per_1000: 'per 1,000',
    minutes: 'minutes',
    nok: 'NOK',
    count: '',
    days: 'days',
  },
  spc: {
    legendHeading: 'How to read the chart',
    value: 'Value per month (blue line)',
    baseline: 'Baseline (grey dashed line)',
    target: 'Target (green dotted line)',
    goLive: 'Go-live (orange vertical line)',
    mean: 'Mean of each phase (purple solid line)',
    limits: 'Upper and lower control limit of each phase (purple dashed line)',
    markers: {
      improvement: 'Improvement (blue circle)',
      concern: 'Concern (orange triangle)',
      neutral: 'Special cause without direction (grey square)',
    },
    phasesWhole:
      'The control limits are computed over the whole series: a selection of several organisations has no single go-live.',
    phasesSplit: (goLive) =>
      `The control limits are computed separately before and from go-live (${goLive}).`,
    trial: 'Trial limits: a phase has fewer than 12 points, so its limits may still move.',
    noLimits: 'Too few points to compute control limits.',
    signalCount: (n) =>
      n === 0
        ? 'No point shows special-cause variation; the ups and downs are ordinary.'
        : n === 1
          ? '1 point shows special-cause variation (marked in the chart and the table).'
          : `${n} points show special-cause variation (marked in the chart and the table).`,
    type: { improvement: 'Improvement', concern: 'Concern', neutral: 'Special cause' },
    rule: {
      outside_limits: { high: 'above the upper limit', low: 'below the lower limit' },
      trend: { high: 'rising 7 in a row', low: 'falling 7 in a row' },
      two_in_three: { high: '2 of 3 near the upper limit', low: '2 of 3 near the lower limit' },
      shift: { high: '7 in a row above the mean', low: '7 in a row below the mean' },
    },
  },
  table: {
    signal: 'Special cause (SPC)',
    caption: (caption, first, last) => `${caption}, ${first}–${last}`,
    pager: 'Page through the table',
    status: (first, last, shown, total) =>
      `Showing ${first}–${last} (${shown} of ${total} periods)`,
    oldest: 'Oldest',
    older: 'Older',
    newer: 'Newer',
    newest: 'Newest',
  },
  national: {
    heading: 'Against the rest of the country',
    intro:
      'The programme set against the rest of Norway, which never changed its record system, and against the other regional health authorities, year by year. Each year is the organisations’ own yearly figure, or twelve months where all twelve are shown.',
    caption: (indicator) => `${indicator} by year: the programme and the rest of the country`,
    group: 'Group',
    organisations: 'Organisations (latest year)',
    programme: 'The Helseplattformen programme',
    restOfCountry: 'The rest of the country',
    none: 'No figures from outside the programme are loaded for this indicator. Load national figures (SSB, FHI, SKDE, the Norwegian Directorate of Health) under “Data” to compare.',
    caveat:
      'Other regions differ from Central Norway in more than their record system (population, hospitals, how they record): a difference here does not on its own say that Helseplattformen caused it.',
    failed: (message) => `The comparison could not be worked out: ${message}`,
  },
  comparison: {
    heading: 'Comparing the organisations',
    intro: (better) =>
      `Each organisation against its own baseline, ranked from best to worst. ${better}.`,
    currentNote: (periods, until) =>
      `“Now” is the latest ${periods} months with numbers${until === null ? '' : ` up to ${until}`}; the baseline is each organisation’s own 12 months before go-live.`,
    modeLegend: 'Compare as',
    modes: { rank: 'ranked change', multiples: 'small multiples' },
    needTwo:
      'The comparison needs at least two organisations. Pick more in the list on the left, or a larger selection.',
    loading: 'Fetching the numbers of each organisation …',
    failed: (message) => `The comparison could not be made (${message}). Reload the page to retry.`,
    none: 'None of the organisations has both a baseline and recent numbers to compare.',
    chartCaption: (indicator) =>
      `Change from its own baseline per organisation: ${indicator}. Best at the top.`,
    chartDescription: (n) =>
      `Horizontal bar chart of ${n} organisations. The table below holds the same numbers.`,
    axis: (unit) => `Change (${unit})`,
    bar: (change, status) => `${change} · ${status}`,
    unranked: (names) => `No change to rank (no baseline or no numbers): ${names}.`,
    tableCaption: 'Change from baseline per organisation, best first',
    rank: 'Rank',
    organisation: 'Organisation',
    goLive: 'Go-live',
    notLive: 'Not live',
    baseline: 'Baseline',
    current: 'Now',
    change: 'Change',
    relative: 'Change in %',
    status: 'Assessment',
    multiplesCaption: (n, indicator) =>
      `${indicator}: the first ${n} of the ranking over time, on one scale. The grey dashed line is the baseline.`,
    multiplesRest: (n) => `The other ${n}, in ranked order:`,
    multiplesTableCaption: 'The numbers behind the small charts, per month',
    multiplesLoading: 'Fetching the series …',
  },
  rollout: {
    heading: 'Is the change due to Helseplattformen?',
    intro:
      'Organisations that have gone live with Helseplattformen are compared with organisations of the same type not yet live, over the same months (difference in differences). The comparison covers the whole region, whatever the selection above.',
    loading: 'Computing the comparison …',
    failed: (message) =>
      `The comparison could not be computed (${message}). Reload the page to retry.`,
    estimateLabel: 'Estimated effect of the go-live',
    estimate: (value, level, lower, upper) => `${value} (${level}% CI ${lower} to ${upper})`,
    intervalNote: (level) =>
      `CI = confidence interval: with ${level}% confidence the effect lies between the two numbers.`,
    readingLabel: 'What it means',
    reading: {
      improvement:
        'Probably an improvement: the whole interval lies on the good side of zero, so the change is larger than in the comparison group.',
      concern:
        'Probably a deterioration: the whole interval lies on the bad side of zero, so things went worse than in the comparison group.',
      inconclusive:
        'Cannot be told from chance: the interval spans zero, so the data show no certain effect of the go-live, good or bad.',
    },
    groupsLabel: 'Based on',
    groups: (treated, comparison) =>
      `${treated} live ${treated === 1 ? 'organisation' : 'organisations'}, compared with ${comparison} not yet live.`,
    windows: (before, skip, after) =>
      `Before: the ${before} months before go-live. After: months ${skip}–${skip + after - 1} after go-live (the first months are left out).`,
    caveats: 'Caveats',
    refusedLabel: 'No estimate yet',
    refusal: {
      no_treated:
        'No organisation has been live long enough, with numbers both before and after go-live, to estimate the effect. It will come when more months of numbers are loaded.',
      too_few_comparison:
        'There are too few organisations not yet live to compare with, so an estimate would be too uncertain to say anything.',
    },
    refusalCounts: (treated, comparison, needed) =>
      `${treated} live ${treated === 1 ? 'organisation' : 'organisations'} with complete numbers; largest comparison group: ${comparison} (at least ${needed} needed).`,
  },
};

export const indicatorPageMessages: { nb: IndicatorPageMessages; en: IndicatorPageMessages } = {
  nb,
  en,
};

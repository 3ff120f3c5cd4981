import type { ChangeStatus } from '../domain/assessment';
import type { AssuranceIcon, VariationIcon } from '../domain/spc/rules';
import { useLocale } from '../i18n/locale';

const TONE: Record<VariationIcon, 'good' | 'bad' | 'plain'> = {
  common_cause: 'plain',
  improvement_high: 'good',
  improvement_low: 'good',
  concern_high: 'bad',
  concern_low: 'bad',
  neutral_high: 'plain',
  neutral_low: 'plain',
};

/** Shape and colour repeat what the words say; the words alone carry the meaning. */
const SHAPE: Record<VariationIcon, string> = {
  common_cause: '●',
  improvement_high: '▲',
  improvement_low: '▼',
  concern_high: '▲',
  concern_low: '▼',
  neutral_high: '▲',
  neutral_low: '▼',
};

/** SPC variation of the latest point, in words with a shape. */
export function VariationLabel({ icon }: { icon: VariationIcon | null }) {
  const { t } = useLocale();
  if (icon === null) return <span className="muted">{t.spc.notEnough}</span>;
  return (
    <span className={`signal signal--${TONE[icon]}`}>
      <span aria-hidden="true">{SHAPE[icon]} </span>
      {t.spc.variation[icon]}
    </span>
  );
}

/**
 * Whether the process will meet its target, in words. The limits it is read from describe a
 * stable process; when the latest point is a special cause the process is changing and may
 * already be past the target (or have fallen away from it), so the reading is given as uncertain
 * and without the colour of a verdict.
 */
export function AssuranceLabel({
  icon,
  variation,
}: {
  icon: AssuranceIcon | null;
  variation: VariationIcon | null;
}) {
  const { t } = useLocale();
  if (icon === null) return <span className="muted">–</span>;
  const changing = variation !== null && variation !== 'common_cause';
  const tone = changing
    ? 'plain'
    : icon === 'consistently_passes'
      ? 'good'
      : icon === 'consistently_fails'
        ? 'bad'
        : 'plain';
  return (
    <>
      <span className={`signal signal--${tone}`}>{t.spc.assurance[icon]}</span>
      {changing && <span className="muted"> ({t.spc.assuranceChanging})</span>}
    </>
  );
}

/** Better, worse or unchanged since the baseline, by the indicator's direction. */
export function StatusLabel({ status }: { status: ChangeStatus }) {
  const { t } = useLocale();
  const tone = status === 'improved' ? 'good' : status === 'worsened' ? 'bad' : 'plain';
  return <span className={`signal signal--${tone}`}>{t.status[status]}</span>;
}

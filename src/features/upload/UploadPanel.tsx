import { useId, useState } from 'react';
import { useLocale } from '../../i18n/locale';
import type { ImportPhase } from '../../queries/import/prepare';
import { DropZone } from './DropZone';
import { ImportReportView } from './ImportReportView';
import { MappingForm } from './MappingForm';
import { useUpload } from './use-upload';

const PHASES: (ImportPhase | 'saving')[] = [
  'reading',
  'parsing',
  'validating',
  'loading',
  'saving',
];

/** File picker and drop zone → validation report → the analyst loads the valid rows or nothing. */
export function UploadPanel() {
  const { t } = useLocale();
  const [harmonise, setHarmonise] = useState(true);
  const { state, ready, accept, cancel, commit, discard, dismiss, allowUnknownIndicators } =
    useUpload(harmonise);
  const harmoniseId = useId();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t.uploadHeading}</h2>
      <p className="muted">{t.uploadHelp}</p>
      <DropZone
        disabled={
          !ready || state.step === 'working' || (state.step === 'review' && state.rechecking)
        }
        onFile={(file) => void accept(file)}
      />
      <div className="option">
        <input
          id={harmoniseId}
          type="checkbox"
          checked={harmonise}
          onChange={(event) => setHarmonise(event.target.checked)}
        />
        <label htmlFor={harmoniseId}>{t.harmoniseOption}</label>
      </div>
      {state.step === 'working' && (
        <div className="progress">
          <progress
            aria-label={t.progressLabel}
            max={PHASES.length}
            value={PHASES.indexOf(state.phase) + 1}
          />
          <span>
            {state.file}: {t.phase[state.phase]} …
          </span>
          {state.cancellable && (
            <button type="button" onClick={() => cancel(state.file)}>
              {t.cancelImport}
            </button>
          )}
        </div>
      )}
      <div
        role="status"
        className={state.step === 'finished' ? `message message--${state.tone}` : ''}
      >
        {state.step === 'finished' && state.message}
      </div>
      {state.step === 'mapping' && (
        <MappingForm
          fileName={state.file.name}
          needed={state.needed}
          onConfirm={(mapping) => void accept(state.file, mapping)}
          onCancel={() => dismiss(state.file.name)}
        />
      )}
      {state.step === 'review' && (
        <ImportReportView
          report={state.prepared.report}
          onLoad={() => commit(state.prepared)}
          onCancel={() => discard(state.prepared)}
          onAllowUnknownIndicators={allowUnknownIndicators}
          rechecking={state.rechecking}
          allowUnknownIndicators={state.allowUnknownIndicators}
          note={state.note}
        />
      )}
    </section>
  );
}

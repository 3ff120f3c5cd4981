import { type DragEvent, useId, useRef, useState } from 'react';
import { useLocale } from '../../i18n/locale';
import type { Messages } from '../../i18n/messages';
import {
  type ImportFailure,
  type ImportPhase,
  type PreparedImport,
  prepareImport,
} from '../../queries/import/prepare';
import { useData } from '../../session/data';
import { codeMap } from '../../session/reference';
import { ImportReportView } from './ImportReportView';

type UploadState =
  | { step: 'idle' }
  | { step: 'working'; file: string; phase: ImportPhase }
  | { step: 'review'; prepared: PreparedImport }
  | { step: 'finished'; message: string; tone: 'ok' | 'error' };

const PHASES: ImportPhase[] = ['reading', 'parsing', 'validating', 'loading'];

function describeFailure(t: Messages, file: string, failure: ImportFailure): string {
  const detail = (() => {
    if (failure.kind === 'sniff') {
      return failure.problem.kind === 'empty' ? t.sniffEmpty : t.sniffNoDelimiter;
    }
    const problem = failure.problem;
    switch (problem.kind) {
      case 'missing_columns':
        return t.headerMissing(problem.columns.join(', '), failure.headers.join(', '));
      case 'ambiguous_column':
        return t.headerAmbiguous(problem.column, problem.headers.join(', '));
      case 'no_measure':
        return t.headerNoMeasure;
    }
  })();
  return `${t.importFailed(file)} ${detail}`;
}

/** File picker and drop zone → validation report → the analyst loads the valid rows or nothing. */
export function UploadPanel() {
  const { t, format } = useLocale();
  const { state: data, dataChanged } = useData();
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [harmonise, setHarmonise] = useState(true);
  const harmoniseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const headingId = useId();
  const ready = data.status === 'ready';

  async function accept(file: File) {
    if (data.status !== 'ready') return;
    if (state.step === 'review') await state.prepared.discard();
    setState({ step: 'working', file: file.name, phase: 'reading' });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await prepareImport(
        data.db,
        { name: file.name, bytes },
        {
          onPhase: (phase) => setState({ step: 'working', file: file.name, phase }),
          ...(harmonise ? { codeMap } : {}),
        },
      );
      setState(
        result.ok
          ? { step: 'review', prepared: result.data }
          : {
              step: 'finished',
              tone: 'error',
              message: describeFailure(t, file.name, result.error),
            },
      );
    } catch (error) {
      console.error(error);
      setState({
        step: 'finished',
        tone: 'error',
        message: `${t.importFailed(file.name)} ${String(error)}`,
      });
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  async function commit(prepared: PreparedImport) {
    const file = prepared.report.fileName;
    setState({ step: 'working', file, phase: 'loading' });
    try {
      const { inserted, replaced } = await prepared.commit();
      dataChanged();
      setState({
        step: 'finished',
        tone: 'ok',
        message: t.loaded(
          file,
          format.number(inserted, 0),
          replaced > 0 ? format.number(replaced, 0) : null,
        ),
      });
    } catch (error) {
      console.error(error);
      setState({
        step: 'finished',
        tone: 'error',
        message: `${t.importFailed(file)} ${String(error)}`,
      });
    }
  }

  async function discard(prepared: PreparedImport) {
    await prepared.discard();
    setState({ step: 'finished', tone: 'ok', message: t.cancelled(prepared.report.fileName) });
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) void accept(file);
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t.uploadHeading}</h2>
      <p className="muted">{t.uploadHelp}</p>
      {/* The whole zone is the input's label: a click opens the file dialog, a drop loads the
          file, and keyboard users reach the input itself. */}
      <label
        htmlFor={inputId}
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span className="drop-zone__title">{t.chooseFile}</span>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".csv,.txt,text/csv"
          disabled={!ready || state.step === 'working'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) void accept(file);
          }}
        />
        <span className="muted">{t.dropHere}</span>
      </label>
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
        </div>
      )}
      <div
        role="status"
        className={state.step === 'finished' ? `message message--${state.tone}` : ''}
      >
        {state.step === 'finished' && state.message}
      </div>
      {state.step === 'review' && (
        <ImportReportView
          report={state.prepared.report}
          onLoad={() => commit(state.prepared)}
          onCancel={() => discard(state.prepared)}
        />
      )}
    </section>
  );
}

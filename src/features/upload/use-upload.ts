import { useRef, useState } from 'react';
import { useLocale } from '../../i18n/locale';
import { type ImportMapping, mappingKey } from '../../ingest/mapping';
import type { MappingNeeded } from '../../queries/import/layout';
import { type ImportPhase, type PreparedImport, prepareImport } from '../../queries/import/prepare';
import { useData } from '../../session/data';
import { nationalRegister } from '../../session/national-register';
import { describeFailure, isOutOfMemory } from './describe-failure';
import { rememberedMapping, rememberMapping } from './remembered-mappings';

export type UploadState =
  | { step: 'idle' }
  | { step: 'mapping'; file: File; needed: MappingNeeded }
  /** `saving`: committed and shown, being stored in the browser (docs/persistence.md). */
  | { step: 'working'; file: string; phase: ImportPhase | 'saving'; cancellable: boolean }
  | {
      step: 'review';
      prepared: PreparedImport;
      /** What the file was read with, to read it again with the other choice of the opt-in. */
      file: File;
      mapping: ImportMapping | undefined;
      /** Staging again for the opt-in: `prepared` is already discarded and cannot be loaded. */
      rechecking: boolean;
      /** The analyst's choice of the opt-in: the report's own, or the one it is remade for. */
      allowUnknownIndicators: boolean;
      /** What the last recheck found, for the report's status line. */
      note: string | null;
    }
  | { step: 'finished'; message: string; tone: 'ok' | 'error' };

/**
 * Files larger than this are refused before reading: measured here, a 260 MB file (5 million
 * rows) peaks at about 3 GB while staged, and duckdb-wasm cannot use more than about 3.1 GiB.
 */
export const MAX_FILE_BYTES = 400 * 1024 * 1024;

/**
 * The upload's steps: file → staged and checked → the analyst loads the valid rows or nothing.
 * Cancelling stops waiting at once; a staging that finishes afterwards is discarded unseen, so a
 * cancelled import never loads anything (staging only ever touches its own session's tables).
 */
export function useUpload(harmonise: boolean) {
  const { t, format } = useLocale();
  const { state: data, dataChanged } = useData();
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const attempt = useRef(0);

  const fail = (file: string, error: unknown) => {
    console.error(error);
    const detail = isOutOfMemory(error) ? t.outOfMemory : String(error);
    setState({ step: 'finished', tone: 'error', message: `${t.importFailed(file)} ${detail}` });
  };

  /**
   * Stages `file` and shows its report. `allowUnknownIndicators` is the report's opt-in to load
   * rows of indicators the catalogue does not describe; `recheck` stages the file under review
   * again for it, keeping the report on screen (and focus on the checkbox) meanwhile.
   */
  async function accept(
    file: File,
    mapping?: ImportMapping,
    allowUnknownIndicators = false,
    recheck = false,
  ) {
    if (data.status !== 'ready') return;
    // The report stays, its load button off, while its staging is dropped and made again. (The
    // old staging goes first: two staged copies of a big file may not fit in memory.)
    if (recheck && state.step === 'review') {
      setState({
        ...state,
        rechecking: true,
        allowUnknownIndicators,
        note: t.uncatalogued.upload.rechecking,
      });
    }
    // A rechecking report's staging is gone already; the recheck's own is dropped when it ends.
    if (state.step === 'review' && !state.rechecking) await state.prepared.discard();
    if (file.size > MAX_FILE_BYTES) {
      const mb = (bytes: number) => format.number(bytes / 1024 / 1024, 0);
      const message = `${t.importFailed(file.name)} ${t.tooBig(mb(file.size), mb(MAX_FILE_BYTES))}`;
      setState({ step: 'finished', tone: 'error', message });
      return;
    }
    const mine = ++attempt.current;
    const current = () => attempt.current === mine;
    if (!recheck) {
      setState({ step: 'working', file: file.name, phase: 'reading', cancellable: true });
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await prepareImport(
        data.db,
        { name: file.name, bytes },
        {
          onPhase: (phase) =>
            current() &&
            !recheck &&
            setState({ step: 'working', file: file.name, phase, cancellable: true }),
          ...(harmonise ? { codeMap: nationalRegister.codeMap } : {}),
          ...(mapping === undefined ? {} : { mapping }),
          allowUnknownIndicators,
        },
      );
      if (!current()) {
        if (result.ok) await result.data.discard();
        return;
      }
      if (result.ok) {
        // A mapping the analyst confirmed is kept for the next file with the same header.
        if (mapping !== undefined) rememberMapping(result.data.report.mappingKey, mapping);
        const note = recheck
          ? t.uncatalogued.upload.rechecked(format.number(result.data.report.validRows, 0))
          : null;
        setState({
          step: 'review',
          prepared: result.data,
          file,
          mapping,
          rechecking: false,
          allowUnknownIndicators,
          note,
        });
      } else if (result.error.kind === 'mapping_needed') {
        const remembered = rememberedMapping(mappingKey(result.error.headers));
        if (mapping === undefined && remembered !== undefined) {
          return accept(file, remembered, allowUnknownIndicators);
        }
        setState({ step: 'mapping', file, needed: result.error });
      } else {
        const message = describeFailure(t, file.name, result.error);
        setState({ step: 'finished', tone: 'error', message });
      }
    } catch (error) {
      if (current()) fail(file.name, error);
    }
  }

  function cancel(file: string) {
    attempt.current += 1;
    setState({ step: 'finished', tone: 'ok', message: t.cancelled(file) });
  }

  async function commit(prepared: PreparedImport) {
    const file = prepared.report.fileName;
    // The swap is one short transaction: it is not offered for cancelling.
    setState({ step: 'working', file, phase: 'loading', cancellable: false });
    try {
      const { inserted, replaced, indicators } = await prepared.commit();
      setState({ step: 'working', file, phase: 'saving', cancellable: false });
      const message = t.loaded(
        file,
        format.number(inserted, 0),
        replaced > 0 ? format.number(replaced, 0) : null,
      );
      // "Loaded" is said once the data is stored, so a tab closed after it keeps the data.
      try {
        await dataChanged(indicators);
      } catch (error) {
        console.error(error);
        setState({
          step: 'finished',
          tone: 'error',
          message: `${message} ${t.datasets.notSaved(String(error))}`,
        });
        return;
      }
      setState({ step: 'finished', tone: 'ok', message });
    } catch (error) {
      fail(file, error);
    }
  }

  /** The report's opt-in changed: read the file under review again with the new choice. */
  function allowUnknownIndicators(allow: boolean) {
    if (state.step !== 'review' || state.rechecking) return;
    void accept(state.file, state.mapping, allow, true);
  }

  async function discard(prepared: PreparedImport) {
    if (state.step === 'review' && state.rechecking) {
      cancel(prepared.report.fileName);
      return;
    }
    await prepared.discard();
    setState({ step: 'finished', tone: 'ok', message: t.cancelled(prepared.report.fileName) });
  }

  const dismiss = (file: string) =>
    setState({ step: 'finished', tone: 'ok', message: t.cancelled(file) });

  return {
    state,
    ready: data.status === 'ready',
    accept,
    cancel,
    commit,
    discard,
    dismiss,
    allowUnknownIndicators,
  };
}

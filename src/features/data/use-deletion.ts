import { useState } from 'react';
import { useLocale } from '../../i18n/locale';
import { type Dataset, deleteDataset } from '../../queries/datasets';
import { useData } from '../../session/data';

/** What a delete button asked for: one dataset, or everything. */
type Target = { kind: 'one'; dataset: Dataset } | { kind: 'all' };

type DeletionState =
  | { step: 'idle' }
  | { step: 'confirming' }
  | { step: 'deleting' }
  | { step: 'finished'; tone: 'ok' | 'error'; message: string };

/** Ask → confirm or cancel → delete → say what happened; the views are told of any change. */
export function useDeletion() {
  const { t, format } = useLocale();
  const { state: data, dataChanged, resetToDemo } = useData();
  const [state, setState] = useState<DeletionState>({ step: 'idle' });
  // Kept after the question is answered, so the dialog keeps its text while it closes.
  const [target, setTarget] = useState<Target>({ kind: 'all' });

  async function confirm() {
    if (data.status !== 'ready') return;
    setState({ step: 'deleting' });
    try {
      if (target.kind === 'one') {
        const { removed, indicators } = await deleteDataset(data.db, target.dataset.id);
        await dataChanged(indicators);
        const message = t.datasets.deleted(target.dataset.source, format.number(removed, 0));
        setState({ step: 'finished', tone: 'ok', message });
      } else {
        await resetToDemo();
        setState({ step: 'finished', tone: 'ok', message: t.datasets.deletedAll });
      }
    } catch (error) {
      console.error(error);
      const message = `${t.datasets.deleteFailed} ${String(error)}`;
      setState({ step: 'finished', tone: 'error', message });
    }
  }

  return {
    state,
    ready: data.status === 'ready',
    target,
    ask(next: Target) {
      setTarget(next);
      setState({ step: 'confirming' });
    },
    cancel: () => setState({ step: 'idle' }),
    confirm,
  };
}

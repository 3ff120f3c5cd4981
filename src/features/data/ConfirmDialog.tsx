import { useEffect, useId, useRef } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal confirmation on the native <dialog>: the browser keeps focus inside it, Escape cancels,
 * and closing returns focus to the button that opened it. Focus starts on the harmless choice, so
 * an Enter pressed out of habit does not delete anything.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onConfirm, onCancel } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={dialogRef}
      className="panel"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // The open state is React's: let it close the dialog.
        event.preventDefault();
        onCancel();
      }}
    >
      <h3 id={titleId}>{props.title}</h3>
      <p id={bodyId}>{props.body}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" ref={cancelRef} onClick={onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </dialog>
  );
}

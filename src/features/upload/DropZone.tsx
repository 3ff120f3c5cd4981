import { type DragEvent, useId, useRef, useState } from 'react';
import { useLocale } from '../../i18n/locale';

/**
 * The file input, wrapped in a label that is also the drop target: a click opens the file
 * dialog, a drop gives the file, and keyboard users reach the input itself.
 */
export function DropZone({ disabled, onFile }: { disabled: boolean; onFile(file: File): void }) {
  const { t } = useLocale();
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined && !disabled) onFile(file);
  };
  return (
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
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) fires a change.
          event.target.value = '';
          if (file !== undefined) onFile(file);
        }}
      />
      <span className="muted">{t.dropHere}</span>
    </label>
  );
}

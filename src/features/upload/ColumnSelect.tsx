import { useId } from 'react';
import { useLocale } from '../../i18n/locale';

interface ColumnSelectProps {
  label: string;
  headers: readonly string[];
  value: number | null;
  /** Offers "none" as well as the file's columns. */
  optional?: boolean;
  onChange(column: number | null): void;
}

/** Picks one of the file's columns by its header. */
export function ColumnSelect({
  label,
  headers,
  value,
  optional = false,
  onChange,
}: ColumnSelectProps) {
  const { t } = useLocale();
  const id = useId();
  return (
    <div className="column-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{optional ? t.mapping.none : t.mapping.choose}</option>
        {headers.map((header, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
          <option key={index} value={index}>
            {header || `#${index + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ChoiceSelectProps<T extends string> {
  label: string;
  choices: readonly T[];
  /** The words shown for each choice. */
  labels: Record<T, string>;
  value: T;
  onChange(value: T): void;
}

/** A labelled select over a fixed list of choices (how a column writes its values). */
export function ChoiceSelect<T extends string>({
  label,
  choices,
  labels,
  value,
  onChange,
}: ChoiceSelectProps<T>) {
  return (
    <label>
      {label}{' '}
      <select
        value={value}
        // The value is always one of `choices`: the options below are the only ones offered.
        onChange={(e) => onChange(e.target.value as T)}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One option of a select: the value it sets and what the learner reads. */
export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** The choices for a list of values, each read out through its table of labels. */
export function choicesOf<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): Choice<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

interface ChoiceSelectProps<T extends string> {
  /** The visible label, which is also the select's accessible name. */
  readonly label: string;
  readonly value: T;
  readonly choices: readonly Choice<T>[];
  readonly onChange: (value: T) => void;
  readonly disabled?: boolean;
}

/** A labelled select over a fixed set of values: only a listed value ever reaches `onChange`. */
export function ChoiceSelect<T extends string>(props: ChoiceSelectProps<T>) {
  const { label, value, choices, onChange, disabled } = props;
  const choose = (picked: string) => {
    const choice = choices.find((one) => one.value === picked);
    if (choice) onChange(choice.value);
  };
  return (
    <label>
      {label}
      <select value={value} disabled={disabled} onChange={(e) => choose(e.target.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

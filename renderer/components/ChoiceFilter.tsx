import { Select } from '@mantine/core';

/** Filters a list by one of a closed set of values (a status, a method), each shown by its label; cleared, any. */
export function ChoiceFilter<T extends string>({
  label,
  w,
  placeholder = 'Any',
  choices,
  labels,
  value,
  onChange,
}: {
  label: string;
  w: number;
  placeholder?: string;
  choices: readonly T[];
  labels: Record<T, string>;
  value: T | null;
  onChange: (value: T | null) => void;
}) {
  return (
    <Select
      label={label}
      w={w}
      clearable
      placeholder={placeholder}
      value={value}
      // The options are `choices`, so a picked value is one of them.
      onChange={(picked) => onChange(picked as T | null)}
      data={choices.map((choice) => ({ value: choice, label: labels[choice] }))}
    />
  );
}

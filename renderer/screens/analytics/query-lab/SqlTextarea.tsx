import { Textarea } from '@mantine/core';

interface SqlTextareaProps {
  label: string;
  value: string;
  onChange(value: string): void;
  minRows?: number;
  placeholder?: string;
}

/** A box for SQL: monospaced, growing with its text. */
export function SqlTextarea({ label, value, onChange, minRows, placeholder }: SqlTextareaProps) {
  return (
    <Textarea
      label={label}
      value={value}
      placeholder={placeholder}
      onChange={(event) => onChange(event.currentTarget.value)}
      autosize
      minRows={minRows}
      styles={{ input: { fontFamily: 'monospace' } }}
    />
  );
}

import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import { DECIMAL_SEPARATOR, readDecimal, readWholeNumber, WHOLE_NUMBERS_ONLY } from '../lib/number-entry';

export type LocaleNumberInputProps = Omit<
  NumberInputProps,
  'value' | 'onChange' | 'allowDecimal' | 'decimalSeparator'
> & {
  /** '' while the box is empty; NaN while it holds what is not a number of its kind. */
  value: number | '';
  onChange: (value: number | '') => void;
};

/**
 * A quantity, a count or a number of days. A fraction typed (12,5 or 12.5) stays as typed and the
 * box says it takes whole numbers only, instead of dropping the mark and reading 125.
 */
export function WholeNumberInput(props: LocaleNumberInputProps) {
  return <LocaleNumberInput {...props} read={readWholeNumber} problem={WHOLE_NUMBERS_ONLY} />;
}

/** A rate or a measure with decimals, shown with the person's decimal mark (8,25 in German); "." and "," both type it. */
export function DecimalInput(props: LocaleNumberInputProps) {
  return <LocaleNumberInput {...props} read={readDecimal} problem="Enter a number" />;
}

function LocaleNumberInput({
  value,
  onChange,
  error,
  read,
  problem,
  ...props
}: LocaleNumberInputProps & { read: (typed: number | string) => number | ''; problem: string }) {
  const [typed, setTyped] = useState<number | string>(value);
  // What was typed is shown while it still stands for the value ("8," on the way to 8,25 is 8); a
  // value set from elsewhere (a scan, a reset) replaces it.
  const shown = Object.is(read(typed), value) || Number.isNaN(value) ? typed : value;
  return (
    <NumberInput
      decimalSeparator={DECIMAL_SEPARATOR}
      {...props}
      value={shown}
      error={Number.isNaN(value) ? problem : error}
      onChange={(next) => {
        setTyped(next);
        onChange(read(next));
      }}
    />
  );
}

import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { centsToText, CURRENCY_SYMBOL, MONEY_EXAMPLE, textToCents } from './money';

export type MoneyInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'error'> & {
  /** Cents; null while the box is empty, NaN while it holds text that is not an amount. */
  value: number | null;
  onChange: (cents: number | null) => void;
  error?: string;
};

/**
 * An amount of money typed in the person's locale. The text is theirs while they type; on leaving
 * the box it is rewritten in the locale's form (two decimals), so what is shown is what is saved.
 */
export function MoneyInput({ value, onChange, error, onBlur, ...props }: MoneyInputProps) {
  const [text, setText] = useState(() => (value === null || Number.isNaN(value) ? '' : centsToText(value)));
  const shownValue = sameAmount(textToCents(text), value) ? text : centsToText(Number.isNaN(value) ? null : value);
  const invalid = value !== null && Number.isNaN(value);
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      leftSection={CURRENCY_SYMBOL}
      {...props}
      value={shownValue}
      error={error ?? (invalid ? `Enter an amount like ${MONEY_EXAMPLE}` : undefined)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(textToCents(next));
      }}
      onBlur={(event) => {
        if (value !== null && !Number.isNaN(value)) setText(centsToText(value));
        onBlur?.(event);
      }}
      styles={{ input: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' } }}
    />
  );
}

/** The typed text still stands for the value (NaN counts as the same as NaN). */
function sameAmount(a: number | null, b: number | null): boolean {
  return Object.is(a, b);
}

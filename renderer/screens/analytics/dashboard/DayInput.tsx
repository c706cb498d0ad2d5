import { TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * A date field that leaves the person's typing alone: a half-typed date passes through values such
 * as year 0002, which the dashboard does not take, and a controlled field would put the old day
 * back under the cursor. The day shown follows the view whenever the field is not being typed in.
 */
export function DayInput({ label, value, onDay }: { label: string; value: string; onDay: (day: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = ref.current;
    if (input && document.activeElement !== input) input.value = value;
  }, [value]);
  return (
    <TextInput
      ref={ref}
      label={label}
      type="date"
      w={150}
      defaultValue={value}
      onChange={(event) => onDay(event.currentTarget.value)}
      onBlur={(event) => {
        event.currentTarget.value = value;
      }}
    />
  );
}

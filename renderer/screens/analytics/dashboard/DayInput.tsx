import { TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { isDay } from './days';

/** The days the dashboard channel accepts. */
const FIRST_DAY = '1900-01-01';
const LAST_DAY = '2999-12-31';

function isDashboardDay(day: string): boolean {
  return isDay(day) && day >= FIRST_DAY && day <= LAST_DAY;
}

/**
 * A date field that gives the dashboard one day per edit. Typing a date passes through other days
 * (a month typed digit by digit, years such as 0002), each a value of the field; a typed day is
 * held until Enter or leaving the field, so one edit is one step of history and one request. A day
 * set whole (the calendar picker, a paste) counts at once. The field never puts the view's day
 * back under the cursor, and shows it again when left with a day the dashboard does not take.
 */
export function DayInput({ label, value, onDay }: { label: string; value: string; onDay: (day: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const typing = useRef(false);
  const typed = useRef<string | null>(null);
  useEffect(() => {
    const input = ref.current;
    if (input && document.activeElement !== input) input.value = value;
  }, [value]);
  const commit = () => {
    const day = typed.current;
    typed.current = null;
    if (day !== null && day !== value && isDashboardDay(day)) onDay(day);
  };
  return (
    <TextInput
      ref={ref}
      label={label}
      type="date"
      w={150}
      defaultValue={value}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        else if (event.key !== 'Tab') typing.current = true;
      }}
      // A click may open the calendar picker, whose choice is a whole day.
      onPointerDown={() => {
        commit();
        typing.current = false;
      }}
      onChange={(event) => {
        const day = event.currentTarget.value;
        if (typing.current) typed.current = day;
        else if (day !== value && isDashboardDay(day)) onDay(day);
      }}
      onBlur={(event) => {
        const day = typed.current ?? event.currentTarget.value;
        commit();
        typing.current = false;
        if (!isDashboardDay(day)) event.currentTarget.value = value;
      }}
    />
  );
}

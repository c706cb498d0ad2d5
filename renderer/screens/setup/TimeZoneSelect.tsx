import { Select } from '@mantine/core';
import { useMemo } from 'react';

/** Every zone the runtime knows, with the computer's own and UTC always among them. */
function zoneChoices(own: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([own, 'UTC', ...known])].sort();
}

/** A searchable list of IANA time zones: the store's days (end of day, date filters) are days of it. */
export function TimeZoneSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
}) {
  const data = useMemo(() => zoneChoices(value), [value]);
  return (
    <Select
      label="Time zone"
      description="The store's days (end of day, date filters, sales windows) run on this clock"
      searchable
      allowDeselect={false}
      nothingFoundMessage="No time zone by that name"
      data={data}
      value={value}
      onChange={(zone) => zone !== null && onChange(zone)}
      error={error}
    />
  );
}

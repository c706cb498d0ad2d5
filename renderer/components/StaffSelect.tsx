import { Select } from '@mantine/core';

/** Picks one staff member to filter a list by; cleared, the list shows everyone's. */
export function StaffSelect({
  label,
  staff,
  value,
  onChange,
}: {
  label: string;
  staff: readonly { id: number; displayName: string }[];
  value: string | null;
  onChange: (staffId: string | null) => void;
}) {
  return (
    <Select
      label={label}
      w={170}
      clearable
      searchable
      placeholder="Anyone"
      value={value}
      onChange={onChange}
      data={staff.map((member) => ({ value: String(member.id), label: member.displayName }))}
    />
  );
}

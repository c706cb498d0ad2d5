import { Table, Text, type TableTdProps } from '@mantine/core';

/**
 * A value of the file in a table cell: line breaks kept, but at most two lines of a bounded width,
 * the whole value in its tooltip. A 3,000-character cell would otherwise stretch its column past
 * the screen and push the columns after it (a problem's reason) out of view.
 */
export function ClippedCell({ value, ...cell }: { value: string } & Omit<TableTdProps, 'children' | 'title'>) {
  return (
    <Table.Td title={value} {...cell}>
      <Text inherit lineClamp={2} maw="18rem" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Table.Td>
  );
}

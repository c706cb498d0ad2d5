import { Table, Text } from '@mantine/core';
import { ClippedCell } from './ClippedCell';

/** The file's first rows as they read, under its header: a check that the columns split where they should. */
export function SourceRowsTable({
  header,
  rows,
}: {
  header: readonly string[];
  rows: readonly { rowNumber: number; cells: readonly string[] }[];
}) {
  if (rows.length === 0) {
    return <Text c="dimmed">The file has a header row but no rows below it: there is nothing to import.</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={480} maxHeight={320}>
      <Table aria-label="First rows of the file" striped withTableBorder fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            {header.map((name, index) => (
              <Table.Th key={index}>{name}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td c="dimmed">{row.rowNumber}</Table.Td>
              {header.map((_, index) => (
                <ClippedCell key={index} value={row.cells[index] ?? ''} />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

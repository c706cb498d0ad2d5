import { Table } from '@mantine/core';
import type { RowProblemView } from '../../../shared/contract';
import { ClippedCell } from './ClippedCell';

/** Row problems as a person fixes them in the file: which row, which column, what it held, why it was refused. */
export function ProblemsTable({ problems, label }: { problems: readonly RowProblemView[]; label: string }) {
  return (
    <Table.ScrollContainer minWidth={560} maxHeight={360}>
      <Table aria-label={label} withTableBorder fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Column</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr key={index}>
              <Table.Td>{problem.rowNumber}</Table.Td>
              <Table.Td>{problem.column ?? '—'}</Table.Td>
              <ClippedCell value={problem.value ?? '—'} />
              <Table.Td>{problem.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

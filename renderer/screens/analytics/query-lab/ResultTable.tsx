import { Button, Group, ScrollArea, Table, Text } from '@mantine/core';
import type { ResultTable as Result } from '../../../../shared/contract/query-lab';
import { formatMoney } from '../../../../shared/money';
import { formatCount, formatDateTime } from '../../../lib/format';
import { downloadCsv } from '../../../lib/download';

type Column = Result['columns'][number];

function shown(value: string | number | null, column: Column): string {
  if (value === null) return '—';
  if (typeof value === 'number' && column.kind === 'cents') return formatMoney(value);
  if (typeof value === 'number' && column.kind === 'count') return formatCount(value);
  if (typeof value === 'number' && column.kind === 'percent') return `${value} %`;
  if (typeof value === 'string' && column.kind === 'timestamp') return formatDateTime(value);
  return String(value);
}

/** Rows as a table, with the count, a word when they were cut short, and a CSV download. */
export function ResultTable({ result, fileName, label }: { result: Result; fileName: string; label: string }) {
  const numeric = (column: Column) => column.kind !== 'text' && column.kind !== 'timestamp';
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {result.rows.length === 0
            ? 'No rows matched.'
            : `${formatCount(result.rows.length)} ${result.rows.length === 1 ? 'row' : 'rows'}${
                result.truncated ? ' shown — more matched; narrow the query to see them all' : ''
              }`}
        </Text>
        <Button
          size="xs"
          variant="default"
          disabled={result.rows.length === 0}
          onClick={() => downloadCsv(result, fileName)}
        >
          Export CSV
        </Button>
      </Group>
      <ScrollArea.Autosize mah={480}>
        <Table striped highlightOnHover withTableBorder stickyHeader aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {result.columns.map((column) => (
                <Table.Th key={column.key} ta={numeric(column) ? 'right' : undefined}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.rows.map((row, index) => (
              <Table.Tr key={index}>
                {row.map((value, column) => (
                  <Table.Td key={column} ta={numeric(result.columns[column]!) ? 'right' : undefined}>
                    {shown(value, result.columns[column]!)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}

import { Badge, Group, Table } from '@mantine/core';
import { Link } from 'react-router';
import { formatCount } from '../../../lib/format';
import { Difference } from './Difference';

interface CountedLine {
  productId: number;
  sku: string;
  name: string;
  /** Stock on hand the count was measured against. */
  expected: number;
  counted: number;
}

/**
 * Counted lines against what stock expected, with the difference the count books. Products link to
 * their page once the count is booked; during review the person stays on the count, and lines in
 * `unusual` (product ids) are marked for a second look.
 */
export function CountLinesTable({
  label,
  lines,
  linkProducts = false,
  unusual,
}: {
  label: string;
  lines: readonly CountedLine[];
  linkProducts?: boolean;
  unusual?: ReadonlySet<number>;
}) {
  return (
    <Table verticalSpacing={4} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>SKU</Table.Th>
          <Table.Th>Product</Table.Th>
          <Table.Th ta="end">Expected</Table.Th>
          <Table.Th ta="end">Counted</Table.Th>
          <Table.Th ta="end">Difference</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.productId}>
            <Table.Td ff="monospace" fz="xs">
              {line.sku}
            </Table.Td>
            <Table.Td>
              {linkProducts ? <Link to={`/inventory/products/${line.productId}`}>{line.name}</Link> : line.name}
            </Table.Td>
            <Table.Td ta="end">{formatCount(line.expected)}</Table.Td>
            <Table.Td ta="end">{formatCount(line.counted)}</Table.Td>
            <Table.Td ta="end">
              <Group gap={6} justify="flex-end" wrap="nowrap">
                {unusual?.has(line.productId) && (
                  <Badge color="orange" variant="light" size="sm">
                    Check
                  </Badge>
                )}
                <Difference value={line.counted - line.expected} />
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

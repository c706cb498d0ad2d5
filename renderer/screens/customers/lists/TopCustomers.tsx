import { Group, Stack, Table, Text } from '@mantine/core';
import { formatMoney } from '../../../../shared/money';
import { useTopCustomers } from '../../../api/hooks/useCustomers';
import { CustomerLink } from '../../../components/customers/CustomerLink';
import { ExportButton } from '../../../components/ExportButton';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { formatCount } from '../../../lib/format';

/** The 50 best customers by lifetime spend (refunds taken off) or by interactions, as their profiles count them. */
export function TopCustomers({ by }: { by: 'spend' | 'interactions' }) {
  const top = useTopCustomers(by);
  if (top.isError) return <QueryError error={top.error} onRetry={() => void top.refetch()} />;
  if (!top.data) return <TableSkeleton rows={8} label="Loading customers" />;
  const items = top.data.items.filter((item) => (by === 'spend' ? item.spendCents > 0 : item.interactionCount > 0));
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="xl" ta="center">
        {by === 'spend'
          ? 'Nobody has bought anything yet. Orders placed with a customer attached count here.'
          : 'No interactions recorded yet. Views, carts, ratings and purchases of a customer count here.'}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {by === 'spend'
            ? 'Lifetime spend on orders that were not cancelled, refunds taken off.'
            : 'Views, carts, ratings and purchases of each customer, as their profile counts them; a cancelled order is no purchase.'}
        </Text>
        <ExportButton list="topCustomers" filters={{ by }} />
      </Group>
      <Table
        striped
        highlightOnHover
        aria-label={by === 'spend' ? 'Top customers by spend' : 'Top customers by interactions'}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th ta="right">Spend</Table.Th>
            <Table.Th ta="right">Orders</Table.Th>
            <Table.Th ta="right">Interactions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((customer, index) => (
            <Table.Tr key={customer.id}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>
                <CustomerLink customer={customer} />
              </Table.Td>
              <Table.Td ta="right">{formatMoney(customer.spendCents)}</Table.Td>
              <Table.Td ta="right">{formatCount(customer.orderCount)}</Table.Td>
              <Table.Td ta="right">{formatCount(customer.interactionCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

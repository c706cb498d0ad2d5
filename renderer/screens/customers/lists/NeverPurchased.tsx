import { Stack, Table, Text } from '@mantine/core';
import { useNeverPurchased } from '../../../api/hooks/useCustomers';
import { CustomerLink } from '../../../components/customers/CustomerLink';
import { customerContact } from '../../../components/customers/customer-names';
import { LoadMoreSentinel } from '../../../components/customers/LoadMoreSentinel';
import { nextPage } from '../../../components/inventory/next-page';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { formatDate } from '../../../lib/format';

/** Signed up but never bought: people a welcome offer might bring in. */
export function NeverPurchased() {
  const list = useNeverPurchased();
  if (list.isError && !list.data) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <TableSkeleton rows={8} label="Loading customers" />;
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="xl" ta="center">
        Every active customer has bought at least once.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Active customers without a single order that was not cancelled, A→Z. A welcome offer to those who gave marketing
        consent may bring them in.
      </Text>
      <Table striped highlightOnHover aria-label="Customers who never purchased">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Contact</Table.Th>
            <Table.Th>Marketing</Table.Th>
            <Table.Th>Signed up</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((customer) => (
            <Table.Tr key={customer.id}>
              <Table.Td>
                <CustomerLink customer={customer} />
              </Table.Td>
              <Table.Td>{customerContact(customer)}</Table.Td>
              <Table.Td>{customer.marketingConsent ? 'Yes' : 'No'}</Table.Td>
              <Table.Td>{formatDate(customer.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMoreSentinel {...nextPage(list)} />
    </Stack>
  );
}

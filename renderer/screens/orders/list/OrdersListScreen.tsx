import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useOrderList, type OrderFilters as Filters } from '../../../api/hooks/useOrders';
import { ExportButton } from '../../../components/ExportButton';
import { LoadMore } from '../../../components/inventory/LoadMore';
import { nextPage } from '../../../components/inventory/next-page';
import { useLoadWhileEndShows } from '../../../components/inventory/useLoadWhileEndShows';
import { money } from '../../../components/inventory/money';
import { QueryError } from '../../../components/inventory/QueryError';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { useCan } from '../../../components/inventory/useCan';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { useStoreTime } from '../useStoreTime';
import { CHANNEL_LABELS, orderTitle } from '../labels';
import { OrderStatusBadge } from '../OrderStatusBadge';
import { OrderFilters } from './OrderFilters';
import { OrdersEmpty } from './OrdersEmpty';

/** Every order of the store, newest first; the next page loads as the end of the list comes into view. */
export function OrdersListScreen() {
  const [params] = useSearchParams();
  // Other screens link to a day's orders (analytics drills from a day to the orders behind it).
  const [linked] = useState(() => filtersFromLink(params));
  const [filters, setFilters] = useState<Filters>(linked);
  const orders = useOrderList(filters);
  const navigate = useNavigate();
  const can = useCan();
  const rows = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const endRef = useLoadWhileEndShows(orders, rows.length);
  const storeTime = useStoreTime();

  useShortcut('n', () => void navigate('/orders/new'));
  const filtered = Object.keys(filters).length > 0;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Orders</Title>
        <Group gap="sm">
          <ExportButton list="orders" filters={filters} />
          {can('orders.endOfDay') && (
            <Button component={Link} to="/orders/end-of-day" variant="default">
              End of day
            </Button>
          )}
          <Button component={Link} to="/orders/new" rightSection={<Shortcut keys="N" />}>
            New sale
          </Button>
        </Group>
      </Group>
      <OrderFilters initial={linked} onChange={setFilters} />
      {orders.isPending ? (
        <TableSkeleton label="Loading orders" />
      ) : orders.isError && rows.length === 0 ? (
        <QueryError error={orders.error} onRetry={() => void orders.refetch()} />
      ) : rows.length === 0 && !orders.hasNextPage ? (
        <OrdersEmpty filtered={filtered} />
      ) : (
        <Table aria-label="Orders" highlightOnHover verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Order</Table.Th>
              <Table.Th>Placed</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Customer</Table.Th>
              <Table.Th>Staff</Table.Th>
              <Table.Th ta="end">Lines</Table.Th>
              <Table.Th ta="end">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((order) => (
              <Table.Tr key={order.id}>
                <Table.Td>
                  <Link to={`/orders/${order.id}`}>{orderTitle(order.orderNumber)}</Link>
                </Table.Td>
                <Table.Td>
                  {storeTime(order.storeId, order.placedAt)}
                  <Text span size="xs" c="dimmed">
                    {' '}
                    {CHANNEL_LABELS[order.channel]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <OrderStatusBadge status={order.status} />
                </Table.Td>
                <Table.Td>
                  {order.customer?.name ?? (
                    <Text span c="dimmed" size="sm">
                      Walk-in
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{order.staff.name}</Table.Td>
                <Table.Td ta="end">{order.lineCount}</Table.Td>
                <Table.Td ta="end" ff="monospace">
                  {money(order.totalCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <div ref={endRef} />
      {!orders.isPending && (rows.length > 0 || orders.hasNextPage) && (
        <LoadMore {...nextPage(orders)} endLabel={rows.length > 0 ? 'That is every order.' : undefined} />
      )}
    </Stack>
  );
}

/** Store-local days and a store named in the address: `?fromDay=2026-03-05&toDay=2026-03-05&storeId=2`. */
function filtersFromLink(params: URLSearchParams): Filters {
  const filters: Filters = {};
  const day = (value: string | null) => (value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
  const fromDay = day(params.get('fromDay'));
  const toDay = day(params.get('toDay'));
  const storeId = Number(params.get('storeId'));
  if (fromDay) filters.fromDay = fromDay;
  if (toDay) filters.toDay = toDay;
  if (Number.isSafeInteger(storeId) && storeId > 0) filters.storeId = storeId;
  return filters;
}

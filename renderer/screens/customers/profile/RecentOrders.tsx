import { Anchor, Table, Text } from '@mantine/core';
import type { CustomerProfile } from '../../../../shared/contract/customers';
import { formatMoney } from '../../../../shared/money';
import { useStoreTime } from '../../orders/useStoreTime';
import { CHANNEL_LABELS, orderTitle } from '../../orders/labels';
import { OrderStatusBadge } from '../../orders/OrderStatusBadge';
import { TitledPanel } from '../../../components/TitledPanel';

/** The last ten orders, newest first; each opens in the orders screen. */
export function RecentOrders({ orders }: { orders: CustomerProfile['recentOrders'] }) {
  const storeTime = useStoreTime();
  return (
    <TitledPanel
      title="Recent orders"
      isEmpty={orders.length === 0}
      emptyText="No orders yet. Attach the customer to a sale at the till and it shows here."
    >
      <Table striped aria-label="Recent orders">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Order</Table.Th>
            <Table.Th>Placed</Table.Th>
            <Table.Th>Store</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Total</Table.Th>
            <Table.Th ta="right">Refunded</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => (
            <Table.Tr key={order.id}>
              <Table.Td>
                <Anchor href={`#/orders/${order.id}`}>{orderTitle(order.number)}</Anchor>
              </Table.Td>
              <Table.Td>{storeTime(order.storeId, order.placedAt)}</Table.Td>
              <Table.Td>
                {order.storeName}
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {CHANNEL_LABELS[order.channel]}
                </Text>
              </Table.Td>
              <Table.Td>
                <OrderStatusBadge status={order.status} />
              </Table.Td>
              <Table.Td ta="right">{formatMoney(order.totalCents)}</Table.Td>
              <Table.Td ta="right">{order.refundedCents > 0 ? formatMoney(order.refundedCents) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TitledPanel>
  );
}

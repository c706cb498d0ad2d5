import { Button, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PurchaseOrderDetail } from '../../../shared/contract';
import { money } from '../../components/inventory/money';
import { useCan } from '../../components/inventory/useCan';
import { formatCount } from '../../lib/format';
import { CancelOrderButton } from './CancelOrderButton';
import { DocumentHeader } from '../../components/inventory/DocumentHeader';
import { OrderSummary } from './OrderSummary';
import { OtherStoreNotice } from './OtherStoreNotice';
import { orderTitle, StatusBadge } from './status';

const RECEIVABLE = new Set(['sent', 'partially_received']);

/**
 * An order that is no longer edited here, or not by this person: what was ordered, what has
 * arrived, and what can still happen (at the order's own store).
 */
export function PurchaseOrderView({ order }: { order: PurchaseOrderDetail }) {
  const can = useCan();
  const canReceive = order.inCallerStores && can('purchaseOrders.receive') && RECEIVABLE.has(order.status);
  return (
    <Stack gap="md">
      <DocumentHeader
        backTo="/inventory/purchase-orders"
        backLabel="Purchase orders"
        title={orderTitle(order.number)}
        badge={<StatusBadge status={order.status} />}
        subtitle={`${order.supplier.name} · ${order.store.name}`}
        actions={
          <>
            {order.inCallerStores && <CancelOrderButton order={order} />}
            <Button component={Link} to={`/inventory/purchase-orders/${order.id}/print`} variant="default">
              Print view
            </Button>
            {canReceive && (
              <Button component={Link} to={`/inventory/purchase-orders/${order.id}/receive`}>
                Receive delivery
              </Button>
            )}
          </>
        }
      />
      {!order.inCallerStores && <OtherStoreNotice order={order} />}
      <Paper withBorder p="md" radius="md">
        <OrderSummary order={order} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Table verticalSpacing={6} aria-label="Order lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="end">Ordered</Table.Th>
              <Table.Th ta="end">Received</Table.Th>
              <Table.Th ta="end">Still to come</Table.Th>
              <Table.Th ta="end">Unit cost</Table.Th>
              <Table.Th ta="end">Line total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((line) => (
              <Table.Tr key={line.productId}>
                <Table.Td ff="monospace" fz="xs">
                  {line.sku}
                </Table.Td>
                <Table.Td>
                  <Link to={`/inventory/products/${line.productId}`}>{line.name}</Link>
                  {line.supplierSku && (
                    <Text size="xs" c="dimmed">
                      Their code {line.supplierSku}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="end">{formatCount(line.quantityOrdered)}</Table.Td>
                <Table.Td ta="end" c={line.quantityReceived > line.quantityOrdered ? 'orange' : undefined}>
                  {formatCount(line.quantityReceived)}
                </Table.Td>
                <Table.Td ta="end">{formatCount(line.outstanding)}</Table.Td>
                <Table.Td ta="end">{money(line.unitCostCents)}</Table.Td>
                <Table.Td ta="end">{money(line.lineTotalCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

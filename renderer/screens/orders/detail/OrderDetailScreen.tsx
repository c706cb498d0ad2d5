import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useOrder } from '../../../api/hooks/useOrders';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { RecordThread } from '../../../components/messages/RecordThread';
import { useStoreTime } from '../useStoreTime';
import { CHANNEL_LABELS, orderTitle, STATUS_COLORS, STATUS_LABELS } from '../labels';
import { OrderActions } from './OrderActions';
import { OrderHistory } from './OrderHistory';
import { OrderLines } from './OrderLines';
import { OrderPayments } from './OrderPayments';
import { OrderReturns } from './OrderReturns';

/** One order: what was sold, paid and brought back, how it moved, and what can be done next. */
export function OrderDetailScreen() {
  const orderId = Number(useParams().orderId);
  const order = useOrder(orderId);
  const storeTime = useStoreTime();
  if (order.isPending) return <TableSkeleton label="Loading order" />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  const detail = order.data;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm">
          <Button component={Link} to="/orders" variant="subtle" size="compact-sm">
            ← Orders
          </Button>
          <Title order={2}>{orderTitle(detail.orderNumber)}</Title>
          <Badge color={STATUS_COLORS[detail.status]}>{STATUS_LABELS[detail.status]}</Badge>
        </Group>
        <Button component={Link} to={`/orders/${detail.id}/receipt`} variant="default">
          Receipt
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {storeTime(detail.store.id, detail.placedAt)} · {CHANNEL_LABELS[detail.channel]} · {detail.store.name} · by{' '}
        {detail.staff.name} · {detail.customer?.name ?? 'walk-in'}
      </Text>
      <OrderActions order={detail} />
      <OrderLines order={detail} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <OrderPayments order={detail} />
        </Paper>
        <Paper withBorder p="md">
          <OrderHistory order={detail} />
        </Paper>
      </SimpleGrid>
      {detail.returns.length > 0 && <OrderReturns order={detail} />}
      <RecordThread record={{ kind: 'order', id: detail.id }} what="order" />
    </Stack>
  );
}

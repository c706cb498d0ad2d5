import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { OrderDetail } from '../../../../shared/contract/orders';
import { money } from '../../../components/inventory/money';
import { useStoreTime } from '../useStoreTime';

export function OrderReturns({ order }: { order: OrderDetail }) {
  const storeTime = useStoreTime();
  const names = new Map(order.lines.map((line) => [line.id, line.name]));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm" aria-label="Returns">
        <Title order={3} size="h5">
          Returns
        </Title>
        {order.returns.map((taken) => (
          <div key={taken.id}>
            <Text size="sm" fw={600}>
              {storeTime(order.store.id, taken.createdAt)} · {taken.staff.name} · refunded {money(taken.refundCents)}{' '}
              {taken.refundTo === 'store_credit' ? 'as store credit' : 'to the original payment'}
            </Text>
            {taken.note && (
              <Text size="xs" c="dimmed">
                {taken.note}
              </Text>
            )}
            <List size="sm">
              {taken.lines.map((line) => (
                <List.Item key={line.orderLineId}>
                  {line.quantity} × {names.get(line.orderLineId) ?? `line ${line.lineNo}`} ({money(line.refundCents)},{' '}
                  {line.restock ? 'back in stock' : 'written off'})
                </List.Item>
              ))}
            </List>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

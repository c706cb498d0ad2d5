import { Group, Stack, Text, Title } from '@mantine/core';
import type { OrderDetail } from '../../../../shared/contract/orders';
import { money } from '../../../components/inventory/money';
import { useStoreTime } from '../useStoreTime';
import { METHOD_LABELS } from '../labels';

export function OrderPayments({ order }: { order: OrderDetail }) {
  const storeTime = useStoreTime();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        Payments
      </Title>
      {order.payments.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing paid yet.
        </Text>
      )}
      {order.payments.map((payment) => (
        <Group key={payment.id} justify="space-between">
          <Text size="sm">
            {payment.kind === 'refund' ? 'Refund to ' : ''}
            {METHOD_LABELS[payment.method]}{' '}
            <Text span size="xs" c="dimmed">
              {storeTime(order.store.id, payment.createdAt)}
              {payment.tenderedCents !== null && ` · tendered ${money(payment.tenderedCents)}`}
              {payment.changeCents ? ` · change ${money(payment.changeCents)}` : ''}
            </Text>
          </Text>
          <Text size="sm" ff="monospace" c={payment.kind === 'refund' ? 'red' : undefined}>
            {money(payment.kind === 'refund' ? -payment.amountCents : payment.amountCents)}
          </Text>
        </Group>
      ))}
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          Paid, less refunds
        </Text>
        <Text size="sm" fw={600} ff="monospace">
          {money(order.paidCents)}
        </Text>
      </Group>
    </Stack>
  );
}

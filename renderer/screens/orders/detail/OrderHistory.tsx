import { Stack, Text, Timeline, Title } from '@mantine/core';
import type { OrderDetail } from '../../../../shared/contract/orders';
import { useStoreTime } from '../useStoreTime';
import { STATUS_LABELS } from '../labels';

export function OrderHistory({ order }: { order: OrderDetail }) {
  const storeTime = useStoreTime();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Status history
      </Title>
      <Timeline active={order.history.length - 1} bulletSize={12} lineWidth={2}>
        {order.history.map((entry, index) => (
          <Timeline.Item
            key={index}
            title={
              entry.from
                ? `${STATUS_LABELS[entry.from]} → ${STATUS_LABELS[entry.to]}`
                : `Placed as ${STATUS_LABELS[entry.to].toLowerCase()}`
            }
          >
            <Text size="xs" c="dimmed">
              {storeTime(order.store.id, entry.at)}
              {entry.staff && ` · ${entry.staff.name}`}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

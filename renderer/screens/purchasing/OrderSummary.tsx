import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { PurchaseOrderDetail } from '../../../shared/contract';
import { formatDays } from '../../components/inventory/units';
import { money } from '../../components/inventory/money';
import { formatDate, formatDateTime } from '../../lib/format';

/** The facts of an order at a glance: supplier, dates, total, note. */
export function OrderSummary({ order }: { order: PurchaseOrderDetail }) {
  const facts: [string, string][] = [
    ['Supplier', `${order.supplier.name} (lead time ${formatDays(order.supplier.leadTimeDays)})`],
    ['Created', `${formatDateTime(order.createdAt)} by ${order.createdByName}`],
    ['Sent', order.sentAt ? formatDateTime(order.sentAt) : 'Not yet'],
    ['Expected', order.expectedAt ? formatDate(order.expectedAt) : '—'],
    ['Total', money(order.totalCents)],
  ];
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {label}
            </Text>
            <Text size="sm">{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      {order.note && (
        <Text size="sm">
          <Text span c="dimmed">
            Note:{' '}
          </Text>
          {order.note}
        </Text>
      )}
    </Stack>
  );
}

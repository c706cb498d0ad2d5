import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { CustomerProfile } from '../../../../shared/contract/customers';
import { formatMoney } from '../../../../shared/money';
import { formatCount } from '../../../lib/format';
import { useStoreDate } from '../../orders/useStoreTime';

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} mt={4}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The numbers a manager asks for first, each in its own card. */
export function KeyFigures({ customer }: { customer: CustomerProfile }) {
  const { purchases } = customer;
  const storeDate = useStoreDate();
  const never = 'No purchase yet';
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" aria-label="Key figures">
      <Figure label="Lifetime spend" value={formatMoney(purchases.lifetimeSpendCents)} hint="Refunds taken off" />
      <Figure label="Orders" value={formatCount(purchases.orderCount)} hint="Not counting cancelled" />
      <Figure label="Average basket" value={formatMoney(purchases.averageBasketCents)} />
      <Figure
        label="First purchase"
        value={
          purchases.firstPurchaseAt && purchases.firstPurchaseStoreId !== null
            ? storeDate(purchases.firstPurchaseStoreId, purchases.firstPurchaseAt)
            : '—'
        }
        hint={purchases.firstPurchaseAt ? undefined : never}
      />
      <Figure
        label="Last purchase"
        value={
          purchases.lastPurchaseAt && purchases.lastPurchaseStoreId !== null
            ? storeDate(purchases.lastPurchaseStoreId, purchases.lastPurchaseAt)
            : '—'
        }
        hint={purchases.lastPurchaseAt ? undefined : never}
      />
      <Figure label="Store credit" value={formatMoney(customer.storeCreditCents)} hint="Available to spend" />
    </SimpleGrid>
  );
}

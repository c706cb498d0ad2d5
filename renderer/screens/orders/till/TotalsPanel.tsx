import { Group, Loader, Stack, Text } from '@mantine/core';
import type { PricedCart } from '../../../../shared/pricing';
import { money } from '../../../components/inventory/money';
import { formatPercentBp } from './discount-text';

/** Live totals from shared/pricing.ts as the cart changes; the quote confirms them a moment later. */
export function TotalsPanel({ priced, checking }: { priced: PricedCart | null; checking: boolean }) {
  if (!priced) return <Loader size="sm" aria-label="Pricing the sale" />;
  return (
    <Stack gap={2} aria-label="Totals">
      <Row label="Subtotal" cents={priced.subtotalCents} />
      {priced.discountCents > 0 && <Row label="Discounts" cents={-priced.discountCents} />}
      {priced.taxBreakdown.map((band) => (
        <Row key={band.rateBp} label={`Tax ${formatPercentBp(band.rateBp)}`} cents={band.taxCents} dimmed />
      ))}
      <Group justify="space-between" mt={4}>
        <Text fw={700} size="xl">
          Total {checking && <Loader size={12} aria-label="Checking prices" />}
        </Text>
        <Text fw={700} size="xl" ff="monospace" aria-label="Total">
          {money(priced.totalCents)}
        </Text>
      </Group>
    </Stack>
  );
}

function Row({ label, cents, dimmed = false }: { label: string; cents: number; dimmed?: boolean }) {
  return (
    <Group justify="space-between">
      <Text size="sm" c={dimmed ? 'dimmed' : undefined}>
        {label}
      </Text>
      <Text size="sm" ff="monospace" c={dimmed ? 'dimmed' : undefined}>
        {money(cents)}
      </Text>
    </Group>
  );
}

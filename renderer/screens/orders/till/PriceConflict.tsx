import { Alert, Button, List, Stack } from '@mantine/core';
import { money } from '../../../components/inventory/money';
import { Shortcut } from '../../../components/inventory/Shortcut';
import type { CartLine } from './cart';

export interface PriceChange {
  productId: number;
  expectedUnitPriceCents?: number;
  unitPriceCents: number;
}

/** Reads CONFLICT details {lines, totalCents} from orders.place; anything else is not a price change. */
export function priceChangesOf(details: unknown): { lines: PriceChange[]; totalCents: number } | null {
  if (typeof details !== 'object' || details === null || !('lines' in details) || !('totalCents' in details))
    return null;
  const { lines, totalCents } = details as { lines: unknown; totalCents: unknown };
  if (!Array.isArray(lines) || typeof totalCents !== 'number') return null;
  return { lines: lines as PriceChange[], totalCents };
}

/** The catalog's prices moved while the cart was open: nothing was sold; the clerk sees the new prices and accepts them. */
export function PriceConflict({
  changes,
  cartLines,
  onAccept,
}: {
  changes: { lines: PriceChange[]; totalCents: number };
  cartLines: CartLine[];
  onAccept: () => void;
}) {
  const changed = changes.lines.filter((line) => line.expectedUnitPriceCents !== line.unitPriceCents);
  return (
    <Alert color="orange" title="Prices changed; nothing was sold" role="alert">
      <Stack gap="xs">
        <List size="sm">
          {changed.map((line) => (
            <List.Item key={line.productId}>
              {cartLines.find((cartLine) => cartLine.productId === line.productId)?.name ?? `Product ${line.productId}`}
              : {line.expectedUnitPriceCents === undefined ? '' : `${money(line.expectedUnitPriceCents)} → `}
              {money(line.unitPriceCents)}
            </List.Item>
          ))}
        </List>
        <div>New total {money(changes.totalCents)}. Payments were cleared; take payment again at the new prices.</div>
        <Button size="xs" onClick={onAccept} w="fit-content" rightSection={<Shortcut keys="F12" />}>
          Accept new prices
        </Button>
      </Stack>
    </Alert>
  );
}

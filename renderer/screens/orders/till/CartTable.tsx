import { Badge, Table, Text } from '@mantine/core';
import type { PricedCart } from '../../../../shared/pricing';
import type { Quote } from '../../../../shared/contract/orders';
import { money } from '../../../components/inventory/money';
import type { Cart } from './cart';
import { describeDiscount } from './discount-text';

/** The cart's lines with the live price of each; the selected line is what +, −, Delete and F4 act on. */
export function CartTable({
  cart,
  priced,
  quote,
}: {
  cart: Cart;
  priced: PricedCart | null;
  quote: Quote | undefined;
}) {
  if (cart.lines.length === 0) {
    return (
      <Text c="dimmed" py="xl" ta="center">
        Scan a barcode or type a product name above; Enter adds it to the sale.
      </Text>
    );
  }
  return (
    <Table aria-label="Sale lines" striped verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Product</Table.Th>
          <Table.Th ta="end">Qty</Table.Th>
          <Table.Th ta="end">Price</Table.Th>
          <Table.Th ta="end">Discount</Table.Th>
          <Table.Th ta="end">Total</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cart.lines.map((line, index) => {
          const pricedLine = priced?.lines[index];
          const warning = quote?.stockWarnings.find(
            (item) => item.productId === line.productId && !item.allowBackorder,
          );
          return (
            <Table.Tr
              key={line.productId}
              aria-selected={index === cart.selected}
              bg={index === cart.selected ? 'var(--mantine-primary-color-light)' : undefined}
            >
              <Table.Td>
                <Text size="sm">{line.name}</Text>
                <Text size="xs" c="dimmed">
                  {line.sku}
                  {warning && (
                    <Badge ml="xs" color="orange" size="xs">
                      {warning.onHand} on hand
                    </Badge>
                  )}
                </Text>
              </Table.Td>
              <Table.Td ta="end">{line.quantity}</Table.Td>
              <Table.Td ta="end">{line.unitPriceCents === null ? '…' : money(line.unitPriceCents)}</Table.Td>
              <Table.Td ta="end">{line.discount ? describeDiscount(line.discount) : ''}</Table.Td>
              <Table.Td ta="end">{pricedLine ? money(pricedLine.totalCents) : '…'}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

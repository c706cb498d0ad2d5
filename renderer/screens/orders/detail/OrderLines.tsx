import { Table, Text } from '@mantine/core';
import type { OrderDetail } from '../../../../shared/contract/orders';
import { money } from '../../../components/inventory/money';
import { formatCount } from '../../../lib/format';
import { formatPercentBp } from '../till/discount-text';

export function OrderLines({ order }: { order: OrderDetail }) {
  return (
    <Table aria-label="Order lines" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>#</Table.Th>
          <Table.Th>Product</Table.Th>
          <Table.Th ta="end">Qty</Table.Th>
          <Table.Th ta="end">Returned</Table.Th>
          <Table.Th ta="end">Price</Table.Th>
          <Table.Th ta="end">Discount</Table.Th>
          <Table.Th ta="end">Tax</Table.Th>
          <Table.Th ta="end">Total</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.lines.map((line) => (
          <Table.Tr key={line.id}>
            <Table.Td>{line.lineNo}</Table.Td>
            <Table.Td>
              {line.name}{' '}
              <Text span size="xs" c="dimmed">
                {line.sku}
              </Text>
            </Table.Td>
            <Table.Td ta="end">{formatCount(line.quantity)}</Table.Td>
            <Table.Td ta="end">{line.returnedQuantity > 0 ? formatCount(line.returnedQuantity) : ''}</Table.Td>
            <Table.Td ta="end">{money(line.unitPriceCents)}</Table.Td>
            <Table.Td ta="end">{line.discountCents > 0 ? money(-line.discountCents) : ''}</Table.Td>
            <Table.Td ta="end">
              {money(line.taxCents)}{' '}
              <Text span size="xs" c="dimmed">
                {formatPercentBp(line.taxRateBp)}
              </Text>
            </Table.Td>
            <Table.Td ta="end">{money(line.totalCents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={7} ta="end">
            Subtotal {money(order.subtotalCents)} · discounts {money(order.discountCents)} · tax {money(order.taxCents)}{' '}
            · total
          </Table.Th>
          <Table.Th ta="end">{money(order.totalCents)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

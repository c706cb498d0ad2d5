import { Badge, Table, Text } from '@mantine/core';
import type { PurchaseOrderDetail } from '../../../../shared/contract';
import { formatCount } from '../../../lib/format';
import { focusSiblingQuantity } from '../../../components/inventory/quantity-focus';
import { ACCEPTS_SCAN_ATTRIBUTE } from '../../../components/inventory/useBarcodeScanner';
import { WholeNumberInput } from '../../../components/LocaleNumberInput';
import { WHOLE_NUMBERS_ONLY } from '../../../lib/number-entry';
import { aboveLineLimit } from '../order-lines';

export const RECEIVE_QUANTITY_ATTRIBUTE = 'data-receive-quantity';

type Line = PurchaseOrderDetail['lines'][number];

/** What is wrong with a quantity typed for a delivery line, in the editor's words, or null (empty or 0 books nothing). */
export function receiveQuantityProblem(quantity: number | ''): string | null {
  if (Number.isNaN(quantity)) return WHOLE_NUMBERS_ONLY;
  return quantity === '' ? null : aboveLineLimit(quantity, 'Receive');
}

/**
 * Each line of the order with what is still to come and a box for what arrived now; a quantity
 * the host would refuse is said under its box, so it never reaches the booking.
 */
export function ReceiveLinesTable({
  lines,
  quantities,
  lastScanned,
  onChange,
}: {
  lines: Line[];
  quantities: Record<number, number | ''>;
  lastScanned: number | null;
  onChange: (productId: number, quantity: number | '') => void;
}) {
  return (
    <Table verticalSpacing={6} aria-label="Delivery lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>SKU</Table.Th>
          <Table.Th>Product</Table.Th>
          <Table.Th ta="end">Ordered</Table.Th>
          <Table.Th ta="end">Received before</Table.Th>
          <Table.Th ta="end">Still to come</Table.Th>
          <Table.Th w={140} ta="end">
            Receiving now
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => {
          const now = quantities[line.productId] ?? '';
          const problem = receiveQuantityProblem(now);
          const over = problem === null && now !== '' && now > line.outstanding;
          const complete = now !== '' && now === line.outstanding && now > 0;
          return (
            <Table.Tr
              key={line.productId}
              bg={line.productId === lastScanned ? 'var(--mantine-primary-color-light)' : undefined}
            >
              <Table.Td ff="monospace" fz="xs">
                {line.sku}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{line.name}</Text>
                {over && (
                  <Badge size="xs" color="orange" variant="light">
                    {formatCount(now - line.outstanding)} more than ordered
                  </Badge>
                )}
                {complete && (
                  <Badge size="xs" color="green" variant="light">
                    Complete
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="end">{formatCount(line.quantityOrdered)}</Table.Td>
              <Table.Td ta="end">{formatCount(line.quantityReceived)}</Table.Td>
              <Table.Td ta="end">{formatCount(line.outstanding)}</Table.Td>
              <Table.Td>
                <WholeNumberInput
                  size="xs"
                  aria-label={`Receiving now: ${line.name}`}
                  {...{ [RECEIVE_QUANTITY_ATTRIBUTE]: line.productId, [ACCEPTS_SCAN_ATTRIBUTE]: 'quantity' }}
                  min={0}
                  allowNegative={false}
                  value={now}
                  error={problem ?? over}
                  onChange={(value) => onChange(line.productId, value)}
                  onKeyDown={(event) => {
                    if (event.key !== 'Enter') return;
                    event.preventDefault();
                    focusSiblingQuantity(event.currentTarget, RECEIVE_QUANTITY_ATTRIBUTE, 1);
                  }}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

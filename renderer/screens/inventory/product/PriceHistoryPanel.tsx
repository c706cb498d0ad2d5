import { Table, Text } from '@mantine/core';
import type { ProductDetail } from '../../../../shared/contract';
import { money } from '../../../components/inventory/money';
import { formatDateTime } from '../../../lib/format';
import { TitledPanel } from '../../../components/TitledPanel';

/** Every change of price and cost, newest first: who, when, from what to what. */
export function PriceHistoryPanel({ history }: { history: ProductDetail['priceHistory'] }) {
  return (
    <TitledPanel
      title="Price history"
      section
      isEmpty={history.length === 0}
      emptyText="The price and cost have not changed since the product was added. Changes show here with who made them."
    >
      <Table verticalSpacing={6} data-testid="price-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((change, index) => (
            <Table.Tr key={`${change.changedAt}-${change.field}-${index}`}>
              <Table.Td>
                <Text size="sm">{formatDateTime(change.changedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{change.staffName ?? 'System'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {change.field === 'price' ? 'Price' : 'Cost'} {money(change.oldCents)} → {money(change.newCents)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TitledPanel>
  );
}

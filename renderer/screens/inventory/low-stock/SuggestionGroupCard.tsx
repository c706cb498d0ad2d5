import { Badge, Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReorderSuggestionGroup } from '../../../../shared/contract';
import { money } from '../../../components/inventory/money';
import { formatDays } from '../../../components/inventory/units';
import { WholeNumberInput } from '../../../components/LocaleNumberInput';
import { formatCount } from '../../../lib/format';

export type Quantities = Record<number, number | ''>;

export function groupTotal(group: ReorderSuggestionGroup, quantities: Quantities): number {
  return group.lines.reduce((sum, line) => sum + (Number(quantities[line.productId]) || 0) * line.unitCostCents, 0);
}

/**
 * One supplier's suggested lines with quantities to adjust (0 leaves a line out). Products no
 * supplier offers are listed too, to say why they cannot be ordered from here.
 */
export function SuggestionGroupCard({
  group,
  quantities,
  included,
  onInclude,
  onQuantity,
}: {
  group: ReorderSuggestionGroup;
  quantities: Quantities;
  included: boolean;
  onInclude: (included: boolean) => void;
  onQuantity: (productId: number, quantity: number | '') => void;
}) {
  const supplier = group.supplier;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={supplier?.name ?? 'No supplier'}>
      <Group justify="space-between" mb="xs">
        {supplier ? (
          <Checkbox
            label={
              <Text fw={600}>
                {supplier.name}{' '}
                <Text span size="sm" c="dimmed" fw={400}>
                  · lead time {formatDays(supplier.leadTimeDays)}
                </Text>
              </Text>
            }
            checked={included}
            onChange={(event) => onInclude(event.currentTarget.checked)}
          />
        ) : (
          <Group gap="xs">
            <Text fw={600}>No supplier</Text>
            <Badge variant="light" color="orange">
              Cannot be ordered here
            </Badge>
          </Group>
        )}
        <Text fw={600}>{money(groupTotal(group, quantities))}</Text>
      </Group>
      {!supplier && (
        <Text size="sm" c="dimmed" mb="xs">
          Add a supplier to these products (on each product's page) to include them in a purchase order.
        </Text>
      )}
      <Stack gap={0} opacity={supplier && !included ? 0.5 : 1}>
        <Table verticalSpacing={4} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th w={80} ta="end">
                On hand
              </Table.Th>
              <Table.Th w={80} ta="end">
                On order
              </Table.Th>
              <Table.Th w={110} ta="end">
                Unit cost
              </Table.Th>
              <Table.Th w={120} ta="end">
                Order
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.lines.map((line) => (
              <Table.Tr key={line.productId}>
                <Table.Td>
                  <Text size="sm" truncate>
                    {line.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {line.sku}
                    {line.supplierSku && ` · ${line.supplierSku}`}
                  </Text>
                </Table.Td>
                <Table.Td ta="end">{formatCount(line.onHand)}</Table.Td>
                <Table.Td ta="end">{formatCount(line.onOrder)}</Table.Td>
                <Table.Td ta="end">{money(line.unitCostCents)}</Table.Td>
                <Table.Td>
                  <WholeNumberInput
                    size="xs"
                    aria-label={`Order quantity of ${line.name}`}
                    min={0}
                    allowNegative={false}
                    value={quantities[line.productId] ?? ''}
                    onChange={(value) => onQuantity(line.productId, value)}
                    disabled={!supplier || !included}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

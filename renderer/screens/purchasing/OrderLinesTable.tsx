import { ActionIcon, Badge, Table, Text } from '@mantine/core';
import { money } from '../../components/inventory/money';
import { MoneyInput } from '../../components/inventory/MoneyInput';
import { ACCEPTS_SCAN_ATTRIBUTE } from '../../components/inventory/useBarcodeScanner';
import { WholeNumberInput } from '../../components/LocaleNumberInput';
import { lineProblem, lineTotal, quantityProblem, type EditableLine } from './order-lines';

export const LINE_QUANTITY_ATTRIBUTE = 'data-line-quantity';

/**
 * The editable lines of a draft. Enter in a quantity goes back to the "Add product" box, so a
 * person can type a code, set its quantity and go on to the next without the mouse.
 */
export function OrderLinesTable({
  lines,
  showProblems,
  onChange,
  onRemove,
  onDone,
}: {
  lines: EditableLine[];
  showProblems: boolean;
  onChange: (productId: number, patch: Partial<EditableLine>) => void;
  onRemove: (productId: number) => void;
  onDone: () => void;
}) {
  const total = lines.reduce((sum, line) => sum + lineTotal(line), 0);
  return (
    <Table verticalSpacing={6} aria-label="Order lines" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="16%">SKU</Table.Th>
          <Table.Th>Product</Table.Th>
          <Table.Th w={120} ta="end">
            Quantity
          </Table.Th>
          <Table.Th w={150} ta="end">
            Unit cost
          </Table.Th>
          <Table.Th w={120} ta="end">
            Line total
          </Table.Th>
          <Table.Th w={44} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => {
          const problem = showProblems ? lineProblem(line) : null;
          return (
            <Table.Tr key={line.productId} data-testid="order-line">
              <Table.Td ff="monospace" fz="xs">
                {line.sku}
              </Table.Td>
              <Table.Td>
                <Text size="sm" truncate>
                  {line.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {line.supplierSku && `Their code ${line.supplierSku}`}
                  {!line.offered && (
                    <Badge size="xs" variant="light" color="orange">
                      Not listed by this supplier
                    </Badge>
                  )}
                </Text>
                {problem && (
                  <Text size="xs" c="red">
                    {problem}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <WholeNumberInput
                  size="xs"
                  aria-label={`Quantity of ${line.name}`}
                  {...{ [LINE_QUANTITY_ATTRIBUTE]: line.productId, [ACCEPTS_SCAN_ATTRIBUTE]: 'quantity' }}
                  min={1}
                  allowNegative={false}
                  value={line.quantity}
                  onChange={(value) => onChange(line.productId, { quantity: value })}
                  onKeyDown={(event) => {
                    if (event.key !== 'Enter') return;
                    event.preventDefault();
                    onDone();
                  }}
                  error={showProblems && quantityProblem(line) !== null}
                />
              </Table.Td>
              <Table.Td>
                <MoneyInput
                  size="xs"
                  aria-label={`Unit cost of ${line.name}`}
                  value={line.unitCostCents}
                  onChange={(unitCostCents) => onChange(line.productId, { unitCostCents })}
                />
              </Table.Td>
              <Table.Td ta="end" fz="sm">
                {money(lineTotal(line))}
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove ${line.name}`}
                  onClick={() => onRemove(line.productId)}
                >
                  ×
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Td colSpan={4} ta="end" fw={600}>
            Total
          </Table.Td>
          <Table.Td ta="end" fw={600} data-testid="order-total">
            {money(total)}
          </Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

import { ActionIcon, Input, Table, Text } from '@mantine/core';
import { focusSiblingQuantity } from '../../../components/inventory/quantity-focus';
import { ACCEPTS_SCAN_ATTRIBUTE } from '../../../components/inventory/useBarcodeScanner';
import type { CountLine } from './count-lines';

export const COUNT_INPUT_ATTRIBUTE = 'data-count-input';

/**
 * Lines to count, with a box each. Enter (or ↓) goes to the next line and ↑ to the one before, so
 * a whole shelf is typed without the mouse. Stock on hand is not shown here: a count is what is
 * seen on the shelf, compared afterwards.
 */
export function CountEntryTable({
  lines,
  lastScanned,
  onCounted,
  onRemove,
}: {
  lines: CountLine[];
  lastScanned: number | null;
  onCounted: (productId: number, counted: number | '') => void;
  onRemove: (productId: number) => void;
}) {
  return (
    <Table verticalSpacing={4} aria-label="Count lines" stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="16%">SKU</Table.Th>
          <Table.Th>Product</Table.Th>
          <Table.Th w="22%">Category</Table.Th>
          <Table.Th w={120} ta="end">
            Counted
          </Table.Th>
          <Table.Th w={44} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr
            key={line.productId}
            bg={line.productId === lastScanned ? 'var(--mantine-primary-color-light)' : undefined}
          >
            <Table.Td ff="monospace" fz="xs">
              {line.sku}
            </Table.Td>
            <Table.Td>
              <Text size="sm" truncate>
                {line.name}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed" truncate>
                {line.categoryName ?? '—'}
              </Text>
            </Table.Td>
            <Table.Td>
              <Input
                size="xs"
                inputMode="numeric"
                autoComplete="off"
                aria-label={`Counted: ${line.name}`}
                {...{ [COUNT_INPUT_ATTRIBUTE]: line.productId, [ACCEPTS_SCAN_ATTRIBUTE]: 'quantity' }}
                value={line.counted === '' ? '' : String(line.counted)}
                styles={{ input: { textAlign: 'end' } }}
                onChange={(event) => {
                  const digits = event.currentTarget.value.replace(/\D/g, '').slice(0, 7);
                  onCounted(line.productId, digits === '' ? '' : Number(digits));
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === 'ArrowDown') {
                    event.preventDefault();
                    focusSiblingQuantity(event.currentTarget, COUNT_INPUT_ATTRIBUTE, 1);
                  } else if (event.key === 'ArrowUp') {
                    event.preventDefault();
                    focusSiblingQuantity(event.currentTarget, COUNT_INPUT_ATTRIBUTE, -1);
                  }
                }}
              />
            </Table.Td>
            <Table.Td>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Remove ${line.name} from the count`}
                onClick={() => onRemove(line.productId)}
              >
                ×
              </ActionIcon>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

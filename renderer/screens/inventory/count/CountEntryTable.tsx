import { ActionIcon, Input, Table, Text } from '@mantine/core';
import { focusSiblingQuantity } from '../../../components/inventory/quantity-focus';
import { ACCEPTS_SCAN_ATTRIBUTE } from '../../../components/inventory/useBarcodeScanner';
import { entryProblem } from './count-entry';
import type { CountLine } from './count-lines';

export const COUNT_INPUT_ATTRIBUTE = 'data-count-input';

/**
 * Lines to count, with a box each. Enter (or ↓) goes to the next line and ↑ to the one before, so
 * a whole shelf is typed without the mouse. Stock on hand is not shown here: a count is what is
 * seen on the shelf, compared afterwards. Text that is not a count stays as typed, marked, with
 * what to type instead: a count is never quietly changed into another number.
 */
export function CountEntryTable({
  lines,
  lastScanned,
  onEnter,
  onRemove,
}: {
  lines: CountLine[];
  lastScanned: number | null;
  /** The text typed in a line's box, as typed: the line decides whether it is a count. */
  onEnter: (productId: number, text: string) => void;
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
        {lines.map((line) => {
          const problem = entryProblem(line);
          const problemId = `count-problem-${line.productId}`;
          return (
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
                  value={line.typed ?? (line.counted === '' ? '' : String(line.counted))}
                  error={problem !== null}
                  aria-invalid={problem !== null}
                  aria-describedby={problem === null ? undefined : problemId}
                  styles={{ input: { textAlign: 'end' } }}
                  onChange={(event) => onEnter(line.productId, event.currentTarget.value)}
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
                {problem !== null && (
                  <Text id={problemId} size="xs" c="red" ta="end" mt={2}>
                    {problem}
                  </Text>
                )}
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
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

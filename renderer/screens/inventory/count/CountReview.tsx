import { Button, Group, Stack, Switch, Table, Text, Textarea } from '@mantine/core';
import { countOf } from '../../../components/inventory/units';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { StickyActions } from '../../../components/inventory/StickyActions';
import { formatCount } from '../../../lib/format';
import { countedLines, type CountLine } from './count-lines';
import { Difference } from './Difference';

/**
 * The counted lines against stock on hand when they were added, before anything is booked. Applying
 * sets stock to what was counted; lines left empty are not part of the count.
 */
export function CountReview({
  lines,
  applying,
  error,
  onBack,
  onApply,
}: {
  lines: CountLine[];
  applying: boolean;
  error: unknown;
  onBack: () => void;
  onApply: (note: string) => void;
}) {
  const [onlyDifferences, setOnlyDifferences] = useState(true);
  const [note, setNote] = useState('');
  const counted = countedLines(lines);
  const differing = counted.filter((line) => line.counted !== line.onHand);
  const shown = onlyDifferences ? differing : counted;
  const uncounted = lines.length - counted.length;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm">
          {countOf(counted.length, 'line')} counted, {formatCount(differing.length)}{' '}
          {differing.length === 1 ? 'differs' : 'differ'} from stock on hand
          {uncounted > 0 && ` · ${formatCount(uncounted)} left empty are not part of this count`}
        </Text>
        <Switch
          label="Only differences"
          checked={onlyDifferences}
          onChange={(event) => setOnlyDifferences(event.currentTarget.checked)}
        />
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every counted line matches stock on hand; applying records the count without changing stock.
        </Text>
      ) : (
        <Table verticalSpacing={4} aria-label="Count differences">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="end">Expected</Table.Th>
              <Table.Th ta="end">Counted</Table.Th>
              <Table.Th ta="end">Difference</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((line) => (
              <Table.Tr key={line.productId}>
                <Table.Td ff="monospace" fz="xs">
                  {line.sku}
                </Table.Td>
                <Table.Td>{line.name}</Table.Td>
                <Table.Td ta="end">{formatCount(line.onHand)}</Table.Td>
                <Table.Td ta="end">{formatCount(line.counted)}</Table.Td>
                <Table.Td ta="end">
                  <Difference value={line.counted - line.onHand} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Textarea
        label="Note"
        placeholder="Which shelves, anything unusual (optional)"
        autosize
        minRows={1}
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <ErrorAlert error={error} />
      <StickyActions
        status={
          <Button variant="default" onClick={onBack}>
            ← Back to counting
          </Button>
        }
      >
        <Button onClick={() => onApply(note)} loading={applying} disabled={counted.length === 0}>
          Apply count to stock
        </Button>
      </StickyActions>
    </Stack>
  );
}

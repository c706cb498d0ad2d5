import { Button, Group, Paper, Text } from '@mantine/core';
import { countOf } from '../../components/inventory/units';

/** Shown while products are ticked: how many, and what can be done with them. */
export function BulkEditBar({
  count,
  tooMany,
  onEdit,
  onClear,
}: {
  count: number;
  tooMany: boolean;
  onEdit: () => void;
  onClear: () => void;
}) {
  return (
    <Paper withBorder px="sm" py={6} radius="md" bg="var(--mantine-primary-color-light)">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500} aria-live="polite">
          {countOf(count, 'product')} selected
          {tooMany && ' — edit at most 1,000 at a time'}
        </Text>
        <Group gap="xs">
          <Button size="compact-sm" onClick={onEdit} disabled={tooMany}>
            Edit selected…
          </Button>
          <Button size="compact-sm" variant="default" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

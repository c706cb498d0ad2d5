import { Group, Stack, Text } from '@mantine/core';
import { INTERACTION_KINDS, type CustomerProfile, type InteractionKind } from '../../../../shared/contract/customers';
import { formatCount } from '../../../lib/format';
import { TitledPanel } from '../../../components/TitledPanel';

const LABELS: Record<InteractionKind, string> = {
  viewed: 'Viewed',
  added_to_cart: 'Added to cart',
  bought: 'Bought',
  rated: 'Rated',
};

export function InteractionCounts({ counts }: { counts: CustomerProfile['interactionCounts'] }) {
  return (
    <TitledPanel title="Interactions">
      <Group gap="xl" aria-label="Interactions">
        {INTERACTION_KINDS.map((kind) => (
          <Stack gap={0} key={kind}>
            <Text size="xl" fw={700}>
              {formatCount(counts[kind] ?? 0)}
            </Text>
            <Text size="xs" c="dimmed">
              {LABELS[kind]}
            </Text>
          </Stack>
        ))}
      </Group>
    </TitledPanel>
  );
}

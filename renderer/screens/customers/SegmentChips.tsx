import { Chip, Group, Text } from '@mantine/core';
import { CUSTOMER_SEGMENTS, SEGMENT_LABELS, type CustomerSegmentName } from '../../../shared/contract/customers';
import { useSegmentCounts } from '../../api/hooks/useCustomers';
import { formatCount, formatDateTime } from '../../lib/format';

function isSegment(value: string): value is CustomerSegmentName {
  return CUSTOMER_SEGMENTS.some((segment) => segment === value);
}

/** One chip per RFM segment with how many customers it holds; ticking one again shows everyone. */
export function SegmentChips({
  value,
  onChange,
}: {
  value: CustomerSegmentName | null;
  onChange: (segment: CustomerSegmentName | null) => void;
}) {
  const counts = useSegmentCounts();
  if (!counts.data) return null;
  if (counts.data.computedAt === null) {
    return (
      <Text size="sm" c="dimmed">
        Segments appear after the first “Recompute segments”: it scores everyone who bought in the last year.
      </Text>
    );
  }
  return (
    <Group gap="xs" role="group" aria-label="Filter by segment">
      <Chip.Group
        multiple={false}
        value={value ?? ''}
        onChange={(next) => onChange(isSegment(next) && next !== value ? next : null)}
      >
        {counts.data.segments.map(({ segment, customers }) => (
          <Chip
            key={segment}
            value={segment}
            size="xs"
            onClick={() => {
              if (segment === value) onChange(null);
            }}
          >
            {SEGMENT_LABELS[segment]} · {formatCount(customers)}
          </Chip>
        ))}
      </Chip.Group>
      <Text size="xs" c="dimmed">
        scored {formatDateTime(counts.data.computedAt)}
      </Text>
    </Group>
  );
}

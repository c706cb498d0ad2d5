import { Badge, Text } from '@mantine/core';
import { formatDays } from '../../../components/inventory/units';

/** How long stock lasts at the recent rate of sale; the fewer days, the louder. */
export function DaysOfCover({ days }: { days: number | null }) {
  if (days === null) {
    return (
      <Text size="sm" c="dimmed">
        No recent sales
      </Text>
    );
  }
  if (days <= 0) {
    return (
      <Badge color="red" variant="filled">
        Out of stock
      </Badge>
    );
  }
  const label = formatDays(days);
  if (days < 7) {
    return (
      <Badge color="orange" variant="light">
        {label}
      </Badge>
    );
  }
  return <Text size="sm">{label}</Text>;
}

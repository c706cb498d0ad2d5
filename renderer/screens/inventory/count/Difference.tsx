import { Text } from '@mantine/core';
import { formatCount } from '../../../lib/format';

/** Counted minus expected: green when more was found, red when less, quiet when it matched. */
export function Difference({ value }: { value: number }) {
  if (value === 0) {
    return (
      <Text size="sm" c="dimmed" span>
        0
      </Text>
    );
  }
  return (
    <Text size="sm" c={value > 0 ? 'teal' : 'red'} fw={600} span>
      {value > 0 ? '+' : '−'}
      {formatCount(Math.abs(value))}
    </Text>
  );
}

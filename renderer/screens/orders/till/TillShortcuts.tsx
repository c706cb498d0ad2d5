import { Group, Kbd, Text } from '@mantine/core';

const SHORTCUTS: [string, string][] = [
  ['Enter', 'add product'],
  ['3 * code', 'add three'],
  ['↑ ↓', 'choose match'],
  ['Alt ↑', 'line up'],
  ['Alt ↓', 'line down'],
  ['+', 'one more'],
  ['-', 'one less'],
  ['Delete', 'remove line'],
  ['F4', 'line discount'],
  ['F6', 'order discount'],
  ['F3', 'customer'],
  ['F9', 'payment'],
  ['Alt 1–5', 'cash, card, voucher, store credit, other'],
  ['F7', 'park sale'],
  ['F10', 'parked sales'],
  ['F8', 'save as pending'],
  ['F12', 'complete'],
  ['F2', 'back to scanning'],
];

/** The till's keys, always on screen: a sale needs no mouse. */
export function TillShortcuts() {
  return (
    <Group gap="md" aria-label="Keyboard shortcuts" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {SHORTCUTS.map(([keys, label]) => (
        <Group key={label} gap={4} component="li" wrap="nowrap">
          <span aria-hidden="true" style={{ whiteSpace: 'nowrap' }}>
            {keys.split(' ').map((key) => (
              <Kbd key={key} size="xs" mr={2}>
                {key}
              </Kbd>
            ))}
          </span>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

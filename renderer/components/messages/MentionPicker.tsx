import { Paper, Text, UnstyledButton } from '@mantine/core';

/**
 * The people an `@` being typed can name, above the composer. The keyboard stays in the text box
 * (arrow keys move the highlight there), so a click must not take the focus away first.
 */
export function MentionPicker({
  people,
  active,
  onPick,
}: {
  people: { id: number; username: string; displayName: string }[];
  active: number;
  onPick: (username: string) => void;
}) {
  return (
    <Paper
      withBorder
      shadow="sm"
      p={4}
      role="listbox"
      aria-label="People to mention"
      pos="absolute"
      bottom="100%"
      left={0}
      miw={240}
      style={{ zIndex: 10 }}
    >
      {people.map((person, index) => (
        <UnstyledButton
          key={person.id}
          role="option"
          aria-selected={index === active}
          display="block"
          w="100%"
          px="xs"
          py={4}
          bg={index === active ? 'var(--mantine-color-blue-light)' : undefined}
          style={{ borderRadius: 4 }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(person.username)}
        >
          <Text size="sm" span fw={500}>
            {person.displayName}
          </Text>{' '}
          <Text size="xs" span c="dimmed">
            @{person.username}
          </Text>
        </UnstyledButton>
      ))}
    </Paper>
  );
}

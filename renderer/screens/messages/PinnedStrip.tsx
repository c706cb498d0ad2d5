import { Button, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { usePinMessage, usePinnedMessages } from '../../api/hooks/useMessages';

/** The conversation's pinned notes (shift handovers), newest pin first, each with a way to unpin it. */
export function PinnedStrip({ conversationId }: { conversationId: number }) {
  const pinned = usePinnedMessages(conversationId);
  const pin = usePinMessage();
  if (!pinned.data || pinned.data.length === 0) return null;
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      component="section"
      aria-label="Pinned messages"
      bg="var(--mantine-color-yellow-light)"
    >
      <Text size="xs" fw={600} mb={4}>
        Pinned ({pinned.data.length})
      </Text>
      <ScrollArea.Autosize mah={110}>
        <Stack gap={4}>
          {pinned.data.map((message) => (
            <Group key={message.id} gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
                <Text span fw={600} size="sm">
                  {message.author.displayName}:
                </Text>{' '}
                {message.body}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                loading={pin.isPending && pin.variables.messageId === message.id}
                onClick={() => pin.mutate({ messageId: message.id, pinned: false })}
              >
                Unpin
              </Button>
            </Group>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}

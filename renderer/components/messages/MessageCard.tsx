import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Message } from '../../../shared/contract/messages';
import { formatDateTime } from '../../lib/format';
import { MessageText, RecordLink } from './MessageText';

/** One message: who wrote it and when, its text, the record it is about, and room for actions. */
export function MessageCard({
  message,
  readerUsername,
  actions,
}: {
  message: Message;
  readerUsername: string;
  actions?: ReactNode;
}) {
  return (
    <Stack gap={2} aria-label={`Message from ${message.author.displayName}`} role="article">
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {message.author.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(message.createdAt)}
            {message.editedAt && !message.deletedAt ? ' · edited' : ''}
          </Text>
          {message.pinnedAt && !message.deletedAt && (
            <Badge size="xs" variant="light" color="yellow">
              Pinned
            </Badge>
          )}
        </Group>
        {actions}
      </Group>
      <MessageText message={message} readerUsername={readerUsername} />
      {message.record && !message.deletedAt && <RecordLink record={message.record} />}
    </Stack>
  );
}

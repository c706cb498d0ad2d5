import { Divider, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { RecordRef } from '../../../shared/contract/messages';
import { useConversations, usePostMessage, useRecordThread } from '../../api/hooks/useMessages';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { QueryError } from '../inventory/QueryError';
import { Composer } from './Composer';
import { MessageCard } from './MessageCard';

/**
 * What staff said about one record (a product, an order…), oldest first, across the conversations
 * the reader can see; a note written here goes to the reader's own store conversation, attached to
 * the record.
 */
export function RecordThread({ record, what }: { record: RecordRef; what: string }) {
  const staff = useCurrentStaff();
  const thread = useRecordThread(record);
  const conversations = useConversations();
  const post = usePostMessage();
  const storeRoom = conversations.data?.find(
    (conversation) => conversation.kind === 'store' && conversation.storeId === staff.storeId,
  );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={`Messages about this ${what}`}>
      <Stack gap="sm">
        <Title order={4}>Messages about this {what}</Title>
        {thread.isPending ? (
          <Skeleton height={40} />
        ) : thread.isError ? (
          <QueryError error={thread.error} onRetry={() => void thread.refetch()} />
        ) : thread.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing said about this {what} yet. A note here reaches everyone in {staff.storeName}, with a link back to
            this page.
          </Text>
        ) : (
          <Stack gap="sm">
            {thread.data.map((message) => (
              <MessageCard key={message.id} message={message} readerUsername={staff.username} />
            ))}
          </Stack>
        )}
        <Divider />
        {storeRoom ? (
          <Composer
            conversationId={storeRoom.id}
            label={`Message about this ${what}`}
            placeholder={`A note to ${storeRoom.name} about this ${what}`}
            sending={post.isPending}
            error={post.error}
            onSend={(body) => post.mutateAsync({ conversationId: storeRoom.id, body, record })}
          />
        ) : (
          <Text size="xs" c="dimmed">
            {conversations.isPending
              ? 'Loading your store’s conversation…'
              : 'Your store has no conversation to write in.'}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

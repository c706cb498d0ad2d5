import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type RefObject } from 'react';
import type { Conversation } from '../../../shared/contract/messages';
import { useConversationMessages, useMarkRead } from '../../api/hooks/useMessages';
import { LoadMoreSentinel } from '../../components/customers/LoadMoreSentinel';
import { nextPage } from '../../components/inventory/next-page';
import { QueryError } from '../../components/inventory/QueryError';
import { TableSkeleton } from '../../components/inventory/TableSkeleton';
import { MessageRow } from './MessageRow';
import classes from './MessagesScreen.module.css';

/**
 * The conversation's messages, oldest at the top: scrolling up loads older pages, and once the
 * newest message is in view the conversation is marked read up to it.
 */
export function MessageList({
  conversation,
  scroller,
}: {
  conversation: Conversation;
  scroller: RefObject<HTMLDivElement | null>;
}) {
  const pages = useConversationMessages(conversation.id);
  const newestFirst = pages.data?.pages.flatMap((page) => page.messages) ?? [];
  const newest = newestFirst[0] ?? null;
  const [newestElement, setNewestElement] = useState<HTMLElement | null>(null);
  useMarkReadWhenSeen(conversation, newest?.id ?? null, newestElement);

  if (pages.isPending) return <TableSkeleton rows={6} label="Loading messages" />;
  if (pages.isError) return <QueryError error={pages.error} onRetry={() => void pages.refetch()} />;
  return (
    <div ref={scroller} className={classes.scroller}>
      <div className={classes.log} role="log" aria-label="Messages">
        <LoadMoreSentinel
          {...nextPage(pages)}
          endLabel={newestFirst.length > 0 ? 'The start of the conversation' : undefined}
        />
        {newest === null && (
          <Stack gap="xs" py="xl" align="center">
            <Title order={4}>No messages yet</Title>
            <Text c="dimmed" size="sm" ta="center" maw={420}>
              No messages yet: say hello, or pin a handover note for the next shift.
            </Text>
          </Stack>
        )}
        {newestFirst.toReversed().map((message) => (
          <MessageRow
            key={message.id}
            message={message}
            ref={message.id === newest?.id ? setNewestElement : undefined}
          />
        ))}
      </div>
    </div>
  );
}

/** Marks the conversation read up to its newest message once that message is on screen and something is unread. */
function useMarkReadWhenSeen(conversation: Conversation, newestId: number | null, element: HTMLElement | null) {
  const markRead = useMarkRead();
  const { mutate } = markRead;
  const unread = conversation.unread > 0;
  useEffect(() => {
    if (!element || newestId === null || !unread) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        mutate({ conversationId: conversation.id, upTo: newestId });
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, newestId, unread, conversation.id, mutate]);
}

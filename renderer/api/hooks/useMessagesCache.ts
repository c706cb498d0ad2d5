import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../shared/contract';
import type { Conversation, Message, RecordRef } from '../../../shared/contract/messages';

/**
 * Where messages live in the query cache, and how one message (from a push event or a write's
 * answer) is put into every place that shows it, so a screen changes at once without reading again.
 */
export const MESSAGES_KEY = ['messages'] as const;
export const conversationsKey = [...MESSAGES_KEY, 'conversations'] as const;

export function messagePagesKey(conversationId: number) {
  return [...MESSAGES_KEY, 'pages', conversationId] as const;
}

export function pinnedKey(conversationId: number) {
  return [...MESSAGES_KEY, 'pinned', conversationId] as const;
}

export function recordThreadKey(record: RecordRef) {
  return [...MESSAGES_KEY, 'record', record.kind, record.id] as const;
}

export type MessagePages = InfiniteData<ChannelOutput<'messages.list'>, number | null>;

/**
 * The pages with a message in them: replaced where it already is (an edit, a pin, or the echo of
 * one's own post), otherwise put first on the newest page (pages run newest first).
 */
export function withMessage(pages: MessagePages, message: Message): MessagePages {
  const known = pages.pages.some((page) => page.messages.some((shown) => shown.id === message.id));
  if (known) {
    return {
      ...pages,
      pages: pages.pages.map((page) => ({
        ...page,
        messages: page.messages.map((shown) => (shown.id === message.id ? message : shown)),
      })),
    };
  }
  const [newest, ...older] = pages.pages;
  if (!newest) return pages;
  return { ...pages, pages: [{ ...newest, messages: [message, ...newest.messages] }, ...older] };
}

/** A record's thread (oldest first) with a message replaced or added at its end. */
export function withThreadMessage(thread: Message[], message: Message): Message[] {
  return thread.some((shown) => shown.id === message.id)
    ? thread.map((shown) => (shown.id === message.id ? message : shown))
    : [...thread, message];
}

/**
 * The conversation list after a message arrived: it counts as unread (and as a mention when it
 * names the reader) unless the reader wrote it. Null when the conversation is not in the list yet.
 */
export function withArrival(list: Conversation[], message: Message, readerId: number): Conversation[] | null {
  if (!list.some((conversation) => conversation.id === message.conversationId)) return null;
  const fromOther = message.author.id !== readerId;
  const mentionsReader = message.mentions.some((mention) => mention.staffId === readerId);
  return list.map((conversation) =>
    conversation.id === message.conversationId
      ? {
          ...conversation,
          lastMessageAt: message.createdAt,
          unread: conversation.unread + (fromOther ? 1 : 0),
          unreadMentions: conversation.unreadMentions + (fromOther && mentionsReader ? 1 : 0),
        }
      : conversation,
  );
}

/** Puts a message into its conversation's pages, when that conversation has been read. */
export function putMessage(queryClient: QueryClient, message: Message): void {
  queryClient.setQueryData<MessagePages>(messagePagesKey(message.conversationId), (pages) =>
    pages ? withMessage(pages, message) : pages,
  );
}

/** A record's thread without a message (deleted: its record is gone from it, so any thread may hold it). */
export function withoutMessage(thread: Message[], messageId: number): Message[] {
  return thread.some((shown) => shown.id === messageId) ? thread.filter((shown) => shown.id !== messageId) : thread;
}

/**
 * Puts a message attached to a record into that record's thread, when it has been read; a
 * deleted message leaves every thread that shows it, as the host's threads leave it out.
 */
export function putRecordMessage(queryClient: QueryClient, message: Message): void {
  if (message.deletedAt !== null) {
    queryClient.setQueriesData<Message[]>({ queryKey: [...MESSAGES_KEY, 'record'] }, (thread) =>
      thread ? withoutMessage(thread, message.id) : thread,
    );
    return;
  }
  if (!message.record) return;
  queryClient.setQueryData<Message[]>(recordThreadKey(message.record), (thread) =>
    thread ? withThreadMessage(thread, message) : thread,
  );
}

/** Counts a new message in the conversation list; a conversation not listed yet (a new room) is read again. */
export function countArrival(queryClient: QueryClient, message: Message, readerId: number): void {
  const list = queryClient.getQueryData<Conversation[]>(conversationsKey);
  const counted = list ? withArrival(list, message, readerId) : null;
  if (counted) queryClient.setQueryData(conversationsKey, counted);
  else void queryClient.invalidateQueries({ queryKey: conversationsKey });
}

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { Conversation, Message, RecordRef } from '../../../shared/contract/messages';
import { invoke } from '../client';
import {
  conversationsKey,
  MESSAGES_KEY,
  messagePagesKey,
  pinnedKey,
  putMessage,
  putRecordMessage,
  recordThreadKey,
} from './useMessagesCache';

const PAGE_SIZE = 50;

/** The caller's conversations with their unread counts; push events keep it current (see useMessageEvents). */
export function useConversations() {
  return useQuery({
    queryKey: conversationsKey,
    queryFn: () => invoke('messages.listConversations', {}),
    meta: { errorsShownInline: true },
  });
}

/** Everything unread across the caller's conversations, for the sidebar. */
export function useUnreadTotal(): number {
  const conversations = useConversations();
  return (conversations.data ?? []).reduce((total, conversation) => total + conversation.unread, 0);
}

/** One conversation, newest page first; each further page is older (`before` the oldest shown). */
export function useConversationMessages(conversationId: number) {
  return useInfiniteQuery({
    queryKey: messagePagesKey(conversationId),
    queryFn: ({ pageParam }) =>
      invoke('messages.list', {
        conversationId,
        limit: PAGE_SIZE,
        ...(pageParam === null ? {} : { before: pageParam }),
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => (page.hasMore ? (page.messages.at(-1)?.id ?? null) : null),
    meta: { errorsShownInline: true },
  });
}

export function usePinnedMessages(conversationId: number) {
  return useQuery({
    queryKey: pinnedKey(conversationId),
    queryFn: () => invoke('messages.listPinned', { conversationId }),
    meta: { errorsShownInline: true },
  });
}

export function useRecordThread(record: RecordRef) {
  return useQuery({
    queryKey: recordThreadKey(record),
    queryFn: () => invoke('messages.recordThread', record),
    meta: { errorsShownInline: true },
  });
}

/** Waits until something is typed; the previous results stay while the next ones load. */
export function useMessageSearch(query: string) {
  const words = query.trim();
  return useQuery({
    queryKey: [...MESSAGES_KEY, 'search', words],
    queryFn: () => invoke('messages.search', { query: words, limit: 30 }),
    enabled: words.length > 0,
    placeholderData: keepPreviousData,
    meta: { errorsShownInline: true },
  });
}

/** Who an `@` can name in a conversation; null while no `@` is being typed. */
export function useMentionCandidates(conversationId: number | null, prefix: string | null) {
  return useQuery({
    queryKey: [...MESSAGES_KEY, 'mentionCandidates', conversationId, prefix],
    queryFn: () => invoke('messages.mentionCandidates', { conversationId: conversationId!, prefix: prefix ?? '' }),
    enabled: conversationId !== null && prefix !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    meta: { errorsShownInline: true },
  });
}

/** Every write answers with the message as it now stands: it goes straight into the caches that show it. */
function useMessageWrite<I>(write: (input: I) => Promise<Message>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (message) => {
      putMessage(queryClient, message);
      putRecordMessage(queryClient, message);
      void queryClient.invalidateQueries({ queryKey: pinnedKey(message.conversationId) });
    },
    meta: { errorsShownInline: true },
  });
}

export const usePostMessage = () =>
  useMessageWrite((input: ChannelInput<'messages.post'>) => invoke('messages.post', input));
export const useEditMessage = () =>
  useMessageWrite((input: ChannelInput<'messages.edit'>) => invoke('messages.edit', input));
export const useDeleteMessage = () =>
  useMessageWrite((input: ChannelInput<'messages.delete'>) => invoke('messages.delete', input));
export const usePinMessage = () =>
  useMessageWrite((input: ChannelInput<'messages.pin'>) => invoke('messages.pin', input));

/** Read up to a message: the conversation's counts drop to nothing here at once. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'messages.markRead'>) => invoke('messages.markRead', input),
    onSuccess: (_answer, { conversationId }) =>
      queryClient.setQueryData<Conversation[]>(conversationsKey, (list) =>
        list?.map((conversation) =>
          conversation.id === conversationId ? { ...conversation, unread: 0, unreadMentions: 0 } : conversation,
        ),
      ),
    meta: { errorsShownInline: true },
  });
}

/** A new or reopened conversation joins the list before the screen opens it. */
function useConversationWrite<I>(write: (input: I) => Promise<Conversation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (opened) => {
      queryClient.setQueryData<Conversation[]>(conversationsKey, (list) =>
        list && !list.some((conversation) => conversation.id === opened.id) ? [...list, opened] : list,
      );
      void queryClient.invalidateQueries({ queryKey: conversationsKey });
    },
    meta: { errorsShownInline: true },
  });
}

export const useOpenDirect = () =>
  useConversationWrite((input: ChannelInput<'messages.openDirect'>) => invoke('messages.openDirect', input));
export const useCreateConversation = () =>
  useConversationWrite((input: ChannelInput<'messages.createConversation'>) =>
    invoke('messages.createConversation', input),
  );

/**
 * The whole staff, to choose people for a room or a direct conversation: asked only when `enabled`
 * (managers), since the host refuses the list to clerks. Shares the admin screen's cache.
 */
export function useStaffDirectory(enabled: boolean) {
  return useQuery({
    queryKey: ['staff'],
    queryFn: () => invoke('staff.list', {}),
    enabled,
    meta: { errorsShownInline: true },
  });
}

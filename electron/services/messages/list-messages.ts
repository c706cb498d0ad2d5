import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import type { Message } from '../../../shared/contract/messages';
import type { MessagesInput } from './channel-input';
import { requireMembership, type Member } from './membership';
import { MESSAGE_SELECT, readMessages } from './message-view';

/** Both pages are one backwards range of IDX_messages_conversation (conversation, id). */
const LATEST = `${MESSAGE_SELECT} WHERE m."conversation_id" = ? ORDER BY m."id" DESC LIMIT ?`;
const OLDER = `${MESSAGE_SELECT} WHERE m."conversation_id" = ? AND m."id" < ? ORDER BY m."id" DESC LIMIT ?`;
const PINNED = `${MESSAGE_SELECT} WHERE m."conversation_id" = ? AND m."pinned_at" IS NOT NULL
  ORDER BY m."pinned_at" DESC, m."id" DESC`;

/** One page of a conversation, newest first; one message more than asked says whether there are older ones. */
export function listMessages(
  sql: Database.Database,
  actor: Member,
  input: MessagesInput<'messages.list'>,
): ChannelOutput<'messages.list'> {
  const conversation = requireMembership(sql, actor, input.conversationId);
  const messages =
    input.before === undefined
      ? readMessages(sql, LATEST, conversation.id, input.limit + 1)
      : readMessages(sql, OLDER, conversation.id, input.before, input.limit + 1);
  return { messages: messages.slice(0, input.limit), hasMore: messages.length > input.limit };
}

export function listPinned(sql: Database.Database, actor: Member, conversationId: number): Message[] {
  const conversation = requireMembership(sql, actor, conversationId);
  return readMessages(sql, PINNED, conversation.id);
}

import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import type { MessagesInput } from './channel-input';
import { requireMembership, type Member } from './membership';
import { advanceReadPosition } from './read-position';

/** Marks a conversation read up to and including one of its messages. */
export function markRead(
  sql: Database.Database,
  actor: Member,
  now: Date,
  input: MessagesInput<'messages.markRead'>,
): void {
  const conversation = requireMembership(sql, actor, input.conversationId);
  const inConversation = prepared(sql, 'SELECT 1 FROM "messages" WHERE "id" = ? AND "conversation_id" = ?').get(
    input.upTo,
    conversation.id,
  );
  if (inConversation === undefined) {
    throw new AppError('NOT_FOUND', 'That message is not in this conversation.', { messageId: input.upTo });
  }
  advanceReadPosition(sql, actor.staffId, conversation.id, input.upTo, now);
}

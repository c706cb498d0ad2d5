import type Database from 'better-sqlite3';
import { MESSAGE_EDIT_WINDOW_MINUTES } from '../../../shared/contract/messages';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { requireMembership, type ConversationRow, type Member } from './membership';

export interface MessageForChange {
  id: number;
  conversationId: number;
  authorId: number;
  body: string;
  createdAt: string;
  deletedAt: string | null;
  pinnedAt: string | null;
}

const MESSAGE = `SELECT "id", "conversation_id" AS "conversationId", "author_id" AS "authorId", "body",
  "created_at" AS "createdAt", "deleted_at" AS "deletedAt", "pinned_at" AS "pinnedAt" FROM "messages" WHERE "id" = ?`;

/**
 * A message about to be edited, deleted or pinned, in a conversation the caller belongs to; a
 * deleted message takes no further change.
 */
export function messageForChange(
  sql: Database.Database,
  actor: Member,
  messageId: number,
): { message: MessageForChange; conversation: ConversationRow } {
  const message = prepared(sql, MESSAGE).get(messageId) as MessageForChange | undefined;
  if (!message) throw new AppError('NOT_FOUND', 'There is no such message.', { messageId });
  const conversation = requireMembership(sql, actor, message.conversationId);
  if (message.deletedAt !== null) throw new AppError('CONFLICT', 'That message was deleted.', { messageId });
  return { message, conversation };
}

export const EDIT_WINDOW_CLOSED = `Messages can be changed for ${MESSAGE_EDIT_WINDOW_MINUTES} minutes after posting.`;

import type Database from 'better-sqlite3';
import type { Message } from '../../../shared/contract/messages';
import { AppError } from '../../../shared/errors';
import { roleAllows } from '../../../shared/roles';
import { prepared } from '../../../database/prepared';
import type { ConversationRow, Member } from './membership';
import { writeMentions } from './mentions';
import { withinEditWindow } from '../../../shared/contract/messages';
import { EDIT_WINDOW_CLOSED, messageForChange } from './message-for-change';
import { loadMessage } from './message-view';

const CLEAR = `UPDATE "messages" SET "body" = '', "deleted_at" = ?, "record_kind" = NULL, "record_id" = NULL,
  "pinned_at" = NULL, "pinned_by" = NULL WHERE "id" = ?`;

/**
 * Deletes a message: its author within the edit window, or a manager in any conversation they
 * belong to. The row stays, emptied (text, record, mentions and pin go), so the conversation
 * shows where it was; the text itself stays only in the audit trail.
 */
export function deleteMessage(
  sql: Database.Database,
  actor: Member,
  now: Date,
  messageId: number,
): { conversation: ConversationRow; message: Message; from: string } {
  const { message, conversation } = messageForChange(sql, actor, messageId);
  const ownInWindow = message.authorId === actor.staffId && withinEditWindow(message.createdAt, now.getTime());
  if (!ownInWindow && !roleAllows(actor.role, 'manager')) {
    const reason =
      message.authorId === actor.staffId ? EDIT_WINDOW_CLOSED : 'Only its author or a manager can delete a message.';
    throw new AppError('FORBIDDEN', reason, { messageId });
  }
  writeMentions(sql, message.id, conversation.id, []);
  prepared(sql, CLEAR).run(now.toISOString(), message.id);
  return { conversation, message: loadMessage(sql, message.id), from: message.body };
}

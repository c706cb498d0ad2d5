import type Database from 'better-sqlite3';
import type { Message } from '../../../shared/contract/messages';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import type { MessagesInput } from './channel-input';
import type { ConversationRow, Member } from './membership';
import { resolveMentions, writeMentions } from './mentions';
import { withinEditWindow } from '../../../shared/contract/messages';
import { EDIT_WINDOW_CLOSED, messageForChange } from './message-for-change';
import { loadMessage } from './message-view';

/** The author rewrites their message within the edit window; mentions follow the new text. */
export function editMessage(
  sql: Database.Database,
  actor: Member,
  now: Date,
  input: MessagesInput<'messages.edit'>,
): { conversation: ConversationRow; message: Message; from: string } {
  const { message, conversation } = messageForChange(sql, actor, input.messageId);
  if (message.authorId !== actor.staffId) {
    throw new AppError('FORBIDDEN', 'Only its author can edit a message.', { messageId: message.id });
  }
  if (!withinEditWindow(message.createdAt, now.getTime()))
    throw new AppError('FORBIDDEN', EDIT_WINDOW_CLOSED, { messageId: message.id });
  const mentions = resolveMentions(sql, conversation, input.body);
  prepared(sql, 'UPDATE "messages" SET "body" = ?, "edited_at" = ? WHERE "id" = ?').run(
    input.body,
    now.toISOString(),
    message.id,
  );
  writeMentions(sql, message.id, conversation.id, mentions);
  return { conversation, message: loadMessage(sql, message.id), from: message.body };
}

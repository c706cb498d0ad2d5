import type Database from 'better-sqlite3';
import type { Message } from '../../../shared/contract/messages';
import { prepared } from '../../../database/prepared';
import type { MessagesInput } from './channel-input';
import type { ConversationRow, Member } from './membership';
import { messageForChange } from './message-for-change';
import { loadMessage } from './message-view';

/** Pins or unpins; pinning a pinned message keeps who pinned it first and when. */
export function pinMessage(
  sql: Database.Database,
  actor: Member,
  now: Date,
  input: MessagesInput<'messages.pin'>,
): { conversation: ConversationRow; message: Message; changed: boolean } {
  const { message, conversation } = messageForChange(sql, actor, input.messageId);
  const changed = (message.pinnedAt !== null) !== input.pinned;
  if (changed) {
    prepared(sql, 'UPDATE "messages" SET "pinned_at" = ?, "pinned_by" = ? WHERE "id" = ?').run(
      input.pinned ? now.toISOString() : null,
      input.pinned ? actor.staffId : null,
      message.id,
    );
  }
  return { conversation, message: loadMessage(sql, message.id), changed };
}

import type Database from 'better-sqlite3';
import type { Message } from '../../../shared/contract/messages';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';
import type { MessagesInput } from './channel-input';
import { requireMembership, type ConversationRow, type Member } from './membership';
import { resolveMentions, writeMentions } from './mentions';
import { loadMessage } from './message-view';
import { requireRecord } from './records';

const INSERT = `INSERT INTO "messages" ("uid", "conversation_id", "author_id", "body", "record_kind", "record_id", "created_at")
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

/**
 * Posts a message as typed (the text is stored verbatim; screens show it as text). The author's
 * read position stays where it was: posting from a record's page reads nothing else of the room,
 * and one's own messages never count as unread anyway.
 */
export function postMessage(
  sql: Database.Database,
  author: Member,
  now: Date,
  input: MessagesInput<'messages.post'>,
): { conversation: ConversationRow; message: Message } {
  const conversation = requireMembership(sql, author, input.conversationId);
  if (input.record) requireRecord(sql, input.record);
  const mentions = resolveMentions(sql, conversation, input.body);
  const id = Number(
    prepared(sql, INSERT).run(
      newUid(now.getTime()),
      conversation.id,
      author.staffId,
      input.body,
      input.record?.kind ?? null,
      input.record?.id ?? null,
      now.toISOString(),
    ).lastInsertRowid,
  );
  if (mentions.length > 0) writeMentions(sql, id, conversation.id, mentions);
  return { conversation, message: loadMessage(sql, id) };
}

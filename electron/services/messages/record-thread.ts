import type Database from 'better-sqlite3';
import type { Message, RecordRef } from '../../../shared/contract/messages';
import { memberConversations, type Member } from './membership';
import { MESSAGE_SELECT, readMessages } from './message-view';
import { requireRecord } from './records';

/** One range of IDX_messages_record, kept to the conversations the caller belongs to. */
const THREAD = `${MESSAGE_SELECT}
  WHERE m."record_kind" = ? AND m."record_id" = ? AND m."conversation_id" IN (SELECT "value" FROM json_each(?))
  ORDER BY m."id" DESC LIMIT 500`;

/** The messages attached to one record that the caller can see, oldest first (the latest 500 at most). */
export function recordThread(sql: Database.Database, actor: Member, record: RecordRef): Message[] {
  requireRecord(sql, record);
  const visible = memberConversations(sql, actor).map((conversation) => conversation.id);
  return readMessages(sql, THREAD, record.kind, record.id, JSON.stringify(visible)).reverse();
}

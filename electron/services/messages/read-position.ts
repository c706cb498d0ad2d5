import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

const UPSERT = `INSERT INTO "conversation_reads" ("staff_id", "conversation_id", "last_read_message_id", "read_at")
  VALUES (?, ?, ?, ?)
  ON CONFLICT ("staff_id", "conversation_id") DO UPDATE SET
    "last_read_message_id" = MAX("last_read_message_id", excluded."last_read_message_id"),
    "read_at" = excluded."read_at"`;

/** Moves a person's read position forward to `messageId`; never back (an older page read late changes nothing). */
export function advanceReadPosition(
  sql: Database.Database,
  staffId: number,
  conversationId: number,
  messageId: number,
  now: Date,
): void {
  prepared(sql, UPSERT).run(staffId, conversationId, messageId, now.toISOString());
}

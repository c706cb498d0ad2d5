import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';
import type { MessagesInput } from './channel-input';
import { findConversation, type ConversationRow, type Member } from './membership';

const ACTIVE = `SELECT "id" FROM "staff_members" WHERE "id" IN (SELECT "value" FROM json_each(?)) AND "is_active" = 1`;

/** Adds named members to a conversation (each once). */
export function addMembers(
  sql: Database.Database,
  conversationId: number,
  staffIds: readonly number[],
  now: Date,
): void {
  const insert = prepared(
    sql,
    `INSERT INTO "conversation_members" ("conversation_id", "staff_id", "added_at") VALUES (?, ?, ?)
     ON CONFLICT ("conversation_id", "staff_id") DO NOTHING`,
  );
  for (const staffId of staffIds) insert.run(conversationId, staffId, now.toISOString());
}

/** A custom room with the members it names; its creator is always one. */
export function createConversation(
  sql: Database.Database,
  creator: Member,
  now: Date,
  input: MessagesInput<'messages.createConversation'>,
): ConversationRow {
  const memberIds = [...new Set([creator.staffId, ...input.memberIds])];
  const active = new Set(prepared(sql, ACTIVE).pluck().all(JSON.stringify(memberIds)) as number[]);
  const missing = memberIds.filter((id) => !active.has(id));
  if (missing.length > 0) {
    throw new AppError('NOT_FOUND', 'Some of those people are not active members of staff.', { staffIds: missing });
  }
  const id = Number(
    prepared(
      sql,
      `INSERT INTO "conversations" ("uid", "kind", "name", "created_by", "created_at") VALUES (?, 'custom', ?, ?, ?)`,
    ).run(newUid(now.getTime()), input.name, creator.staffId, now.toISOString()).lastInsertRowid,
  );
  addMembers(sql, id, memberIds, now);
  return findConversation(sql, id)!;
}

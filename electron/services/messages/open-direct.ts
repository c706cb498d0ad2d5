import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { addMembers } from './create-conversation';
import { findConversation, type ConversationRow, type Member } from './membership';

const PAIR = `SELECT "id" FROM "conversations" WHERE "direct_low_id" = ? AND "direct_high_id" = ?`;
const STAFF_UID = `SELECT "uid" FROM "staff_members" WHERE "id" = ? AND "is_active" = 1`;

/**
 * The direct conversation of two people, made on first use. Its uid is derived from the pair's
 * uids, so the same two people opening it on two machines before a sync get one conversation at
 * head office, not two.
 */
export function openDirect(sql: Database.Database, actor: Member, now: Date, staffId: number): ConversationRow {
  if (staffId === actor.staffId) {
    throw new AppError('VALIDATION', 'A direct conversation is with someone else.', { staffId });
  }
  const otherUid = prepared(sql, STAFF_UID).pluck().get(staffId) as string | undefined;
  if (otherUid === undefined) throw new AppError('NOT_FOUND', 'There is no such member of staff.', { staffId });
  const [low, high] = actor.staffId < staffId ? [actor.staffId, staffId] : [staffId, actor.staffId];
  const existing = prepared(sql, PAIR).pluck().get(low, high) as number | undefined;
  if (existing !== undefined) return findConversation(sql, existing)!;

  const ownUid = prepared(sql, 'SELECT "uid" FROM "staff_members" WHERE "id" = ?').pluck().get(actor.staffId) as string;
  const id = Number(
    prepared(
      sql,
      `INSERT INTO "conversations" ("uid", "kind", "direct_low_id", "direct_high_id", "created_by", "created_at")
       VALUES (?, 'direct', ?, ?, ?, ?)`,
    ).run(pairUid(ownUid, otherUid), low, high, actor.staffId, now.toISOString()).lastInsertRowid,
  );
  addMembers(sql, id, [low, high], now);
  return findConversation(sql, id)!;
}

/** A UUID (version 8: made by the application) from the hash of the two uids, in sorted order. */
function pairUid(a: string, b: string): string {
  const bytes = createHash('sha256').update([a, b].sort().join(':')).digest().subarray(0, 16);
  bytes[6] = 0x80 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

import type Database from 'better-sqlite3';
import { UNREAD_COUNT_LIMIT, type Conversation } from '../../../shared/contract/messages';
import { prepared } from '../../../database/prepared';
import { memberConversations, type ConversationRow, type Member } from './membership';

const READS = `SELECT "conversation_id" AS "conversationId", "last_read_message_id" AS "lastRead"
  FROM "conversation_reads" WHERE "staff_id" = ?`;
/**
 * Others' messages after the read position, deleted ones aside (one's own are never unread).
 * Counting stops at the limit: a room read long ago would otherwise count every message since.
 */
const UNREAD = `SELECT COUNT(*) FROM (SELECT 1 FROM "messages"
  WHERE "conversation_id" = ? AND "id" > ? AND "deleted_at" IS NULL AND "author_id" <> ? LIMIT ${UNREAD_COUNT_LIMIT})`;
const UNREAD_MENTIONS = `SELECT COUNT(*) FROM "message_mentions"
  WHERE "staff_id" = ? AND "conversation_id" = ? AND "message_id" > ?`;
const LAST_MESSAGE_AT = `SELECT "created_at" FROM "messages" WHERE "conversation_id" = ? AND "deleted_at" IS NULL
  ORDER BY "id" DESC LIMIT 1`;
const STAFF = `SELECT "id", "username", "display_name" AS "displayName" FROM "staff_members" WHERE "id" = ?`;

const ROOM_ORDER = ['everyone', 'managers', 'store', 'custom', 'direct'];

/**
 * The caller's conversations for the sidebar: the chain-wide, managers' and store rooms first,
 * then custom rooms and direct conversations, latest activity first. Unread counts come from how
 * far the caller has read each one (every count an index range).
 */
export function listConversations(sql: Database.Database, actor: Member): Conversation[] {
  const reads = readPositions(sql, actor.staffId);
  const views = memberConversations(sql, actor).map((row) => viewWith(sql, actor, row, reads.get(row.id) ?? 0));
  const rank = (view: Conversation) => Math.min(ROOM_ORDER.indexOf(view.kind), 3);
  return views.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) < 3 ? 0 : (b.lastMessageAt ?? '').localeCompare(a.lastMessageAt ?? '')) ||
      a.name.localeCompare(b.name) ||
      a.id - b.id,
  );
}

/** One conversation as the caller sees it. */
export function conversationView(sql: Database.Database, actor: Member, row: ConversationRow): Conversation {
  return viewWith(sql, actor, row, readPositions(sql, actor.staffId).get(row.id) ?? 0);
}

/** What each conversation is called, for search results. */
export function conversationName(sql: Database.Database, actor: Member, row: ConversationRow): string {
  return nameAndPartner(sql, actor, row).name;
}

function viewWith(sql: Database.Database, actor: Member, row: ConversationRow, lastRead: number): Conversation {
  const { name, withStaff } = nameAndPartner(sql, actor, row);
  return {
    id: row.id,
    kind: row.kind,
    name,
    storeId: row.storeId,
    withStaff,
    unread: prepared(sql, UNREAD).pluck().get(row.id, lastRead, actor.staffId) as number,
    unreadMentions: prepared(sql, UNREAD_MENTIONS).pluck().get(actor.staffId, row.id, lastRead) as number,
    lastMessageAt: (prepared(sql, LAST_MESSAGE_AT).pluck().get(row.id) as string | undefined) ?? null,
  };
}

function nameAndPartner(
  sql: Database.Database,
  actor: Member,
  row: ConversationRow,
): { name: string; withStaff: Conversation['withStaff'] } {
  switch (row.kind) {
    case 'everyone':
      return { name: 'Everyone', withStaff: null };
    case 'managers':
      return { name: 'Managers', withStaff: null };
    case 'store':
      return { name: row.storeName ?? 'Store', withStaff: null };
    case 'custom':
      return { name: row.name ?? 'Room', withStaff: null };
    case 'direct': {
      const otherId = row.directLowId === actor.staffId ? row.directHighId : row.directLowId;
      const other = prepared(sql, STAFF).get(otherId) as Conversation['withStaff'];
      return { name: other?.displayName ?? 'Direct message', withStaff: other };
    }
  }
}

function readPositions(sql: Database.Database, staffId: number): Map<number, number> {
  const rows = prepared(sql, READS).all(staffId) as { conversationId: number; lastRead: number }[];
  return new Map(rows.map((row) => [row.conversationId, row.lastRead]));
}

import type Database from 'better-sqlite3';
import type { ConversationKind } from '../../../shared/contract/messages';
import { AppError } from '../../../shared/errors';
import { roleAllows } from '../../../shared/roles';
import { prepared } from '../../../database/prepared';
import { readStanding } from '../auth/staff-standing';
import { inStoreScope, type ScopedActor } from '../../../shared/store-scope';

/** Someone whose membership is asked about: the caller, or a person they mention. */
export interface Member extends ScopedActor {
  staffId: number;
}

export interface ConversationRow {
  id: number;
  kind: ConversationKind;
  name: string | null;
  storeId: number | null;
  storeName: string | null;
  directLowId: number | null;
  directHighId: number | null;
}

const COLUMNS = `c."id", c."kind", c."name", c."store_id" AS "storeId", s."name" AS "storeName",
  c."direct_low_id" AS "directLowId", c."direct_high_id" AS "directHighId"
  FROM "conversations" c LEFT JOIN "stores" s ON s."id" = c."store_id"`;

/** The rooms whose members follow from role and store, then the ones naming this person. */
const CANDIDATES = `SELECT ${COLUMNS} WHERE c."kind" IN ('everyone', 'managers', 'store')
  UNION ALL
  SELECT ${COLUMNS} JOIN "conversation_members" cm ON cm."conversation_id" = c."id" WHERE cm."staff_id" = ?`;

const ROOM_KINDS: ReadonlySet<ConversationKind> = new Set(['everyone', 'managers', 'store']);

const IS_NAMED = `SELECT 1 FROM "conversation_members" WHERE "conversation_id" = ? AND "staff_id" = ?`;

/**
 * The one membership rule (see the contract): every active person is in the chain-wide room,
 * managers and admins in the managers' room, a store's room holds whoever may work in that store
 * (always asked of `inStoreScope`), and custom and direct conversations hold the people they name.
 * Whether the person is still active is the caller's to know (a session is; a mention is checked).
 */
export function belongsTo(sql: Database.Database, member: Member, conversation: ConversationRow): boolean {
  switch (conversation.kind) {
    case 'everyone':
      return true;
    case 'managers':
      return roleAllows(member.role, 'manager');
    case 'store':
      return inStoreScope(member, conversation.storeId!);
    default:
      return prepared(sql, IS_NAMED).get(conversation.id, member.staffId) !== undefined;
  }
}

export function findConversation(sql: Database.Database, conversationId: number): ConversationRow | undefined {
  return prepared(sql, `SELECT ${COLUMNS} WHERE c."id" = ?`).get(conversationId) as ConversationRow | undefined;
}

/** The conversation, when the caller belongs to it; reading, posting or searching anywhere else is refused. */
export function requireMembership(sql: Database.Database, member: Member, conversationId: number): ConversationRow {
  const conversation = findConversation(sql, conversationId);
  if (!conversation) throw new AppError('NOT_FOUND', 'There is no such conversation.', { conversationId });
  if (!belongsTo(sql, member, conversation)) {
    throw new AppError('FORBIDDEN', 'You are not a member of that conversation.', { conversationId });
  }
  return conversation;
}

/** Every conversation the person belongs to, in id order. */
export function memberConversations(sql: Database.Database, member: Member): ConversationRow[] {
  const rows = prepared(sql, CANDIDATES).all(member.staffId) as ConversationRow[];
  // The named conversations came from the person's own member rows; the rooms follow the rule.
  const rooms = rows.filter((row) => ROOM_KINDS.has(row.kind) && belongsTo(sql, member, row));
  const named = rows.filter((row) => !ROOM_KINDS.has(row.kind));
  return [...rooms, ...named].sort((a, b) => a.id - b.id);
}

/** A member of staff as membership sees them, or null when they are disabled or gone. */
export function memberOf(sql: Database.Database, staffId: number): Member | null {
  const standing = readStanding(sql, staffId);
  return standing ? { staffId, ...standing } : null;
}

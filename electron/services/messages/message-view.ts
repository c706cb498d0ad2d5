import type Database from 'better-sqlite3';
import type { Message, MessageRecordKind } from '../../../shared/contract/messages';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { RECORD_LABEL_SQL } from './records';

interface MessageRow {
  id: number;
  uid: string;
  conversationId: number;
  authorId: number;
  authorUsername: string;
  authorName: string;
  body: string;
  recordKind: MessageRecordKind | null;
  recordId: number | null;
  recordLabel: string | null;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  pinnedAt: string | null;
  pinnedById: number | null;
  pinnedByUsername: string | null;
  pinnedByName: string | null;
}

/**
 * The columns of a message as the contract shows it, for the message aliased `m`: author and
 * pinner by name, the attached record with its label. Callers add WHERE, ORDER BY and LIMIT.
 */
export const MESSAGE_SELECT = `SELECT m."id", m."uid", m."conversation_id" AS "conversationId",
    m."author_id" AS "authorId", a."username" AS "authorUsername", a."display_name" AS "authorName",
    m."body", m."record_kind" AS "recordKind", m."record_id" AS "recordId", ${RECORD_LABEL_SQL} AS "recordLabel",
    m."created_at" AS "createdAt", m."edited_at" AS "editedAt", m."deleted_at" AS "deletedAt",
    m."pinned_at" AS "pinnedAt", m."pinned_by" AS "pinnedById", p."username" AS "pinnedByUsername",
    p."display_name" AS "pinnedByName"
  FROM "messages" m
  JOIN "staff_members" a ON a."id" = m."author_id"
  LEFT JOIN "staff_members" p ON p."id" = m."pinned_by"`;

const MENTIONS = `SELECT mm."message_id" AS "messageId", s."id" AS "staffId", s."username"
  FROM "message_mentions" mm JOIN "staff_members" s ON s."id" = mm."staff_id"
  WHERE mm."message_id" IN (SELECT "value" FROM json_each(?)) ORDER BY mm."id"`;

/** Runs a MESSAGE_SELECT statement and adds each message's mentions (one more statement for the page). */
export function readMessages(sql: Database.Database, text: string, ...params: unknown[]): Message[] {
  const rows = prepared(sql, text).all(...params) as MessageRow[];
  if (rows.length === 0) return [];
  const mentions = new Map<number, { staffId: number; username: string }[]>();
  const mentionRows = prepared(sql, MENTIONS).all(JSON.stringify(rows.map((row) => row.id))) as {
    messageId: number;
    staffId: number;
    username: string;
  }[];
  for (const { messageId, staffId, username } of mentionRows) {
    const list = mentions.get(messageId) ?? [];
    list.push({ staffId, username });
    mentions.set(messageId, list);
  }
  return rows.map((row) => toMessage(row, mentions.get(row.id) ?? []));
}

export function loadMessage(sql: Database.Database, messageId: number): Message {
  const [message] = readMessages(sql, `${MESSAGE_SELECT} WHERE m."id" = ?`, messageId);
  if (!message) throw new AppError('NOT_FOUND', 'There is no such message.', { messageId });
  return message;
}

function toMessage(row: MessageRow, mentions: { staffId: number; username: string }[]): Message {
  return {
    id: row.id,
    uid: row.uid,
    conversationId: row.conversationId,
    author: { id: row.authorId, username: row.authorUsername, displayName: row.authorName },
    body: row.body,
    record:
      row.recordKind === null || row.recordId === null
        ? null
        : // No foreign key can guard a reference to one of several tables: a record gone since keeps kind and id.
          { kind: row.recordKind, id: row.recordId, label: row.recordLabel ?? `${row.recordKind} ${row.recordId}` },
    mentions,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    deletedAt: row.deletedAt,
    pinnedAt: row.pinnedAt,
    pinnedBy:
      row.pinnedById === null
        ? null
        : { id: row.pinnedById, username: row.pinnedByUsername!, displayName: row.pinnedByName! },
  };
}

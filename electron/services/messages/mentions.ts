import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { belongsTo, memberOf, type ConversationRow } from './membership';

/** `@` then a username's characters, not inside a word or an email address. */
const MENTION = /(?<![\p{L}\p{N}._@-])@([A-Za-z0-9._-]{2,40})/gu;

const BY_USERNAME = `SELECT "id", "username" FROM "staff_members" WHERE "username" = ?`;

export interface Mention {
  staffId: number;
  username: string;
}

/** The distinct `@username` tokens of a text, as typed. */
export function mentionTokens(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((match) => match[1]!))];
}

/**
 * The people a text mentions, each of whom must be able to see the conversation: mentioning
 * someone who cannot would tell them nothing, so the message is refused with their names. A
 * token that names nobody is only text.
 */
export function resolveMentions(sql: Database.Database, conversation: ConversationRow, body: string): Mention[] {
  const found = new Map<number, Mention>();
  const outside: string[] = [];
  for (const token of mentionTokens(body)) {
    const staff = findByUsername(sql, token);
    if (!staff || found.has(staff.id)) continue;
    const member = memberOf(sql, staff.id);
    if (member && belongsTo(sql, member, conversation))
      found.set(staff.id, { staffId: staff.id, username: staff.username });
    else if (!outside.includes(staff.username)) outside.push(staff.username);
  }
  if (outside.length > 0) {
    const names = outside.map((name) => `@${name}`).join(', ');
    throw new AppError(
      'VALIDATION',
      `${names} cannot see this conversation, so the mention would never reach them. Remove it, or post where they can read it.`,
      { usernames: outside },
    );
  }
  return [...found.values()];
}

/** Usernames ignore case; "@mia." at the end of a sentence means mia. */
function findByUsername(sql: Database.Database, token: string): { id: number; username: string } | undefined {
  const exact = prepared(sql, BY_USERNAME).get(token) as { id: number; username: string } | undefined;
  if (exact) return exact;
  const trimmed = token.replace(/[._-]+$/, '');
  return trimmed.length >= 2 && trimmed !== token
    ? (prepared(sql, BY_USERNAME).get(trimmed) as { id: number; username: string } | undefined)
    : undefined;
}

/** Replaces a message's mention rows with `mentions`. */
export function writeMentions(
  sql: Database.Database,
  messageId: number,
  conversationId: number,
  mentions: readonly Mention[],
): void {
  prepared(sql, 'DELETE FROM "message_mentions" WHERE "message_id" = ?').run(messageId);
  const insert = prepared(
    sql,
    'INSERT INTO "message_mentions" ("message_id", "staff_id", "conversation_id") VALUES (?, ?, ?)',
  );
  for (const mention of mentions) insert.run(messageId, mention.staffId, conversationId);
}

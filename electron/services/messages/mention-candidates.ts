import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { prepared } from '../../../database/prepared';
import type { MessagesInput } from './channel-input';
import { belongsTo, memberOf, requireMembership, type Member } from './membership';

const SHOWN = 20;
/** Matching people are read a page at a time, past those who cannot see the conversation. */
const PAGE = 200;

const MATCHING = `SELECT "id", "username", "display_name" AS "displayName" FROM "staff_members"
  WHERE "is_active" = 1 AND ("username" LIKE ? ESCAPE '\\' OR "display_name" LIKE ? ESCAPE '\\') AND "username" > ?
  ORDER BY "username" LIMIT ${PAGE}`;

/** People who can see the conversation whose username or name starts with what follows the `@`. */
export function mentionCandidates(
  sql: Database.Database,
  actor: Member,
  input: MessagesInput<'messages.mentionCandidates'>,
): ChannelOutput<'messages.mentionCandidates'> {
  const conversation = requireMembership(sql, actor, input.conversationId);
  const pattern = `${input.prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const shown: ChannelOutput<'messages.mentionCandidates'> = [];
  let after = '';
  for (;;) {
    const matching = prepared(sql, MATCHING).all(pattern, pattern, after) as {
      id: number;
      username: string;
      displayName: string;
    }[];
    for (const staff of matching) {
      const member = memberOf(sql, staff.id);
      if (member && belongsTo(sql, member, conversation)) shown.push(staff);
      if (shown.length === SHOWN) return shown;
    }
    if (matching.length < PAGE) break;
    after = matching.at(-1)!.username;
  }
  return shown;
}

import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { prepared } from '../../../database/prepared';
import type { MessagesInput } from './channel-input';
import { belongsTo, memberOf, requireMembership, type Member } from './membership';

const SHOWN = 20;
/** More than are shown: some of them may not see the conversation. */
const LOOKED_AT = 200;

const MATCHING = `SELECT "id", "username", "display_name" AS "displayName" FROM "staff_members"
  WHERE "is_active" = 1 AND ("username" LIKE ? ESCAPE '\\' OR "display_name" LIKE ? ESCAPE '\\')
  ORDER BY "username" LIMIT ${LOOKED_AT}`;

/** People who can see the conversation whose username or name starts with what follows the `@`. */
export function mentionCandidates(
  sql: Database.Database,
  actor: Member,
  input: MessagesInput<'messages.mentionCandidates'>,
): ChannelOutput<'messages.mentionCandidates'> {
  const conversation = requireMembership(sql, actor, input.conversationId);
  const pattern = `${input.prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const matching = prepared(sql, MATCHING).all(pattern, pattern) as {
    id: number;
    username: string;
    displayName: string;
  }[];
  const shown: ChannelOutput<'messages.mentionCandidates'> = [];
  for (const staff of matching) {
    const member = memberOf(sql, staff.id);
    if (member && belongsTo(sql, member, conversation)) shown.push(staff);
    if (shown.length === SHOWN) break;
  }
  return shown;
}

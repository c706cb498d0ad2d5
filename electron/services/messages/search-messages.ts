import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { prepared } from '../../../database/prepared';
import { searchWords } from '../../../shared/search-words';
import type { MessagesInput } from './channel-input';
import { conversationName } from './conversation-view';
import { memberConversations, requireMembership, type ConversationRow, type Member } from './membership';
import { MESSAGE_SELECT, readMessages } from './message-view';
import { indexForm, relevance, snippetOf, type SearchTerm } from './relevance';

/**
 * How many of the newest matches are ranked. A common word matches a large part of a busy
 * chain's messages; ranking only the newest ones keeps a search to one short walk down the index
 * (newest first), and for handover notes the recent match is the one looked for.
 */
const RANKED_MATCHES = 1000;

/** The newest matches in the caller's conversations, with their text to rank. */
const CANDIDATES = `SELECT f."rowid" AS "id", m."body"
  FROM "message_search" f JOIN "messages" m ON m."id" = f."rowid"
  WHERE "message_search" MATCH ? AND m."conversation_id" IN (SELECT "value" FROM json_each(?))
  ORDER BY f."rowid" DESC LIMIT ${RANKED_MATCHES}`;

const BY_IDS = `${MESSAGE_SELECT} WHERE m."id" IN (SELECT "value" FROM json_each(?))`;

/**
 * What a person typed as search terms and an FTS5 query: its words (letters and digits only),
 * each quoted, so quotes, stars, brackets, OR, NEAR and anything SQL-looking are plain words or
 * nothing; every word must match, the last one of three letters or more also as the start of a
 * longer word (typing "deliv" finds "delivery"). Null when nothing searchable is left.
 */
export function toMessageQuery(text: string): { match: string; terms: SearchTerm[] } | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const terms = words.map((word, index) => ({
    word: indexForm(word),
    prefix: index === words.length - 1 && [...word].length >= 3,
  }));
  // The column filter keeps a searched number from matching a conversation's id.
  const match = words.map((word, index) => `body : "${word}"${terms[index]!.prefix ? '*' : ''}`).join(' ');
  return { match, terms };
}

/** Full-text search over the conversations the caller belongs to (or one of them), best match first. */
export function searchMessages(
  sql: Database.Database,
  actor: Member,
  input: MessagesInput<'messages.search'>,
): ChannelOutput<'messages.search'> {
  const query = toMessageQuery(input.query);
  const conversations: ConversationRow[] =
    input.conversationId === undefined
      ? memberConversations(sql, actor)
      : [requireMembership(sql, actor, input.conversationId)];
  if (query === null || conversations.length === 0) return [];

  const match =
    input.conversationId === undefined ? query.match : `conversation_id : "${input.conversationId}" ${query.match}`;
  const candidates = prepared(sql, CANDIDATES).all(
    match,
    JSON.stringify(conversations.map((conversation) => conversation.id)),
  ) as { id: number; body: string }[];
  const best = candidates
    .map(({ id, body }) => ({ id, score: relevance(body, query.terms) }))
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .slice(0, input.limit);
  if (best.length === 0) return [];

  const messages = new Map(readMessages(sql, BY_IDS, JSON.stringify(best.map((hit) => hit.id))).map((m) => [m.id, m]));
  const names = new Map(conversations.map((row) => [row.id, conversationName(sql, actor, row)]));
  return best.map(({ id }) => {
    const message = messages.get(id)!;
    return {
      ...message,
      conversationName: names.get(message.conversationId) ?? '',
      snippet: snippetOf(message.body, query.terms),
    };
  });
}

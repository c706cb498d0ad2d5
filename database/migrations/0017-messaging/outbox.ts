import { ALL, childTriggers, column, rootTriggers } from '../0007-sync-outbox/triggers';

/**
 * Conversations and messages travel to head office through migration 0007's triggers: one
 * pending row per changed record, coalesced, skipped while the outbox is paused. A room's named
 * members travel inside the conversation, a message's mentions inside the message. How far each
 * person has read stays on this machine.
 *
 * The rooms Backroom makes by rule (chain-wide, managers', one per store) are made alike on
 * every machine, head office's too, under the same uids, and never change: only custom rooms and
 * direct conversations travel.
 */
const namedConversation = (row: 'NEW' | 'OLD') => ` AND ${row}."kind" IN ('custom', 'direct')`;

export const outboxStatements = [
  ...rootTriggers('conversations', ALL, undefined, namedConversation),
  ...rootTriggers('messages', ALL),
  ...childTriggers('conversation_members', 'conversations', column('conversation_id')),
  ...childTriggers('message_mentions', 'messages', column('message_id')),
];

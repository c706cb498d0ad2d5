import type Database from 'better-sqlite3';
import type { Message } from '../../../shared/contract/messages';
import { prepared } from '../../../database/prepared';
import type { EventSink } from '../../host/events';
import type { ConversationRow } from './membership';

/**
 * Tells exactly the conversation's members of a new or changed message: rooms by the audience
 * their membership rule names (everyone, managers and up, whoever works in the store), named
 * conversations one member at a time.
 */
export function announce(
  sql: Database.Database,
  events: EventSink,
  name: 'message.posted' | 'message.changed',
  conversation: ConversationRow,
  message: Message,
): void {
  const payload = { conversationId: conversation.id, message };
  switch (conversation.kind) {
    case 'everyone':
      events.emit(name, payload, {});
      return;
    case 'managers':
      events.emit(name, payload, { minRole: 'manager' });
      return;
    case 'store':
      events.emit(name, payload, { storeId: conversation.storeId! });
      return;
    default: {
      const members = prepared(sql, 'SELECT "staff_id" FROM "conversation_members" WHERE "conversation_id" = ?')
        .pluck()
        .all(conversation.id) as number[];
      for (const staffId of members) events.emit(name, payload, { staffId });
    }
  }
}

/** Tells the reader's own sessions, wherever they are open, how far they have read a conversation. */
export function announceRead(events: EventSink, staffId: number, conversationId: number, upTo: number): void {
  events.emit('conversation.read', { conversationId, upTo }, { staffId });
}

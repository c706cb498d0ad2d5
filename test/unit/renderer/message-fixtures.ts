import type { Conversation, Message } from '../../../shared/contract/messages';

export const GRACE = { id: 1, username: 'grace', displayName: 'Grace Hopper' };
export const LINUS = { id: 2, username: 'linus', displayName: 'Linus Till' };

/** A message of Grace's in conversation 7, posted at 09:00 UTC on 2026-12-06, never edited, deleted or pinned. */
export function message(id: number, overrides: Partial<Message> = {}): Message {
  return {
    id,
    uid: `uid-${id}`,
    conversationId: 7,
    author: GRACE,
    body: `message ${id}`,
    record: null,
    mentions: [],
    createdAt: '2026-12-06T09:00:00.000Z',
    editedAt: null,
    deletedAt: null,
    pinnedAt: null,
    pinnedBy: null,
    ...overrides,
  };
}

/** A conversation with nothing unread; a store's room is the room of the store with its id. */
export function conversation(
  id: number,
  kind: Conversation['kind'],
  name: string,
  overrides: Partial<Conversation> = {},
): Conversation {
  return {
    id,
    kind,
    name,
    storeId: kind === 'store' ? id : null,
    withStaff: null,
    unread: 0,
    unreadMentions: 0,
    lastMessageAt: null,
    ...overrides,
  };
}

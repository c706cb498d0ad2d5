import { describe, expect, it } from 'vitest';
import { audienceOf, groupConversations } from '../../../renderer/screens/messages/conversation-groups';
import { withinEditWindow } from '../../../shared/contract/messages';
import { messagePermissions } from '../../../renderer/screens/messages/message-rules';
import { conversation, GRACE, LINUS, message } from './message-fixtures';

describe('the sidebar’s sections', () => {
  it('groups the host’s list into rooms, stores, custom rooms and direct messages, in its order, leaving out empty sections', () => {
    const groups = groupConversations([
      conversation(5, 'everyone', 'Everyone'),
      conversation(3, 'managers', 'Managers'),
      conversation(6, 'store', 'Harbour Street'),
      conversation(2, 'store', 'Quay Road'),
      conversation(4, 'direct', 'Linus Till', { lastMessageAt: '2026-12-06T10:00:00.000Z' }),
      conversation(1, 'direct', 'Ada', { lastMessageAt: '2026-12-05T10:00:00.000Z' }),
      conversation(7, 'direct', 'Bea'),
    ]);
    expect(groups.map((group) => [group.label, group.conversations.map((shown) => shown.name)])).toEqual([
      ['Rooms', ['Everyone', 'Managers']],
      ['Stores', ['Harbour Street', 'Quay Road']],
      ['Direct messages', ['Linus Till', 'Ada', 'Bea']],
    ]);
  });

  it('says who reads each conversation', () => {
    expect(audienceOf(conversation(6, 'store', 'Harbour Street'))).toBe('Everyone at Harbour Street, and admins');
    expect(audienceOf(conversation(4, 'direct', 'Linus Till', { withStaff: LINUS }))).toBe('Only you and Linus Till');
  });
});

describe('what the reader may do to a message', () => {
  const now = Date.parse('2026-12-06T09:10:00.000Z');

  it('lets the author edit and delete within the window only', () => {
    expect(withinEditWindow('2026-12-06T09:00:00.000Z', now)).toBe(true);
    // The last instant of the window still counts, as the host counts it.
    expect(withinEditWindow('2026-12-06T08:55:00.000Z', now)).toBe(true);
    expect(withinEditWindow('2026-12-06T08:54:59.999Z', now)).toBe(false);
    expect(messagePermissions(message(1), { id: GRACE.id, role: 'clerk' }, now)).toEqual({
      edit: true,
      delete: true,
      pin: true,
    });
    const old = message(1, { createdAt: '2026-12-06T08:00:00.000Z' });
    expect(messagePermissions(old, { id: GRACE.id, role: 'clerk' }, now)).toEqual({
      edit: false,
      delete: false,
      pin: true,
    });
  });

  it('lets a manager delete others’ messages but never edit them, and nobody touch a deleted one', () => {
    expect(messagePermissions(message(1), { id: LINUS.id, role: 'manager' }, now)).toEqual({
      edit: false,
      delete: true,
      pin: true,
    });
    expect(messagePermissions(message(1), { id: LINUS.id, role: 'clerk' }, now).delete).toBe(false);
    const deleted = message(1, { deletedAt: '2026-12-06T09:01:00.000Z', body: '' });
    expect(messagePermissions(deleted, { id: GRACE.id, role: 'admin' }, now)).toEqual({
      edit: false,
      delete: false,
      pin: false,
    });
  });
});

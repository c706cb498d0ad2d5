import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_EDIT_WINDOW_MINUTES } from '../../../shared/contract/messages';
import { errorTitle } from '../../../renderer/lib/error-titles';
import { openMessagingWorld, type MessagingWorld } from './messaging-world';

let w: MessagingWorld;

beforeAll(async () => {
  w = await openMessagingWorld();
}, 60_000);

afterAll(() => w?.dispose());

const lastAudit = (action: string) =>
  JSON.parse(
    w.sql
      .prepare(`SELECT details FROM audit_log WHERE action = ? AND result = 'ok' ORDER BY id DESC LIMIT 1`)
      .pluck()
      .get(action) as string,
  ) as Record<string, unknown>;

const post = (body: string, who = w.clerk, conversationId = w.room('store', w.storeA)) =>
  w.ok('messages.post', { conversationId, body }, who);

describe('editing and deleting', () => {
  it('lets the author edit within the window, keeping the old text in the audit trail', async () => {
    const message = await post('Till 2 is donw');
    await w.pass(MESSAGE_EDIT_WINDOW_MINUTES - 1);
    const edited = await w.ok('messages.edit', { messageId: message.id, body: 'Till 2 is down, @mia' }, w.clerk);
    expect(edited).toMatchObject({
      body: 'Till 2 is down, @mia',
      editedAt: w.t.clock.now().toISOString(),
      createdAt: message.createdAt,
      mentions: [{ staffId: w.manager.id, username: 'mia' }],
    });
    expect(lastAudit('messages.edit')).toEqual({
      changes: { body: { from: 'Till 2 is donw', to: 'Till 2 is down, @mia' } },
    });
    // Search follows the new text.
    const found = async (query: string) => (await w.ok('messages.search', { query }, w.clerk)).map((hit) => hit.id);
    expect(await found('donw')).toEqual([]);
    expect(await found('till down')).toEqual([message.id]);

    await w.pass(2);
    const late = await w.refused('messages.edit', { messageId: message.id, body: 'Too late' }, w.clerk, 'FORBIDDEN');
    expect(late.message).toContain(`${MESSAGE_EDIT_WINDOW_MINUTES} minutes`);
    const stored = w.sql.prepare('SELECT body FROM messages WHERE id = ?').pluck().get(message.id);
    expect(stored).toBe('Till 2 is down, @mia');
  });

  it('refuses editing someone else’s message, even a manager’s edit of a clerk’s', async () => {
    const message = await post('Mine');
    await w.refused('messages.edit', { messageId: message.id, body: 'Theirs' }, w.otherClerk, 'FORBIDDEN');
    await w.refused('messages.edit', { messageId: message.id, body: 'Theirs' }, w.manager, 'FORBIDDEN');
    await w.refused('messages.edit', { messageId: 99_999, body: 'Nothing' }, w.clerk, 'NOT_FOUND');
    await w.refused('messages.edit', { messageId: message.id, body: ' ' }, w.clerk, 'VALIDATION');
  });

  it('lets the author delete within the window; the row stays, emptied, and the text goes to the audit trail', async () => {
    const product = w.product('Sourdough');
    const message = await w.ok(
      'messages.post',
      {
        conversationId: w.room('store', w.storeA),
        body: 'Ask @mia about the sourdough',
        record: { kind: 'product', id: product },
      },
      w.clerk,
    );
    await w.ok('messages.pin', { messageId: message.id, pinned: true }, w.manager);
    const deleted = await w.ok('messages.delete', { messageId: message.id }, w.clerk);
    expect(deleted).toMatchObject({
      body: '',
      deletedAt: w.t.clock.now().toISOString(),
      record: null,
      mentions: [],
      pinnedAt: null,
    });
    expect(lastAudit('messages.delete')).toEqual({
      deleted: true,
      changes: { body: { from: 'Ask @mia about the sourdough', to: '' } },
    });
    expect(await w.ok('messages.recordThread', { kind: 'product', id: product }, w.clerk)).toEqual([]);
    await w.refused('messages.edit', { messageId: message.id, body: 'Back' }, w.clerk, 'CONFLICT');
    await w.refused('messages.delete', { messageId: message.id }, w.clerk, 'CONFLICT');
    // The database itself keeps a deleted message unpinned and unattached.
    const pinAgain = w.sql.prepare(`UPDATE "messages" SET "pinned_at" = "deleted_at", "pinned_by" = ? WHERE "id" = ?`);
    expect(() => pinAgain.run(w.manager.id, message.id)).toThrow(/CHECK constraint failed: CHK_messages_deleted/);
  });

  it('refuses a clerk deleting another’s message, and the author once the window has closed', async () => {
    const message = await post('Keep this');
    await w.refused('messages.delete', { messageId: message.id }, w.otherClerk, 'FORBIDDEN');
    await w.pass(MESSAGE_EDIT_WINDOW_MINUTES + 1);
    await w.refused('messages.delete', { messageId: message.id }, w.clerk, 'FORBIDDEN');
    expect(
      (await w.ok('messages.list', { conversationId: message.conversationId, limit: 1 }, w.clerk)).messages[0],
    ).toMatchObject({
      id: message.id,
      body: 'Keep this',
      deletedAt: null,
    });
  });

  it('heads a refusal for the message’s author or age as about the message, not the role', async () => {
    const message = await post('Count the safe at close');
    const refusals = [
      await w.refused('messages.edit', { messageId: message.id, body: 'Not mine' }, w.otherClerk, 'FORBIDDEN'),
      await w.refused('messages.delete', { messageId: message.id }, w.otherClerk, 'FORBIDDEN'),
    ];
    await w.pass(MESSAGE_EDIT_WINDOW_MINUTES + 1);
    refusals.push(
      await w.refused('messages.edit', { messageId: message.id, body: 'Too late' }, w.clerk, 'FORBIDDEN'),
      await w.refused('messages.delete', { messageId: message.id }, w.clerk, 'FORBIDDEN'),
    );
    for (const refusal of refusals)
      expect(errorTitle('FORBIDDEN', refusal.details)).toBe('Not allowed on this message');
  });

  it('lets a manager delete any message, past the window too, in a conversation they belong to', async () => {
    const message = await post('Offensive remark');
    await w.pass(MESSAGE_EDIT_WINDOW_MINUTES + 10);
    const deleted = await w.ok('messages.delete', { messageId: message.id }, w.manager);
    expect(deleted.deletedAt).not.toBeNull();
    // Not in another store's room, which this manager does not belong to.
    const elsewhere = await post('North note', w.storeBClerk, w.room('store', w.storeB));
    await w.refused('messages.delete', { messageId: elsewhere.id }, w.manager, 'FORBIDDEN');
  });
});

describe('pins', () => {
  it('pins and unpins, listing pinned messages newest pin first with who pinned them', async () => {
    const conversationId = w.room('everyone');
    const handover = await post('Handover: safe counted', w.clerk, conversationId);
    const keys = await post('Keys are with Mia', w.otherClerk, conversationId);
    const pinned = await w.ok('messages.pin', { messageId: handover.id, pinned: true }, w.otherClerk);
    expect(pinned).toMatchObject({
      pinnedAt: w.t.clock.now().toISOString(),
      pinnedBy: { id: w.otherClerk.id, username: 'cora', displayName: 'Cora' },
    });
    await w.pass(1);
    await w.ok('messages.pin', { messageId: keys.id, pinned: true }, w.clerk);
    expect((await w.ok('messages.listPinned', { conversationId }, w.storeBClerk)).map((m) => m.id)).toEqual([
      keys.id,
      handover.id,
    ]);
    // Pinning again keeps the first pin.
    expect((await w.ok('messages.pin', { messageId: handover.id, pinned: true }, w.clerk)).pinnedBy?.id).toBe(
      w.otherClerk.id,
    );
    const unpinned = await w.ok('messages.pin', { messageId: handover.id, pinned: false }, w.clerk);
    expect(unpinned).toMatchObject({ pinnedAt: null, pinnedBy: null });
    expect((await w.ok('messages.listPinned', { conversationId }, w.clerk)).map((m) => m.id)).toEqual([keys.id]);
  });
});

describe('unread counts', () => {
  it('counts what others posted after the reader’s position, and mentions of the reader among them', async () => {
    const room = await w.ok(
      'messages.createConversation',
      { name: 'Stocktake', memberIds: [w.clerk.id, w.otherClerk.id] },
      w.manager,
    );
    const unreadOf = async (who: MessagingWorld['clerk']) => {
      const found = (await w.ok('messages.listConversations', {}, who)).find((c) => c.id === room.id)!;
      return { unread: found.unread, unreadMentions: found.unreadMentions, lastMessageAt: found.lastMessageAt };
    };
    const first = await post('Counting aisle 1', w.manager, room.id);
    await post('@carl take aisle 2', w.manager, room.id);
    const third = await post('@carl and @cora: aisle 3 after lunch', w.manager, room.id);
    expect(await unreadOf(w.clerk)).toEqual({ unread: 3, unreadMentions: 2, lastMessageAt: third.createdAt });
    expect(await unreadOf(w.otherClerk)).toMatchObject({ unread: 3, unreadMentions: 1 });
    // The author's own messages are read.
    expect(await unreadOf(w.manager)).toMatchObject({ unread: 0, unreadMentions: 0 });

    await w.ok('messages.markRead', { conversationId: room.id, upTo: first.id }, w.clerk);
    expect(await unreadOf(w.clerk)).toMatchObject({ unread: 2, unreadMentions: 2 });
    await w.ok('messages.markRead', { conversationId: room.id, upTo: third.id }, w.clerk);
    expect(await unreadOf(w.clerk)).toMatchObject({ unread: 0, unreadMentions: 0 });
    // Marking an older message read does not move the position back.
    await w.ok('messages.markRead', { conversationId: room.id, upTo: first.id }, w.clerk);
    expect(await unreadOf(w.clerk)).toMatchObject({ unread: 0 });
    // Posting reads nothing else of the room (a note posted from a record's page), and one's own messages are never unread.
    const reply = await post('On it', w.otherClerk, room.id);
    expect(await unreadOf(w.otherClerk)).toMatchObject({ unread: 3, unreadMentions: 1 });
    expect(await unreadOf(w.clerk)).toEqual({ unread: 1, unreadMentions: 0, lastMessageAt: reply.createdAt });
    // A deleted message is neither unread nor the room's last activity.
    await w.ok('messages.delete', { messageId: reply.id }, w.otherClerk);
    expect(await unreadOf(w.clerk)).toEqual({ unread: 0, unreadMentions: 0, lastMessageAt: third.createdAt });

    const elsewhere = await post('Not in this room', w.clerk, w.room('everyone'));
    await w.refused('messages.markRead', { conversationId: room.id, upTo: elsewhere.id }, w.clerk, 'NOT_FOUND');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUid } from '../../../database/ids';
import { errorTitle } from '../../../renderer/lib/error-titles';
import { openMessagingWorld, type MessagingWorld } from './messaging-world';

let w: MessagingWorld;

beforeAll(async () => {
  w = await openMessagingWorld();
}, 60_000);

afterAll(() => w?.dispose());

const names = async (who: MessagingWorld['clerk']) =>
  (await w.ok('messages.listConversations', {}, who)).map(
    (conversation) => `${conversation.kind}:${conversation.name}`,
  );

describe('conversations', () => {
  it('gives every store its room, including stores added after the rooms were made', () => {
    const rooms = w.sql.prepare(`SELECT kind, store_id FROM conversations ORDER BY id`).all();
    expect(rooms).toEqual([
      { kind: 'everyone', store_id: null },
      { kind: 'managers', store_id: null },
      { kind: 'store', store_id: w.storeA },
      { kind: 'store', store_id: w.storeB },
    ]);
    // A store's room shares the store's uid, so every machine names it alike.
    const uids = w.sql
      .prepare(`SELECT s.uid AS store, c.uid AS room FROM stores s JOIN conversations c ON c.store_id = s.id`)
      .all() as { store: string; room: string }[];
    expect(uids.every((row) => row.store === row.room)).toBe(true);
  });

  it('lists the rooms each person belongs to: everyone, managers and up, their own store (admins every store)', async () => {
    expect(await names(w.clerk)).toEqual(['everyone:Everyone', 'store:Corner Grocery']);
    expect(await names(w.storeBClerk)).toEqual(['everyone:Everyone', 'store:North Street']);
    expect(await names(w.manager)).toEqual(['everyone:Everyone', 'managers:Managers', 'store:Corner Grocery']);
    expect(await names(w.admin)).toEqual([
      'everyone:Everyone',
      'managers:Managers',
      'store:Corner Grocery',
      'store:North Street',
    ]);
  });

  it('refuses the database a second chain-wide room, a store room without a store, a pair out of order, or a direct pair twice', () => {
    expect(() => w.sql.prepare(`INSERT INTO conversations (uid, kind) VALUES (?, 'everyone')`).run(newUid())).toThrow(
      /UNIQUE/,
    );
    expect(() => w.sql.prepare(`INSERT INTO conversations (uid, kind) VALUES (?, 'store')`).run(newUid())).toThrow(
      /CHECK/,
    );
    expect(() =>
      w.sql
        .prepare(`INSERT INTO conversations (uid, kind, direct_low_id, direct_high_id) VALUES (?, 'direct', ?, ?)`)
        .run(newUid(), w.clerk.id, w.manager.id),
    ).toThrow(/CHECK/);
    const [low, high] = [w.admin.id, w.storeBClerk.id].sort((a, b) => a - b);
    const pair = w.sql.prepare(
      `INSERT INTO conversations (uid, kind, direct_low_id, direct_high_id, created_by) VALUES (?, 'direct', ?, ?, ?)`,
    );
    pair.run(newUid(), low, high, low);
    expect(() => pair.run(newUid(), low, high, low)).toThrow(/UNIQUE/);
  });

  it('opens one direct conversation per pair, from either side, named after the other person', async () => {
    const fromClerk = await w.ok('messages.openDirect', { staffId: w.storeBClerk.id }, w.clerk);
    const fromOther = await w.ok('messages.openDirect', { staffId: w.clerk.id }, w.storeBClerk);
    expect(fromOther.id).toBe(fromClerk.id);
    expect(fromClerk).toMatchObject({
      kind: 'direct',
      name: 'Bea',
      withStaff: { id: w.storeBClerk.id, username: 'bea', displayName: 'Bea' },
      unread: 0,
      lastMessageAt: null,
    });
    expect(fromOther).toMatchObject({ name: 'Carl', withStaff: { id: w.clerk.id } });
    expect(await names(w.clerk)).toContain('direct:Bea');
    expect(await names(w.manager)).not.toContain('direct:Bea');

    await w.refused('messages.openDirect', { staffId: w.clerk.id }, w.clerk, 'VALIDATION');
    await w.refused('messages.openDirect', { staffId: 99_999 }, w.clerk, 'NOT_FOUND');
    // Nobody else can read it.
    await w.refused('messages.list', { conversationId: fromClerk.id }, w.manager, 'FORBIDDEN');
  });

  it('lets a manager make a custom room of named members, always including themselves', async () => {
    const room = await w.ok('messages.createConversation', { name: 'Night shift', memberIds: [w.clerk.id] }, w.manager);
    expect(room).toMatchObject({ kind: 'custom', name: 'Night shift', storeId: null, withStaff: null, unread: 0 });
    const members = w.sql
      .prepare(`SELECT staff_id FROM conversation_members WHERE conversation_id = ? ORDER BY staff_id`)
      .pluck()
      .all(room.id);
    expect(members).toEqual([w.manager.id, w.clerk.id].sort((a, b) => a - b));
    expect(await names(w.clerk)).toContain('custom:Night shift');
    expect(await names(w.otherClerk)).not.toContain('custom:Night shift');

    await w.refused(
      'messages.createConversation',
      { name: 'Clerks only', memberIds: [w.clerk.id] },
      w.clerk,
      'FORBIDDEN',
    );
    const missing = await w.refused(
      'messages.createConversation',
      { name: 'Ghosts', memberIds: [w.clerk.id, 99_999] },
      w.manager,
      'NOT_FOUND',
    );
    expect(missing.details).toEqual({ staffIds: [99_999] });
    await w.refused('messages.createConversation', { name: '  ', memberIds: [w.clerk.id] }, w.manager, 'VALIDATION');
  });

  it('refuses a clerk who reads, posts in, pins in or searches a room they are not in', async () => {
    const room = await w.ok('messages.createConversation', { name: 'Buyers', memberIds: [w.otherClerk.id] }, w.manager);
    await w.ok('messages.post', { conversationId: room.id, body: 'Buyer meeting moved' }, w.manager);
    const managers = w.room('managers');
    const storeB = w.room('store', w.storeB);
    for (const conversationId of [room.id, managers, storeB]) {
      await w.refused('messages.list', { conversationId }, w.clerk, 'FORBIDDEN');
      await w.refused('messages.post', { conversationId, body: 'let me in' }, w.clerk, 'FORBIDDEN');
      await w.refused('messages.listPinned', { conversationId }, w.clerk, 'FORBIDDEN');
      await w.refused('messages.search', { query: 'meeting', conversationId }, w.clerk, 'FORBIDDEN');
      await w.refused('messages.mentionCandidates', { conversationId, prefix: '' }, w.clerk, 'FORBIDDEN');
    }
    const [latest] = (await w.ok('messages.list', { conversationId: room.id }, w.manager)).messages;
    await w.refused('messages.pin', { messageId: latest!.id, pinned: true }, w.clerk, 'FORBIDDEN');
    await w.refused('messages.markRead', { conversationId: room.id, upTo: latest!.id }, w.clerk, 'FORBIDDEN');
    await w.refused('messages.list', { conversationId: 99_999 }, w.clerk, 'NOT_FOUND');
    expect(w.sql.prepare(`SELECT COUNT(*) FROM messages WHERE body = 'let me in'`).pluck().get()).toBe(0);
  });

  it('heads a refusal for not being a member as about the conversation, not the role', async () => {
    const room = await w.ok('messages.createConversation', { name: 'Rota', memberIds: [w.otherClerk.id] }, w.manager);
    const refusals = [
      await w.refused('messages.list', { conversationId: room.id }, w.clerk, 'FORBIDDEN'),
      await w.refused('messages.post', { conversationId: room.id, body: 'let me in' }, w.clerk, 'FORBIDDEN'),
      await w.refused('messages.search', { query: 'rota', conversationId: w.room('managers') }, w.clerk, 'FORBIDDEN'),
    ];
    for (const refusal of refusals) {
      expect(refusal.message).toBe('You are not a member of that conversation.');
      expect(errorTitle('FORBIDDEN', refusal.details)).toBe('Not allowed in this conversation');
    }
  });

  it('offers as mention candidates only people who can see the conversation', async () => {
    const storeA = w.room('store', w.storeA);
    const everyone = (
      await w.ok('messages.mentionCandidates', { conversationId: w.room('everyone'), prefix: '' }, w.clerk)
    )
      .map((person) => person.username)
      .sort();
    expect(everyone).toEqual(['ada', 'bea', 'carl', 'cora', 'mia']);
    const inStore = (await w.ok('messages.mentionCandidates', { conversationId: storeA, prefix: '' }, w.clerk))
      .map((person) => person.username)
      .sort();
    expect(inStore).toEqual(['ada', 'carl', 'cora', 'mia']);
    const prefixed = await w.ok('messages.mentionCandidates', { conversationId: storeA, prefix: 'C' }, w.clerk);
    expect(prefixed.map((person) => person.username)).toEqual(['carl', 'cora']);
    expect(await w.ok('messages.mentionCandidates', { conversationId: storeA, prefix: '%' }, w.clerk)).toEqual([]);
  });

  it('finds candidates past hundreds of people who match the prefix but cannot see the conversation', async () => {
    const insert = w.sql.prepare(
      `INSERT INTO "staff_members" ("uid", "store_id", "username", "display_name", "role", "password_hash")
       VALUES (?, ?, ?, ?, 'clerk', 'x')`,
    );
    w.sql.transaction(() => {
      for (let n = 0; n < 450; n++) {
        const name = `ca${String(n).padStart(3, '0')}`;
        insert.run(newUid(), w.storeB, name, `North ${name}`);
      }
    })();
    const found = await w.ok(
      'messages.mentionCandidates',
      { conversationId: w.room('store', w.storeA), prefix: 'ca' },
      w.clerk,
    );
    expect(found.map((person) => person.username)).toEqual(['carl']);
  });
});

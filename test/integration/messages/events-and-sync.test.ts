import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../shared/events';
import type { Audience } from '../../../electron/host/events';
import { acknowledge } from '../../../electron/sync/outbox-reader';
import { ADMIN } from '../../helpers/backroom';
import { readBatch } from '../../helpers/sync-records';
import { openMessagingWorld, type MessagingWorld, type Person } from './messaging-world';

let w: MessagingWorld;
let heard: { event: PushEvent; audience: Audience }[];

beforeAll(async () => {
  w = await openMessagingWorld();
  w.t.backroom.events.subscribe((event, audience) => heard.push({ event, audience }));
}, 60_000);

afterAll(() => w?.dispose());

beforeEach(() => {
  heard = [];
});

/** Who of the world's people the transports would hand each message event to. */
function reached(): string[][] {
  const people: Person[] = [w.admin, w.manager, w.clerk, w.otherClerk, w.storeBClerk];
  return heard
    .filter(({ event }) => event.name.startsWith('message.'))
    .map(({ audience }) =>
      people.filter((person) => w.t.backroom.events.admits(audience, person.token)).map((person) => person.username),
    );
}

const everyoneReached = () => [...new Set(reached().flat())].sort();

describe('message events', () => {
  it('reach every member of a room and no one else', async () => {
    await w.ok('messages.post', { conversationId: w.room('everyone'), body: 'Hello all' }, w.clerk);
    expect(everyoneReached()).toEqual(['ada', 'bea', 'carl', 'cora', 'mia']);

    heard = [];
    await w.ok('messages.post', { conversationId: w.room('managers'), body: 'Managers only' }, w.manager);
    expect(everyoneReached()).toEqual(['ada', 'mia']);

    heard = [];
    const north = await w.ok(
      'messages.post',
      { conversationId: w.room('store', w.storeB), body: 'North only' },
      w.storeBClerk,
    );
    expect(everyoneReached()).toEqual(['ada', 'bea']);
    expect(heard[0]!.event).toEqual({
      name: 'message.posted',
      payload: { conversationId: w.room('store', w.storeB), message: north },
    });
  });

  it('reach the named members of a custom room or a direct conversation one by one', async () => {
    const room = await w.ok('messages.createConversation', { name: 'Pair', memberIds: [w.otherClerk.id] }, w.manager);
    heard = [];
    const message = await w.ok('messages.post', { conversationId: room.id, body: 'Just us' }, w.otherClerk);
    // One event per member, each reaching that member alone.
    expect(
      reached()
        .map((people) => people.join())
        .sort(),
    ).toEqual(['cora', 'mia']);
    expect(heard.map(({ audience }) => audience).sort((a, b) => a.staffId! - b.staffId!)).toEqual([
      { staffId: w.manager.id },
      { staffId: w.otherClerk.id },
    ]);

    heard = [];
    await w.ok('messages.edit', { messageId: message.id, body: 'Just us two' }, w.otherClerk);
    await w.ok('messages.pin', { messageId: message.id, pinned: true }, w.manager);
    await w.ok('messages.delete', { messageId: message.id }, w.manager);
    expect(heard.map(({ event }) => event.name)).toEqual(Array(6).fill('message.changed'));
    expect(everyoneReached()).toEqual(['cora', 'mia']);

    const direct = await w.ok('messages.openDirect', { staffId: w.storeBClerk.id }, w.clerk);
    heard = [];
    await w.ok('messages.post', { conversationId: direct.id, body: 'Psst' }, w.clerk);
    expect(everyoneReached()).toEqual(['bea', 'carl']);
  });

  it('tell every open session of a reader, and no one else, that a conversation was read', async () => {
    const room = w.room('store', w.storeA);
    const message = await w.ok('messages.post', { conversationId: room, body: 'Milk is in' }, w.manager);
    const tillSession = (await w.t.ok('auth.login', { username: w.clerk.username, password: ADMIN.password })).token;
    heard = [];

    await w.ok('messages.markRead', { conversationId: room, upTo: message.id }, w.clerk);

    expect(heard.map(({ event }) => event)).toEqual([
      { name: 'conversation.read', payload: { conversationId: room, upTo: message.id } },
    ]);
    const { audience } = heard[0]!;
    expect(w.t.backroom.events.admits(audience, tillSession)).toBe(true);
    expect(w.t.backroom.events.admits(audience, w.otherClerk.token)).toBe(false);
    expect(w.t.backroom.events.admits(audience, w.manager.token)).toBe(false);
  });

  it('are not sent for a refused post', async () => {
    await w.t.call('messages.post', { conversationId: w.room('store', w.storeA), body: 'Hi @bea' }, w.clerk.token);
    await w.t.call('messages.post', { conversationId: w.room('managers'), body: 'Let me in' }, w.clerk.token);
    expect(heard).toEqual([]);
  });
});

describe('sync outbox', () => {
  const pending = (entity: string) =>
    w.sql.prepare(`SELECT entity_uid, op FROM sync_outbox WHERE entity = ? ORDER BY seq`).all(entity) as {
      entity_uid: string;
      op: string;
    }[];
  const uidOf = (table: string, id: number) =>
    w.sql.prepare(`SELECT uid FROM "${table}" WHERE id = ?`).pluck().get(id) as string;

  it('queues each message once with its mentions nested and its record as a uid, and not read positions', async () => {
    acknowledge(w.sql, Number.MAX_SAFE_INTEGER);
    const product = w.product('Rye bread');
    const message = await w.ok(
      'messages.post',
      { conversationId: w.room('store', w.storeA), body: '@cora rye is low', record: { kind: 'product', id: product } },
      w.clerk,
    );
    await w.ok('messages.pin', { messageId: message.id, pinned: true }, w.manager);
    expect(pending('messages')).toEqual([{ entity_uid: message.uid, op: 'insert' }]);

    const change = readBatch(w.sql).changes.find((c) => c.entity === 'messages')!;
    expect(change.record).toMatchObject({
      uid: message.uid,
      conversation_uid: uidOf('conversations', w.room('store', w.storeA)),
      author_uid: uidOf('staff_members', w.clerk.id),
      body: '@cora rye is low',
      record_kind: 'product',
      record_uid: uidOf('products', product),
      pinned_by_uid: uidOf('staff_members', w.manager.id),
      mentions: [{ staff_uid: uidOf('staff_members', w.otherClerk.id), conversation_uid: expect.any(String) }],
    });
    expect(JSON.stringify(change.record)).not.toMatch(/"(id|\w+_id|\w+_by)":/);

    acknowledge(w.sql, Number.MAX_SAFE_INTEGER);
    await w.ok('messages.markRead', { conversationId: w.room('store', w.storeA), upTo: message.id }, w.otherClerk);
    expect(w.sql.prepare('SELECT COUNT(*) FROM sync_outbox').pluck().get()).toBe(0);
  });

  it('queues custom rooms with their named members, but not the rooms every machine makes alike', async () => {
    acknowledge(w.sql, Number.MAX_SAFE_INTEGER);
    const room = await w.ok('messages.createConversation', { name: 'Bakers', memberIds: [w.clerk.id] }, w.manager);
    const uid = uidOf('conversations', room.id);
    expect(pending('conversations')).toEqual([{ entity_uid: uid, op: 'insert' }]);
    const change = readBatch(w.sql).changes.find((c) => c.uid === uid)!;
    expect(change.record).toMatchObject({
      kind: 'custom',
      name: 'Bakers',
      created_by_uid: uidOf('staff_members', w.manager.id),
      members: expect.arrayContaining([
        expect.objectContaining({ staff_uid: uidOf('staff_members', w.clerk.id) }),
        expect.objectContaining({ staff_uid: uidOf('staff_members', w.manager.id) }),
      ]),
    });

    acknowledge(w.sql, Number.MAX_SAFE_INTEGER);
    const storeUid = '0190a000-0000-7000-8000-000000000abc';
    w.sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'SOUTH', 'South Street')`).run(storeUid);
    // Its room is made with it on every machine, under the store's uid.
    expect(w.sql.prepare('SELECT kind FROM conversations WHERE uid = ?').pluck().get(storeUid)).toBe('store');
    expect(pending('conversations')).toEqual([]);
  });
});

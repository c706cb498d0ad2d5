import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMessageQuery } from '../../../electron/services/messages/search-messages';
import { openMessagingWorld, type MessagingWorld } from './messaging-world';

let w: MessagingWorld;
let customRoom: number;

beforeAll(async () => {
  w = await openMessagingWorld();
  const post = (conversationId: number, body: string, who = w.manager) =>
    w.ok('messages.post', { conversationId, body }, who);
  await post(w.room('everyone'), 'Freezer delivery arrives Tuesday morning');
  await post(w.room('everyone'), 'The delivery van is late again');
  await post(w.room('store', w.storeA), 'Deliveries go through the back door (not the front!)');
  await post(w.room('store', w.storeA), 'Use "quotes" * stars OR brackets ) freely');
  await post(w.room('store', w.storeA), "Robert'); DROP TABLE messages; -- was a joke");
  await post(w.room('managers'), 'Secret salary review: delivery bonus');
  await post(w.room('store', w.storeB), 'North delivery of croissants', w.storeBClerk);
  customRoom = (await w.ok('messages.createConversation', { name: 'Payroll', memberIds: [w.otherClerk.id] }, w.manager))
    .id;
  await post(customRoom, 'Payroll delivery by courier');
  const deleted = await post(w.room('everyone'), 'Delivery password is swordfish');
  await w.ok('messages.delete', { messageId: deleted.id }, w.manager);
}, 60_000);

afterAll(() => w?.dispose());

const bodies = async (query: string, who = w.clerk, conversationId?: number) =>
  (await w.ok('messages.search', { query, ...(conversationId ? { conversationId } : {}) }, who))
    .map((hit) => hit.body)
    .sort();

describe('message search', () => {
  it('finds whole words and the start of the last one, only in conversations the caller belongs to', async () => {
    expect(await bodies('delivery')).toEqual([
      'Freezer delivery arrives Tuesday morning',
      'The delivery van is late again',
    ]);
    // The last word also matches as a prefix.
    expect(await bodies('deliver')).toEqual([
      'Deliveries go through the back door (not the front!)',
      'Freezer delivery arrives Tuesday morning',
      'The delivery van is late again',
    ]);
    expect(await bodies('DELIVERY van')).toEqual(['The delivery van is late again']);
    // The managers' room, another store's room, a room one is not in, and deleted text stay hidden.
    expect(await bodies('salary')).toEqual([]);
    expect(await bodies('croissants')).toEqual([]);
    expect(await bodies('payroll')).toEqual([]);
    expect(await bodies('swordfish', w.admin)).toEqual([]);
    expect(await bodies('croissants', w.admin)).toEqual(['North delivery of croissants']);
    expect(await bodies('payroll', w.otherClerk)).toEqual(['Payroll delivery by courier']);
  });

  it('answers with the conversation’s name and a snippet around the match', async () => {
    const [hit] = await w.ok('messages.search', { query: 'freezer' }, w.clerk);
    expect(hit).toMatchObject({
      conversationName: 'Everyone',
      snippet: 'Freezer delivery arrives Tuesday morning',
      author: { username: 'mia' },
    });
    const [inRoom] = await w.ok('messages.search', { query: 'courier' }, w.otherClerk);
    expect(inRoom!.conversationName).toBe('Payroll');
  });

  it('ranks repeated words in short messages first, each hit with a snippet of its own text', async () => {
    const conversationId = w.room('everyone');
    const long = await w.ok(
      'messages.post',
      { conversationId, body: `Inventory ${'and the usual weekly paperwork '.repeat(12)}then the rota` },
      w.manager,
    );
    const short = await w.ok('messages.post', { conversationId, body: 'Rota, rota, rota!' }, w.manager);
    const hits = await w.ok('messages.search', { query: 'rota' }, w.clerk);
    expect(hits.map((hit) => hit.id)).toEqual([short.id, long.id]);
    expect(hits[0]!.snippet).toBe('Rota, rota, rota!');
    expect(hits[1]!.snippet).toMatch(/rota$/);
    expect(hits[1]!.snippet.startsWith('…')).toBe(true);
    // Accents are ignored both ways.
    expect(await bodies('cafe')).toEqual([]);
    await w.ok('messages.post', { conversationId, body: 'Café closes early' }, w.manager);
    expect(await bodies('CAFE')).toEqual(['Café closes early']);
    expect(await bodies('café')).toEqual(['Café closes early']);
  });

  it('takes punctuation, FTS operators and SQL-looking text as plain words', async () => {
    for (const query of ['"', '*', ')', '(', '"*"', '-', '^', ':', '{}', '""', '" NEAR "']) {
      const result = await w.t.call('messages.search', { query }, w.clerk.token);
      expect([query, result]).toMatchObject([query, { ok: true, data: [] }]);
    }
    expect(await bodies('OR')).toEqual(['Use "quotes" * stars OR brackets ) freely']);
    expect(await bodies('NEAR(quotes')).toEqual([]);
    expect(await bodies('"quotes" OR')).toEqual(['Use "quotes" * stars OR brackets ) freely']);
    expect(await bodies('brackets )')).toEqual(['Use "quotes" * stars OR brackets ) freely']);
    expect(await bodies("'); DROP TABLE messages; --")).toEqual(["Robert'); DROP TABLE messages; -- was a joke"]);
    expect(await bodies('* OR 1=1')).toEqual([]);
    // A number is searched in the text only, never matched against the conversation it is in.
    expect(await bodies(String(w.room('everyone')))).toEqual([]);
    expect(w.sql.prepare('SELECT COUNT(*) FROM messages').pluck().get()).toBeGreaterThan(0);
    expect(toMessageQuery('a "b" OR c*')?.match).toBe('body : "a" body : "b" body : "or" body : "c"');
    expect(toMessageQuery('!!! ')).toBeNull();
  });

  it('searches one conversation when asked, and refuses one the caller is not in', async () => {
    expect(await bodies('delivery', w.admin, w.room('store', w.storeB))).toEqual(['North delivery of croissants']);
    await w.refused('messages.search', { query: 'delivery', conversationId: customRoom }, w.clerk, 'FORBIDDEN');
    await w.refused('messages.search', { query: '' }, w.clerk, 'VALIDATION');
    await w.refused('messages.search', { query: 'x'.repeat(201) }, w.clerk, 'VALIDATION');
  });
});

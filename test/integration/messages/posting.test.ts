import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_MAX_LENGTH } from '../../../shared/contract/messages';
import { openMessagingWorld, type MessagingWorld } from './messaging-world';

let w: MessagingWorld;

beforeAll(async () => {
  w = await openMessagingWorld();
}, 60_000);

afterAll(() => w?.dispose());

const storedBody = (id: number) => w.sql.prepare('SELECT body FROM messages WHERE id = ?').pluck().get(id);
const messageCount = () => w.sql.prepare('SELECT COUNT(*) FROM messages').pluck().get() as number;

describe('posting and reading', () => {
  it('posts as the caller at the clock’s time and lists pages newest first, scrolling up with `before`', async () => {
    const conversationId = w.room('store', w.storeA);
    const posted = [];
    for (let n = 1; n <= 7; n++) {
      posted.push(await w.ok('messages.post', { conversationId, body: `Note ${n}` }, n % 2 ? w.clerk : w.manager));
    }
    expect(posted[0]).toMatchObject({
      conversationId,
      author: { id: w.clerk.id, username: 'carl', displayName: 'Carl' },
      body: 'Note 1',
      record: null,
      mentions: [],
      createdAt: w.t.clock.now().toISOString(),
      editedAt: null,
      deletedAt: null,
      pinnedAt: null,
      pinnedBy: null,
    });
    expect(posted[0]!.uid).toMatch(/^[0-9a-f-]{36}$/);

    const first = await w.ok('messages.list', { conversationId, limit: 3 }, w.otherClerk);
    expect(first.messages.map((m) => m.body)).toEqual(['Note 7', 'Note 6', 'Note 5']);
    expect(first.hasMore).toBe(true);
    const second = await w.ok(
      'messages.list',
      { conversationId, limit: 3, before: first.messages[2]!.id },
      w.otherClerk,
    );
    expect(second.messages.map((m) => m.body)).toEqual(['Note 4', 'Note 3', 'Note 2']);
    expect(second.hasMore).toBe(true);
    const last = await w.ok(
      'messages.list',
      { conversationId, limit: 3, before: second.messages[2]!.id },
      w.otherClerk,
    );
    expect(last).toEqual({ messages: [expect.objectContaining({ body: 'Note 1' })], hasMore: false });
    // The default page is 50.
    expect((await w.ok('messages.list', { conversationId }, w.otherClerk)).messages).toHaveLength(7);
    await w.refused('messages.list', { conversationId, limit: 101 }, w.clerk, 'VALIDATION');
  });

  it('stores HTML and SQL-looking text exactly as typed', async () => {
    const conversationId = w.room('everyone');
    const bodies = [
      '<script>alert("hi")</script> & <b>bold</b>',
      "Robert'); DROP TABLE messages; --",
      '1 OR 1=1 /* "quoted" */ \\ %_ @',
      'Émile’s café — 10% off ✓',
    ];
    for (const body of bodies) {
      const message = await w.ok('messages.post', { conversationId, body }, w.clerk);
      expect(message.body).toBe(body);
      expect(storedBody(message.id)).toBe(body);
    }
  });

  it('refuses an empty, blank or oversized message, and takes one of exactly the longest length', async () => {
    const conversationId = w.room('everyone');
    const before = messageCount();
    for (const body of ['', '   \n\t ', 'x'.repeat(MESSAGE_MAX_LENGTH + 1)]) {
      await w.refused('messages.post', { conversationId, body }, w.clerk, 'VALIDATION');
    }
    expect(messageCount()).toBe(before);
    const longest = await w.ok('messages.post', { conversationId, body: 'y'.repeat(MESSAGE_MAX_LENGTH) }, w.clerk);
    expect(longest.body).toHaveLength(MESSAGE_MAX_LENGTH);
    // The database holds the same bounds whatever writes to it.
    expect(() =>
      w.sql
        .prepare(`INSERT INTO messages (uid, conversation_id, author_id, body, created_at) VALUES (?, ?, ?, '', 'x')`)
        .run('00000000-0000-7000-8000-000000000001', conversationId, w.clerk.id),
    ).toThrow(/CHECK/);
  });

  it('refuses a message of only invisible characters as it refuses a blank one, posted or edited in', async () => {
    const conversationId = w.room('everyone');
    const blank = await w.refused('messages.post', { conversationId, body: '   ' }, w.clerk, 'VALIDATION');
    const before = messageCount();
    const invisible = [
      '\u200B',
      '\u00A0\u200B\u00A0',
      '\u200C\u200D\u2060\uFEFF',
      '\u00AD\u200E\u2800\u3164',
      ' \u202F\u2007\n\u200B\t',
    ];
    for (const body of invisible) {
      const refused = await w.refused('messages.post', { conversationId, body }, w.clerk, 'VALIDATION');
      expect(refused.details).toEqual(blank.details);
    }
    expect(messageCount()).toBe(before);

    const message = await w.ok('messages.post', { conversationId, body: 'Fridge 3 is warm' }, w.clerk);
    for (const body of invisible) {
      await w.refused('messages.edit', { messageId: message.id, body }, w.clerk, 'VALIDATION');
    }
    expect(storedBody(message.id)).toBe('Fridge 3 is warm');
    // Joiners inside visible text are part of it: a family emoji and a word with a soft hyphen post as typed.
    for (const body of ['\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', 'over\u00ADstock']) {
      expect((await w.ok('messages.post', { conversationId, body }, w.clerk)).body).toBe(body);
    }
  });

  it('records @mentions of people who can see the conversation; unknown names stay text', async () => {
    const conversationId = w.room('store', w.storeA);
    const message = await w.ok(
      'messages.post',
      { conversationId, body: '@mia the fridge is off. @Cora can you check? cc @nobody and mail@carl.example' },
      w.clerk,
    );
    expect(message.mentions.map((mention) => mention.username).sort()).toEqual(['cora', 'mia']);
    expect(message.body).toContain('@nobody');
  });

  it('refuses a mention of someone who cannot see the conversation, naming them, and posts nothing', async () => {
    const conversationId = w.room('store', w.storeA);
    const before = messageCount();
    const error = await w.refused(
      'messages.post',
      { conversationId, body: 'Ask @bea and @mia about it' },
      w.clerk,
      'VALIDATION',
    );
    expect(error.message).toContain('@bea');
    expect(error.message).not.toContain('@mia');
    expect(error.details).toEqual({ usernames: ['bea'] });
    expect(messageCount()).toBe(before);
    // A clerk is not in the managers' room, so cannot be mentioned there.
    const managers = await w.refused(
      'messages.post',
      { conversationId: w.room('managers'), body: 'Rota for @carl' },
      w.manager,
      'VALIDATION',
    );
    expect(managers.details).toEqual({ usernames: ['carl'] });
  });

  it('attaches existing records with a label, refuses unknown ones, and threads them by record', async () => {
    const milk = w.product('Oat Milk 1L');
    const storeA = w.room('store', w.storeA);
    const storeB = w.room('store', w.storeB);
    const first = await w.ok(
      'messages.post',
      { conversationId: storeA, body: 'Delivery short by 2', record: { kind: 'product', id: milk } },
      w.clerk,
    );
    expect(first.record).toEqual({ kind: 'product', id: milk, label: 'Oat Milk 1L' });
    await w.ok(
      'messages.post',
      { conversationId: storeB, body: 'We have spare', record: { kind: 'product', id: milk } },
      w.storeBClerk,
    );
    const third = await w.ok(
      'messages.post',
      { conversationId: w.room('everyone'), body: 'Who has oat milk?', record: { kind: 'product', id: milk } },
      w.manager,
    );

    const before = messageCount();
    const unknown = await w.refused(
      'messages.post',
      { conversationId: storeA, body: 'About this order', record: { kind: 'order', id: 424_242 } },
      w.clerk,
      'NOT_FOUND',
    );
    expect(unknown.message).toBe('There is no such order.');
    await w.refused(
      'messages.post',
      { conversationId: storeA, body: 'x', record: { kind: 'invoice', id: 1 } },
      w.clerk,
      'VALIDATION',
    );
    expect(messageCount()).toBe(before);

    // Each reader sees the thread's messages in the conversations they belong to, oldest first.
    const clerkThread = await w.ok('messages.recordThread', { kind: 'product', id: milk }, w.clerk);
    expect(clerkThread.map((m) => m.id)).toEqual([first.id, third.id]);
    const adminThread = await w.ok('messages.recordThread', { kind: 'product', id: milk }, w.admin);
    expect(adminThread.map((m) => m.body)).toEqual(['Delivery short by 2', 'We have spare', 'Who has oat milk?']);
    await w.refused('messages.recordThread', { kind: 'customer', id: 777 }, w.clerk, 'NOT_FOUND');
    expect(await w.ok('messages.recordThread', { kind: 'product', id: w.product('Unmentioned') }, w.clerk)).toEqual([]);
  });
});

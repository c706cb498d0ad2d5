import type { InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../shared/contract';
import {
  withArrival,
  withMessage,
  withoutMessage,
  withThreadMessage,
} from '../../../renderer/api/hooks/useMessagesCache';
import { conversation, GRACE, LINUS, message } from './message-fixtures';

type Pages = InfiniteData<ChannelOutput<'messages.list'>, number | null>;

const pages: Pages = {
  pages: [
    { messages: [message(5), message(4)], hasMore: true },
    { messages: [message(3)], hasMore: false },
  ],
  pageParams: [null, 4],
};

const ids = (data: Pages) => data.pages.map((page) => page.messages.map((shown) => shown.id));

describe('putting a message into a conversation that is on screen', () => {
  it('puts a new message first on the newest page (pages run newest first)', () => {
    expect(ids(withMessage(pages, message(6)))).toEqual([[6, 5, 4], [3]]);
  });

  it('replaces a message it already shows, on whichever page, instead of showing it twice', () => {
    const edited = withMessage(pages, message(3, { body: 'changed', editedAt: '2026-12-06T09:05:00.000Z' }));
    expect(ids(edited)).toEqual([[5, 4], [3]]);
    expect(edited.pages[1]!.messages[0]!.body).toBe('changed');
    expect(ids(withMessage(withMessage(pages, message(6)), message(6)))).toEqual([[6, 5, 4], [3]]);
  });

  it('adds to a record thread at its end, or replaces in place', () => {
    const thread = [message(1), message(2)];
    expect(withThreadMessage(thread, message(3)).map((shown) => shown.id)).toEqual([1, 2, 3]);
    expect(withThreadMessage(thread, message(1, { body: 'x' }))[0]!.body).toBe('x');
  });
});

describe('counting what arrives', () => {
  const list = [conversation(7, 'everyone', 'Everyone', { unread: 1 }), conversation(8, 'store', 'Harbour')];

  it('counts a message from someone else as unread, and as a mention when it names the reader', () => {
    const arrived = message(9, { author: GRACE, mentions: [{ staffId: LINUS.id, username: 'linus' }] });
    const counted = withArrival(list, arrived, LINUS.id)!;
    expect(counted[0]).toMatchObject({ unread: 2, unreadMentions: 1, lastMessageAt: arrived.createdAt });
    expect(counted[1]).toEqual(list[1]);
  });

  it('does not count the reader’s own message', () => {
    expect(withArrival(list, message(9, { author: LINUS }), LINUS.id)![0]).toMatchObject({
      unread: 1,
      unreadMentions: 0,
    });
  });

  it('says when the conversation is not listed yet, so the list is read again', () => {
    expect(withArrival(list, message(9, { conversationId: 99 }), LINUS.id)).toBeNull();
  });
});

describe('a deleted message in record threads', () => {
  it('leaves the thread that shows it, and no other', () => {
    const thread = [message(1), message(2), message(3)];
    expect(withoutMessage(thread, 2).map((shown) => shown.id)).toEqual([1, 3]);
    const other = [message(4)];
    expect(withoutMessage(other, 2)).toBe(other);
  });
});

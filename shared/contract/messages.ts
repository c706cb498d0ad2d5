import { z } from 'zod';
import { channel } from './channel';
import { empty, id, isoTimestamp, text } from './common';

/**
 * Staff messaging: conversations (the chain-wide room, the managers' room, one per store, custom
 * rooms with named members, and direct messages between two people), messages that can be
 * attached to a record, @mentions, unread counts, pins, and full-text search. A person only ever
 * reads, posts in or hears of a conversation they belong to.
 */

/**
 * Who belongs to a conversation:
 * - `everyone`: every active member of staff (shift handovers for the whole chain);
 * - `managers`: managers and admins;
 * - `store`: the staff of one store, and admins;
 * - `custom`: the members it names;
 * - `direct`: exactly two people.
 */
export const CONVERSATION_KINDS = ['everyone', 'managers', 'store', 'custom', 'direct'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** The records a message can be attached to; each has a page with the thread of its messages. */
export const MESSAGE_RECORD_KINDS = ['product', 'order', 'purchase_order', 'customer', 'transfer'] as const;
export type MessageRecordKind = (typeof MESSAGE_RECORD_KINDS)[number];

/** The longest message: a handover note, not a document. */
export const MESSAGE_MAX_LENGTH = 4000;

/** How long after posting its author may still edit or delete a message. */
export const MESSAGE_EDIT_WINDOW_MINUTES = 15;

/** Whether a message posted at `createdAt` is still within its author's edit window at `now` (ms); the last instant included. */
export function withinEditWindow(createdAt: string, now: number): boolean {
  return now - Date.parse(createdAt) <= MESSAGE_EDIT_WINDOW_MINUTES * 60_000;
}

/** Unread counts stop here (a room unread for months would otherwise be counted to the last message); show it as "999+". */
export const UNREAD_COUNT_LIMIT = 999;

export const recordRef = z.strictObject({ kind: z.enum(MESSAGE_RECORD_KINDS), id });
export type RecordRef = z.infer<typeof recordRef>;

export const messageAuthor = z.object({ id, username: z.string(), displayName: z.string() });

export const message = z.object({
  id,
  uid: z.string(),
  conversationId: id,
  author: messageAuthor,
  /** Empty once deleted; always plain text, rendered as text and never as HTML. */
  body: z.string(),
  /** The attached record with a label to show ('Order 1042', a product's name). */
  record: z.object({ kind: z.enum(MESSAGE_RECORD_KINDS), id, label: z.string() }).nullable(),
  /** The people the text @mentions who can see the conversation. */
  mentions: z.array(z.object({ staffId: id, username: z.string() })),
  createdAt: isoTimestamp,
  editedAt: isoTimestamp.nullable(),
  deletedAt: isoTimestamp.nullable(),
  pinnedAt: isoTimestamp.nullable(),
  pinnedBy: messageAuthor.nullable(),
});
export type Message = z.infer<typeof message>;

export const conversation = z.object({
  id,
  kind: z.enum(CONVERSATION_KINDS),
  /** The room's name; for a direct conversation, the other person's display name. */
  name: z.string(),
  storeId: id.nullable(),
  /** For a direct conversation, the other person. */
  withStaff: messageAuthor.nullable(),
  unread: z.number().int().min(0),
  /** Unread messages that mention the caller. */
  unreadMentions: z.number().int().min(0),
  lastMessageAt: isoTimestamp.nullable(),
});
export type Conversation = z.infer<typeof conversation>;

/**
 * Characters that show nothing by themselves: spaces of every width, zero-width and other format
 * characters (U+200B, U+200D, U+2060, U+FEFF, the soft hyphen, direction marks), controls, the
 * Hangul fillers and the blank Braille pattern.
 */
const NOTHING_VISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\u2800]*$/u;

/** Whether a message would show anything: one of invisible characters only reads as an empty message. */
export function hasVisibleText(body: string): boolean {
  return !NOTHING_VISIBLE.test(body);
}

/**
 * A message's text: blank means nothing visible, so text of invisible characters only is refused
 * with the very issue of a blank one (characters joined inside visible text, an emoji's
 * zero-width joiners, stay as typed).
 */
const messageBody = text(MESSAGE_MAX_LENGTH).check((context) => {
  // Empty after trimming is already refused by text()'s own minimum.
  if (context.value === '' || hasVisibleText(context.value)) return;
  context.issues.push({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: context.value });
});

export const messagesChannels = {
  /** The caller's conversations, with unread counts, for the sidebar. Rooms are listed even before their first message. */
  'messages.listConversations': channel({
    input: empty,
    output: z.array(conversation),
    access: 'clerk',
    writes: false,
  }),
  /** A custom room with named members (the creator is always one). */
  'messages.createConversation': channel({
    input: z.strictObject({
      name: text(80),
      memberIds: z.array(id).min(1).max(500),
    }),
    output: conversation,
    access: 'manager',
    writes: true,
  }),
  /** The direct conversation with one person, opened on first use. */
  'messages.openDirect': channel({
    input: z.strictObject({ staffId: id }),
    output: conversation,
    access: 'clerk',
    writes: true,
  }),
  /**
   * One page of a conversation, newest first: the latest `limit` messages, or those older than
   * `before` (a message id) when scrolling up.
   */
  'messages.list': channel({
    input: z.strictObject({
      conversationId: id,
      before: id.optional(),
      limit: z.number().int().min(1).max(100).default(50),
    }),
    output: z.object({ messages: z.array(message), hasMore: z.boolean() }),
    access: 'clerk',
    writes: false,
  }),
  /** The pinned messages of a conversation (shift handover notes), newest pin first. */
  'messages.listPinned': channel({
    input: z.strictObject({ conversationId: id }),
    output: z.array(message),
    access: 'clerk',
    writes: false,
  }),
  /** The messages attached to one record, across the conversations the caller can see, oldest first. */
  'messages.recordThread': channel({
    input: recordRef,
    output: z.array(message),
    access: 'clerk',
    writes: false,
  }),
  /**
   * Posts a message. `@username` in the text mentions that person, who must be able to see the
   * conversation; a record, when given, must exist.
   */
  'messages.post': channel({
    input: z.strictObject({ conversationId: id, body: messageBody, record: recordRef.optional() }),
    output: message,
    access: 'clerk',
    writes: true,
  }),
  /** The author edits their own message within the edit window; the old text stays in the audit trail. */
  'messages.edit': channel({
    input: z.strictObject({ messageId: id, body: messageBody }),
    output: message,
    access: 'clerk',
    writes: true,
  }),
  /** The author deletes their own message within the edit window (a manager, any in their reach); the text stays in the audit trail. */
  'messages.delete': channel({
    input: z.strictObject({ messageId: id }),
    output: message,
    access: 'clerk',
    writes: true,
  }),
  /** Pins or unpins a message in a conversation the caller belongs to. */
  'messages.pin': channel({
    input: z.strictObject({ messageId: id, pinned: z.boolean() }),
    output: message,
    access: 'clerk',
    writes: true,
  }),
  /** Marks a conversation read up to and including a message. */
  'messages.markRead': channel({
    input: z.strictObject({ conversationId: id, upTo: id }),
    output: empty,
    access: 'clerk',
    writes: true,
  }),
  /** Full-text search across the messages the caller can see, best match first. */
  'messages.search': channel({
    input: z.strictObject({
      query: text(200),
      conversationId: id.optional(),
      limit: z.number().int().min(1).max(100).default(30),
    }),
    output: z.array(message.extend({ conversationName: z.string(), snippet: z.string() })),
    access: 'clerk',
    writes: false,
  }),
  /** People who can see a conversation, matching what follows an `@` in the composer. */
  'messages.mentionCandidates': channel({
    input: z.strictObject({ conversationId: id, prefix: z.string().trim().max(40) }),
    output: z.array(messageAuthor),
    access: 'clerk',
    writes: false,
  }),
};

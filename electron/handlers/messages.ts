import type { AuthedContext, Handler, HandlerRegistry } from '../host/context';
import { announce, announceRead } from '../services/messages/audience';
import { conversationView, listConversations } from '../services/messages/conversation-view';
import { createConversation } from '../services/messages/create-conversation';
import { deleteMessage } from '../services/messages/delete-message';
import { editMessage } from '../services/messages/edit-message';
import { listMessages, listPinned } from '../services/messages/list-messages';
import { markRead } from '../services/messages/mark-read';
import { mentionCandidates } from '../services/messages/mention-candidates';
import { openDirect } from '../services/messages/open-direct';
import { pinMessage } from '../services/messages/pin-message';
import { postMessage } from '../services/messages/post-message';
import { recordThread } from '../services/messages/record-thread';
import { searchMessages } from '../services/messages/search-messages';

function audit(ctx: AuthedContext, entity: 'messages' | 'conversations', entityId: number, details: object): void {
  Object.assign(ctx.audit, { entity, entityId, details });
}

const conversations: Handler<'messages.listConversations'> = (_input, ctx) => listConversations(ctx.sql, ctx.actor);

const create: Handler<'messages.createConversation'> = (input, ctx) => {
  const row = createConversation(ctx.sql, ctx.actor, ctx.clock.now(), input);
  audit(ctx, 'conversations', row.id, { kind: 'custom', memberIds: input.memberIds });
  return conversationView(ctx.sql, ctx.actor, row);
};

const direct: Handler<'messages.openDirect'> = (input, ctx) => {
  const row = openDirect(ctx.sql, ctx.actor, ctx.clock.now(), input.staffId);
  audit(ctx, 'conversations', row.id, { kind: 'direct', staffId: input.staffId });
  return conversationView(ctx.sql, ctx.actor, row);
};

const list: Handler<'messages.list'> = (input, ctx) => listMessages(ctx.sql, ctx.actor, input);

const pinned: Handler<'messages.listPinned'> = (input, ctx) => listPinned(ctx.sql, ctx.actor, input.conversationId);

const thread: Handler<'messages.recordThread'> = (input, ctx) => recordThread(ctx.sql, ctx.actor, input);

const post: Handler<'messages.post'> = (input, ctx) => {
  const { conversation, message } = postMessage(ctx.sql, ctx.actor, ctx.clock.now(), input);
  audit(ctx, 'messages', message.id, {
    conversationId: conversation.id,
    record: message.record && { kind: message.record.kind, id: message.record.id },
    mentions: message.mentions.map((mention) => mention.staffId),
  });
  announce(ctx.sql, ctx.events, 'message.posted', conversation, message);
  return message;
};

const edit: Handler<'messages.edit'> = (input, ctx) => {
  const { conversation, message, from } = editMessage(ctx.sql, ctx.actor, ctx.clock.now(), input);
  audit(ctx, 'messages', message.id, { changes: { body: { from, to: message.body } } });
  announce(ctx.sql, ctx.events, 'message.changed', conversation, message);
  return message;
};

const remove: Handler<'messages.delete'> = (input, ctx) => {
  const { conversation, message, from } = deleteMessage(ctx.sql, ctx.actor, ctx.clock.now(), input.messageId);
  audit(ctx, 'messages', message.id, { deleted: true, changes: { body: { from, to: message.body } } });
  announce(ctx.sql, ctx.events, 'message.changed', conversation, message);
  return message;
};

const pin: Handler<'messages.pin'> = (input, ctx) => {
  const { conversation, message, changed } = pinMessage(ctx.sql, ctx.actor, ctx.clock.now(), input);
  audit(ctx, 'messages', message.id, { pinned: input.pinned });
  if (changed) announce(ctx.sql, ctx.events, 'message.changed', conversation, message);
  return message;
};

const read: Handler<'messages.markRead'> = (input, ctx) => {
  markRead(ctx.sql, ctx.actor, ctx.clock.now(), input);
  announceRead(ctx.events, ctx.actor.staffId, input.conversationId, input.upTo);
  audit(ctx, 'conversations', input.conversationId, { readUpTo: input.upTo });
  return {};
};

const search: Handler<'messages.search'> = (input, ctx) => searchMessages(ctx.sql, ctx.actor, input);

const candidates: Handler<'messages.mentionCandidates'> = (input, ctx) => mentionCandidates(ctx.sql, ctx.actor, input);

export const messagesHandlers = {
  'messages.listConversations': conversations,
  'messages.createConversation': create,
  'messages.openDirect': direct,
  'messages.list': list,
  'messages.listPinned': pinned,
  'messages.recordThread': thread,
  'messages.post': post,
  'messages.edit': edit,
  'messages.delete': remove,
  'messages.pin': pin,
  'messages.markRead': read,
  'messages.search': search,
  'messages.mentionCandidates': candidates,
} satisfies Partial<HandlerRegistry>;

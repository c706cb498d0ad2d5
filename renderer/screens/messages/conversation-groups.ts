import type { Conversation, ConversationKind } from '../../../shared/contract/messages';

export interface ConversationGroup {
  label: string;
  conversations: Conversation[];
}

const GROUPS: { label: string; kinds: ConversationKind[] }[] = [
  { label: 'Rooms', kinds: ['everyone', 'managers'] },
  { label: 'Stores', kinds: ['store'] },
  { label: 'Custom rooms', kinds: ['custom'] },
  { label: 'Direct messages', kinds: ['direct'] },
];

/**
 * The sidebar's sections, empty ones left out, each in the host's order (rooms first, then the
 * latest talk first: messages.listConversations).
 */
export function groupConversations(conversations: readonly Conversation[]): ConversationGroup[] {
  return GROUPS.map(({ label, kinds }) => ({
    label,
    conversations: conversations.filter((conversation) => kinds.includes(conversation.kind)),
  })).filter((group) => group.conversations.length > 0);
}

/** One line under a conversation's name saying who reads it. */
export function audienceOf(conversation: Conversation): string {
  switch (conversation.kind) {
    case 'everyone':
      return 'Everyone on the staff, in every store';
    case 'managers':
      return 'Managers and admins';
    case 'store':
      return `Everyone at ${conversation.name}, and admins`;
    case 'custom':
      return 'The members named when the room was made';
    case 'direct':
      return `Only you and ${conversation.withStaff?.displayName ?? conversation.name}`;
  }
}

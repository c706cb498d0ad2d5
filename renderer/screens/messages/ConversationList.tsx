import { Badge, Group, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { Conversation } from '../../../shared/contract/messages';
import { groupConversations } from './conversation-groups';

/** The reader's conversations by section, each with what is unread in it and whether it names them. */
export function ConversationList({
  conversations,
  openId,
  onOpen,
}: {
  conversations: Conversation[];
  openId: number | null;
  onOpen: (id: number) => void;
}) {
  return (
    <Stack component="nav" aria-label="Conversations" gap="xs">
      {groupConversations(conversations).map((group) => (
        <Stack key={group.label} gap={0} role="group" aria-label={group.label}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="xs">
            {group.label}
          </Text>
          {group.conversations.map((conversation) => (
            <NavLink
              key={conversation.id}
              component="button"
              label={conversation.name}
              active={conversation.id === openId}
              aria-current={conversation.id === openId ? 'page' : undefined}
              fw={conversation.unread > 0 ? 700 : undefined}
              onClick={() => onOpen(conversation.id)}
              rightSection={<UnreadBadges conversation={conversation} />}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function UnreadBadges({ conversation }: { conversation: Conversation }) {
  if (conversation.unread === 0) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {conversation.unreadMentions > 0 && (
        <Badge size="sm" color="red" variant="filled" data-testid="mention-badge">
          @{conversation.unreadMentions}
          <VisuallyHidden> mentioning you</VisuallyHidden>
        </Badge>
      )}
      <Badge size="sm" variant="light" data-testid="unread-badge">
        {conversation.unread}
        <VisuallyHidden> unread</VisuallyHidden>
      </Badge>
    </Group>
  );
}

import { Button, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRef, useState } from 'react';
import type { Conversation } from '../../../shared/contract/messages';
import { usePostMessage } from '../../api/hooks/useMessages';
import { Composer } from '../../components/messages/Composer';
import { RECORD_KIND_LABELS } from '../../components/messages/record-path';
import { AttachRecordDialog, type Attachment } from './AttachRecordDialog';
import { audienceOf } from './conversation-groups';
import { MessageList } from './MessageList';
import { PinnedStrip } from './PinnedStrip';

/** The open conversation: who reads it, its pinned notes, its messages (newest at the bottom) and the composer. */
export function ConversationPane({ conversation }: { conversation: Conversation }) {
  const post = usePostMessage();
  const scroller = useRef<HTMLDivElement>(null);
  const [attached, setAttached] = useState<Attachment | null>(null);
  const [attachOpened, attachDialog] = useDisclosure(false);

  async function send(body: string) {
    const record = attached ? { kind: attached.kind, id: attached.id } : undefined;
    await post.mutateAsync({ conversationId: conversation.id, body, ...(record ? { record } : {}) });
    setAttached(null);
    // One's own message always comes into view, even when reading further up.
    scroller.current?.scrollTo({ top: 0 });
  }

  return (
    <>
      <Stack gap={0}>
        <Title order={3}>{conversation.name}</Title>
        <Text size="xs" c="dimmed">
          {audienceOf(conversation)}
        </Text>
      </Stack>
      <PinnedStrip conversationId={conversation.id} />
      <MessageList conversation={conversation} scroller={scroller} />
      {attached && (
        <Group gap={4}>
          <Text size="xs">
            Attached: {RECORD_KIND_LABELS[attached.kind]} {attached.label}
          </Text>
          <CloseButton size="sm" aria-label="Remove the attached record" onClick={() => setAttached(null)} />
        </Group>
      )}
      <Composer
        conversationId={conversation.id}
        label="Message"
        placeholder={`Message ${conversation.kind === 'direct' ? conversation.name : `the ${conversation.name} room`}`}
        sending={post.isPending}
        error={post.error}
        tools={
          <Button size="xs" variant="default" onClick={attachDialog.open}>
            Attach record
          </Button>
        }
        onSend={send}
      />
      <AttachRecordDialog opened={attachOpened} onClose={attachDialog.close} onAttach={setAttached} />
    </>
  );
}

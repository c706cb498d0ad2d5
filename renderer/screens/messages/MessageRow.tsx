import { ActionIcon, Box, Button, Group, Menu, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type Ref } from 'react';
import { hasVisibleText, MESSAGE_MAX_LENGTH, type Message } from '../../../shared/contract/messages';
import { useDeleteMessage, useEditMessage, usePinMessage } from '../../api/hooks/useMessages';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConfirmDialog } from '../../components/inventory/ConfirmDialog';
import { MessageCard } from '../../components/messages/MessageCard';
import { messagePermissions } from './message-rules';

/** A message in the open conversation, with what the reader may do to it: edit, delete, pin. */
export function MessageRow({ message, ref }: { message: Message; ref?: Ref<HTMLDivElement> }) {
  const staff = useCurrentStaff();
  const [editing, setEditing] = useState(false);
  const [confirmOpened, confirm] = useDisclosure(false);
  const pin = usePinMessage();
  const remove = useDeleteMessage();
  const may = messagePermissions(message, staff, Date.now());

  const actions =
    may.edit || may.delete || may.pin ? (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" size="sm" aria-label="Message actions">
            ⋯
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {may.pin && (
            <Menu.Item onClick={() => pin.mutate({ messageId: message.id, pinned: message.pinnedAt === null })}>
              {message.pinnedAt === null ? 'Pin' : 'Unpin'}
            </Menu.Item>
          )}
          {may.edit && <Menu.Item onClick={() => setEditing(true)}>Edit</Menu.Item>}
          {may.delete && (
            <Menu.Item color="red" onClick={confirm.open}>
              Delete
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
    ) : null;

  return (
    <Box ref={ref}>
      {editing ? (
        <EditMessage message={message} onDone={() => setEditing(false)} />
      ) : (
        <MessageCard message={message} readerUsername={staff.username} actions={actions} />
      )}
      <ErrorAlert error={pin.error} />
      <ConfirmDialog
        opened={confirmOpened}
        title="Delete this message?"
        confirmLabel="Delete message"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate({ messageId: message.id }, { onSuccess: confirm.close })}
        onClose={confirm.close}
      >
        Everyone in the conversation will see that a message was deleted; its text stays in the audit trail.
      </ConfirmDialog>
    </Box>
  );
}

function EditMessage({ message, onDone }: { message: Message; onDone: () => void }) {
  const [body, setBody] = useState(message.body);
  const edit = useEditMessage();
  const tooLong = body.length > MESSAGE_MAX_LENGTH;
  const blank = !hasVisibleText(body);
  function save() {
    if (blank || tooLong) return;
    edit.mutate({ messageId: message.id, body }, { onSuccess: onDone });
  }
  return (
    <Stack gap={4}>
      <Textarea
        aria-label="Edit message"
        autosize
        minRows={2}
        maxRows={8}
        value={body}
        autoFocus
        error={tooLong ? `Too long: ${MESSAGE_MAX_LENGTH} characters at most.` : undefined}
        onChange={(event) => setBody(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            save();
          }
          if (event.key === 'Escape') onDone();
        }}
      />
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button size="xs" onClick={save} loading={edit.isPending} disabled={blank || tooLong}>
          Save
        </Button>
      </Group>
      <ErrorAlert error={edit.error} />
    </Stack>
  );
}

import { Button, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useCreateConversation, useStaffDirectory } from '../../api/hooks/useMessages';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { ErrorAlert } from '../../components/ErrorAlert';

/** A custom room with a name and the people in it; its creator is always a member. */
export function NewRoomDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (conversationId: number) => void;
}) {
  const staff = useCurrentStaff();
  const directory = useStaffDirectory(opened);
  const create = useCreateConversation();
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const ready = name.trim().length > 0 && members.length > 0;

  function close() {
    setName('');
    setMembers([]);
    create.reset();
    onClose();
  }

  function submit() {
    if (!ready) return;
    create.mutate(
      { name: name.trim(), memberIds: members.map(Number) },
      {
        onSuccess: (conversation) => {
          close();
          onCreated(conversation.id);
        },
      },
    );
  }

  return (
    <Modal opened={opened} onClose={close} title="New room" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <TextInput
            label="Room name"
            placeholder="Weekend team"
            maxLength={80}
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <MultiSelect
            label="Members"
            description="You are in the room as well."
            placeholder="Add people"
            searchable
            data={(directory.data ?? [])
              .filter((person) => person.id !== staff.id)
              .map((person) => ({ value: String(person.id), label: `${person.displayName} (@${person.username})` }))}
            value={members}
            onChange={setMembers}
            nothingFoundMessage="Nobody by that name"
          />
          <ErrorAlert error={create.error ?? directory.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" disabled={!ready} loading={create.isPending}>
              Create room
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useConversations, useMentionCandidates, useOpenDirect, useStaffDirectory } from '../../api/hooks/useMessages';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCan } from '../../components/inventory/useCan';

interface Person {
  id: number;
  username: string;
  displayName: string;
}

const USERNAME_PREFIX = /^[A-Za-z0-9._ -]{0,40}$/;

/**
 * Opens the direct conversation with one person. Those who may read the staff list (managers) choose
 * from it; clerks, from the people of the Everyone room matching what they type.
 */
export function NewDirectDialog({
  opened,
  onClose,
  onOpened,
}: {
  opened: boolean;
  onClose: () => void;
  onOpened: (conversationId: number) => void;
}) {
  const staff = useCurrentStaff();
  const readsStaffList = useCan()('staff.list');
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search, 150);
  const [chosen, setChosen] = useState<Person | null>(null);
  const everyone = useConversations().data?.find((conversation) => conversation.kind === 'everyone') ?? null;
  const list = useStaffDirectory(readsStaffList && opened);
  // A chosen person's label fills the box; it is not a name to look up.
  const prefix = chosen === null && USERNAME_PREFIX.test(typed.trim()) ? typed.trim() : null;
  const candidates = useMentionCandidates(!readsStaffList && opened ? (everyone?.id ?? null) : null, prefix);
  const openDirect = useOpenDirect();
  const found: Person[] = (readsStaffList ? list.data : candidates.data) ?? [];
  const people = [...(chosen && !found.some((person) => person.id === chosen.id) ? [chosen] : []), ...found].filter(
    (person) => person.id !== staff.id,
  );

  function close() {
    setChosen(null);
    setSearch('');
    openDirect.reset();
    onClose();
  }

  function open() {
    if (chosen === null) return;
    openDirect.mutate(
      { staffId: chosen.id },
      {
        onSuccess: (conversation) => {
          close();
          onOpened(conversation.id);
        },
      },
    );
  }

  return (
    <Modal opened={opened} onClose={close} title="New direct message" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Only the two of you read a direct conversation.
        </Text>
        <Select
          label="Person"
          placeholder="Type a name"
          searchable
          data-autofocus
          data={people.map((person) => ({
            value: String(person.id),
            label: `${person.displayName} (@${person.username})`,
          }))}
          value={chosen === null ? null : String(chosen.id)}
          onChange={(value) => setChosen(people.find((person) => String(person.id) === value) ?? null)}
          searchValue={search}
          onSearchChange={setSearch}
          nothingFoundMessage="Nobody by that name"
        />
        <ErrorAlert error={openDirect.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={open} disabled={chosen === null} loading={openDirect.isPending}>
            Open conversation
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

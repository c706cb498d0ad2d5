import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useConversations } from '../../api/hooks/useMessages';
import { SearchIcon } from '../../components/icons';
import { QueryError } from '../../components/inventory/QueryError';
import { TableSkeleton } from '../../components/inventory/TableSkeleton';
import { useCan } from '../../components/inventory/useCan';
import { ConversationList } from './ConversationList';
import { ConversationPane } from './ConversationPane';
import { NewDirectDialog } from './NewDirectDialog';
import { NewRoomDialog } from './NewRoomDialog';
import { SearchResults } from './SearchResults';
import classes from './MessagesScreen.module.css';

/** Staff messaging: the conversations on the left, the open one on the right (kept in the address). */
export function MessagesScreen() {
  const can = useCan();
  const conversations = useConversations();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const [directOpened, directDialog] = useDisclosure(false);
  const [roomOpened, roomDialog] = useDisclosure(false);
  const openId = Number(params.get('conversation')) || null;
  const open = conversations.data?.find((conversation) => conversation.id === openId) ?? null;

  function openConversation(id: number) {
    setSearch('');
    setParams({ conversation: String(id) });
  }

  return (
    <div className={classes.screen}>
      <div className={classes.sidebar}>
        <Title order={2}>Messages</Title>
        <TextInput
          aria-label="Search messages"
          placeholder="Search messages"
          leftSection={<SearchIcon size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={directDialog.open}>
            New direct message
          </Button>
          {can('messages.createConversation') && (
            <Button size="xs" variant="default" onClick={roomDialog.open}>
              New room
            </Button>
          )}
        </Group>
        {query.trim() ? (
          <SearchResults query={query} onOpen={openConversation} />
        ) : conversations.isPending ? (
          <TableSkeleton rows={6} label="Loading conversations" />
        ) : conversations.isError ? (
          <QueryError error={conversations.error} onRetry={() => void conversations.refetch()} />
        ) : (
          <ConversationList conversations={conversations.data} openId={openId} onOpen={openConversation} />
        )}
      </div>
      <div className={classes.pane}>
        {open ? (
          <ConversationPane key={open.id} conversation={open} />
        ) : (
          <Stack gap="xs" py="xl" align="center">
            <Title order={4}>Pick a conversation</Title>
            <Text c="dimmed" size="sm" ta="center" maw={440}>
              The Everyone room reaches the whole staff, your store’s room everyone in your store. Write to one person
              with “New direct message”, and mention someone with @ so they see it first.
            </Text>
          </Stack>
        )}
      </div>
      <NewDirectDialog opened={directOpened} onClose={directDialog.close} onOpened={openConversation} />
      {can('messages.createConversation') && (
        <NewRoomDialog opened={roomOpened} onClose={roomDialog.close} onCreated={openConversation} />
      )}
    </div>
  );
}

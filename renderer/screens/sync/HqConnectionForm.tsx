import { Alert, Button, Group, PasswordInput, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { hqUrlRefusal, type HqConnectionView } from '../../../shared/contract';
import { isApiError } from '../../api/ApiError';
import { useSaveHqConnection, useTestSyncConnection } from '../../api/hooks/useSync';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TestResult } from './TestResult';

const SOURCE_LABELS: Record<HqConnectionView['source'], string> = {
  environment: 'the BACKROOM_HQ_URL variable on this machine',
  stored: 'saved here, encrypted',
  none: 'not set',
};

/** A refused save names why: the variable sets the address, or nothing here can encrypt it. */
function refusalTitle(error: unknown): string | undefined {
  if (!isApiError(error, 'CONFLICT')) return undefined;
  const refusal = hqUrlRefusal.safeParse(error.details);
  if (!refusal.success) return undefined;
  return refusal.data.reason === 'set-by-environment' ? `Set by ${refusal.data.variable}` : 'Cannot be saved here';
}

/**
 * Where head office is, taken apart and never with its password. An address typed here is sent
 * once (to test it or save it) and never shown again; where the environment sets it, or this
 * machine cannot encrypt it (browser mode), the form is read-only and says why.
 */
export function HqConnectionForm({ connection }: { connection: HqConnectionView }) {
  const save = useSaveHqConnection();
  const test = useTestSyncConnection();
  const [url, setUrl] = useState('');
  const typed = url.trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(typed, {
      onSuccess: () => {
        setUrl('');
        test.reset();
        notifications.show({ message: "Head office's address saved." });
      },
    });
  }

  return (
    <form onSubmit={submit} aria-label="Head office connection">
      <Stack gap="sm">
        <Table variant="vertical" aria-label="Head office connection">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th>Address</Table.Th>
              <Table.Td data-testid="hq-target">{connection.target ?? 'not set'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Comes from</Table.Th>
              <Table.Td data-testid="hq-source">{SOURCE_LABELS[connection.source]}</Table.Td>
            </Table.Tr>
            {connection.host !== null && (
              <Table.Tr>
                <Table.Th>Server, database, user</Table.Th>
                <Table.Td>
                  {connection.host}:{connection.port ?? 5432}, {connection.database ?? '(default)'},{' '}
                  {connection.user ?? '(default)'}
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
        {connection.note && (
          <Alert color={connection.editable ? 'yellow' : 'gray'} data-testid="hq-note">
            {connection.note}
          </Alert>
        )}
        {connection.editable && (
          <>
            <PasswordInput
              label={connection.source === 'stored' ? 'New address' : 'Address'}
              description="postgres://user:password@host:5432/database — kept encrypted by this computer's keychain."
              value={url}
              onChange={(event) => setUrl(event.currentTarget.value)}
              autoComplete="off"
              maxLength={2000}
            />
            <Group>
              <Button type="submit" disabled={typed === ''} loading={save.isPending}>
                Save address
              </Button>
              <Button
                variant="default"
                disabled={typed === ''}
                loading={test.isPending}
                onClick={() => test.mutate(typed)}
              >
                Test this address
              </Button>
              {connection.source === 'stored' && (
                <Button
                  variant="subtle"
                  color="red"
                  loading={save.isPending && save.variables === null}
                  onClick={() => save.mutate(null)}
                >
                  Forget the saved address
                </Button>
              )}
            </Group>
          </>
        )}
        <ErrorAlert error={save.error} titles={{ CONFLICT: refusalTitle(save.error) }} />
        <ErrorAlert error={test.error} />
        {test.data && <TestResult result={test.data} />}
      </Stack>
    </form>
  );
}

import {
  Alert,
  Button,
  Group,
  Modal,
  PasswordInput,
  Progress,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { RESTORE_CONFIRMATION, type BackupContents } from '../../../shared/contract';
import { formatBytes } from '../../../shared/format-bytes';
import { isApiError } from '../../api/ApiError';
import { useBackupContents, useRestoreBackup, useRestoreEvents } from '../../api/hooks/useBackups';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';

const PHASE_LABELS: Record<string, string> = {
  extract: 'Checking the backup',
  check: 'Checking the backup',
  migrate: 'Bringing it up to this version',
  snapshot: 'Backing up the current database',
  compress: 'Backing up the current database',
  replace: 'Putting the backup in place',
};

/** The backup's passphrase is asked only when the current one does not open it. */
function needsPassphrase(error: unknown): boolean {
  if (!isApiError(error, 'VALIDATION')) return false;
  const problem = (error.details as { problem?: string } | undefined)?.problem;
  return problem === 'wrongPassphrase' || problem === 'passphraseRequired';
}

/**
 * Restores one backup over the database: shows what it holds, asks for the confirmation typed out
 * (everything since the backup is replaced), then follows the restore until the window reloads.
 */
export function RestoreDialog({ name, onClose }: { name: string; onClose(): void }) {
  const contents = useBackupContents();
  const restore = useRestoreBackup();
  const { progress, ended } = useRestoreEvents();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const describe = contents.mutate;
  useEffect(() => describe({ name }), [describe, name]);

  const started = restore.isSuccess;
  const failed = ended && !ended.ok ? ended : null;
  const askPassphrase = needsPassphrase(contents.error) || needsPassphrase(restore.error);
  // A typed passphrase refused is told in the backend's words: it may be wrong, or the backup's key section damaged.
  const refusedTyped = [contents, restore].find(
    (attempt) => attempt.variables?.passphrase !== undefined && needsPassphrase(attempt.error),
  )?.error;
  const typedPassphrase = passphrase === '' ? {} : { passphrase };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!contents.data) return describe({ name, ...typedPassphrase });
    restore.mutate({ name, confirm: confirm as typeof RESTORE_CONFIRMATION, ...typedPassphrase });
  }

  return (
    <Modal opened onClose={started && !failed ? () => undefined : onClose} title={`Restore ${name}`} size="lg" centered>
      <form onSubmit={submit} aria-label="Restore a backup">
        <Stack gap="sm">
          {contents.data && <BackupContentsView contents={contents.data} />}
          {askPassphrase && (
            <PasswordInput
              label="This backup's passphrase"
              description="It was made with another passphrase than the current one."
              error={refusedTyped?.message}
              value={passphrase}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
              autoComplete="off"
            />
          )}
          {contents.isError && !askPassphrase && <ErrorAlert error={contents.error} />}
          {contents.data && !started && (
            <>
              <Alert color="red" title="This replaces the database">
                Everything written since this backup was taken is replaced by what the backup holds. The database as it
                is now is backed up to the backup folder first. Everyone is signed out of their screens while Backroom
                restores and reopens.
              </Alert>
              <TextInput
                label={`Type ${RESTORE_CONFIRMATION} to confirm`}
                value={confirm}
                onChange={(event) => setConfirm(event.currentTarget.value)}
                autoComplete="off"
              />
            </>
          )}
          {restore.isError && !askPassphrase && <ErrorAlert error={restore.error} />}
          {started && !failed && (
            <Stack gap={4}>
              <Progress
                value={progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0}
                animated
                aria-label="Restore progress"
              />
              <Text size="sm" c="dimmed" aria-live="polite" role="status">
                {progress ? (PHASE_LABELS[progress.phase] ?? progress.phase) : 'Starting'}… Backroom reloads when it is
                done.
              </Text>
            </Stack>
          )}
          {failed && (
            <Alert color="red" title="Nothing was restored" role="alert">
              {failed.message} The database is as it was.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={started && !failed}>
              {failed ? 'Close' : 'Cancel'}
            </Button>
            {!contents.data ? (
              <Button type="submit" loading={contents.isPending}>
                Open the backup
              </Button>
            ) : (
              <Button
                type="submit"
                color="red"
                loading={restore.isPending}
                disabled={confirm !== RESTORE_CONFIRMATION || started}
              >
                Restore this backup
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function BackupContentsView({ contents }: { contents: BackupContents }) {
  const tables = contents.tables.filter((table) => table.rows > 0);
  return (
    <Stack gap="xs" aria-label="What the backup holds">
      <Text size="sm">
        Taken {formatDateTime(contents.createdAt)} by {contents.app.name} {contents.app.version}
        {contents.store ? `, store ${contents.store.name} (${contents.store.code})` : ''};{' '}
        {formatBytes(contents.databaseBytes)} of data{contents.encrypted ? ', encrypted' : ''}.
      </Text>
      <Text size="sm" c="dimmed">
        Schema {contents.schemaVersion ?? 'unknown'}
        {contents.olderSchema ? ': older than this version, brought up to date as it is restored.' : '.'}
      </Text>
      <ScrollArea.Autosize mah={240}>
        <Table withTableBorder striped aria-label="Rows in the backup" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Table</Table.Th>
              <Table.Th ta="right">Rows</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tables.map((table) => (
              <Table.Tr key={table.name}>
                <Table.Td>{table.name}</Table.Td>
                <Table.Td ta="right">{table.rows.toLocaleString()}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}

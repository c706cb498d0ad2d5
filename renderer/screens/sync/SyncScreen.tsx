import { Alert, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useStartSync, useSyncSettings, useSyncStatus, useTestSyncConnection } from '../../api/hooks/useSync';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount } from '../../lib/format';
import { HqConnectionForm } from './HqConnectionForm';
import { hqSetupAdvice } from './hq-setup-advice';
import { SyncScheduleForm } from './SyncScheduleForm';
import { TestResult } from './TestResult';

function when(value: string | null): string {
  return value === null ? 'never' : new Date(value).toLocaleString();
}

/**
 * Head-office sync: where head office is (never its password), what waits to be sent, how the
 * last attempts went, buttons to test the connection, sync now (or retry) and reconcile, and the
 * settings: head office's address, sync on or off, and how often it runs on its own.
 */
export function SyncScreen() {
  const status = useSyncStatus();
  const settings = useSyncSettings();
  const enabled = settings.data?.enabled ?? true;
  const test = useTestSyncConnection();
  const run = useStartSync('sync.run');
  const reconcile = useStartSync('sync.reconcile');
  const data = status.data;
  const started = run.data ?? reconcile.data;
  return (
    <Stack gap="md" maw={760}>
      <Title order={2}>Head-office sync</Title>
      <ErrorAlert error={status.error} />
      {data && !data.configured && (
        <Alert color="yellow" title="Head office is not set up on this machine">
          {hqSetupAdvice(settings.data?.connection)}
        </Alert>
      )}
      {!enabled && (
        <Alert color="gray" title="Sync is turned off">
          Nothing leaves for head office until it is turned on again in the settings below.
        </Alert>
      )}
      {data && (
        <Card withBorder>
          <Table variant="vertical" aria-label="Sync status">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th>Head office</Table.Th>
                <Table.Td>{data.target ?? 'not set'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Changes waiting</Table.Th>
                <Table.Td data-testid="sync-pending">{formatCount(data.pending)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Last success</Table.Th>
                <Table.Td>{when(data.lastSuccessAt)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Last attempt</Table.Th>
                <Table.Td>{when(data.lastAttemptAt)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      )}
      {data?.lastError && (
        <Alert
          color="red"
          title={`The last ${data.failures > 1 ? `${data.failures} attempts` : 'attempt'} failed`}
          role="alert"
        >
          <Text size="sm">{data.lastError}</Text>
          {data.retryAt && <Text size="sm">Next automatic try after {when(data.retryAt)}.</Text>}
        </Alert>
      )}
      <Group>
        <Button disabled={!data?.configured || !enabled} loading={run.isPending} onClick={() => run.mutate()}>
          {data?.lastError ? 'Retry now' : 'Sync now'}
        </Button>
        <Button
          variant="default"
          disabled={!data?.configured}
          loading={test.isPending}
          onClick={() => test.mutate(undefined)}
        >
          Test connection
        </Button>
        <Button
          variant="default"
          disabled={!data?.configured}
          loading={reconcile.isPending}
          onClick={() => reconcile.mutate()}
        >
          Reconcile
        </Button>
      </Group>
      <ErrorAlert error={test.error ?? run.error ?? reconcile.error} />
      {test.data && <TestResult result={test.data} />}
      {started && (
        <Text size="sm">
          Started as job #{started.jobId}: follow it on the <Link to="/jobs">Jobs</Link> screen.
        </Text>
      )}
      <Title order={3}>Settings</Title>
      <ErrorAlert error={settings.error} />
      {settings.isPending ? (
        <Skeleton height={160} aria-label="Loading the sync settings" />
      ) : (
        settings.data && (
          <>
            <Card withBorder>
              <HqConnectionForm connection={settings.data.connection} />
            </Card>
            <Card withBorder>
              <SyncScheduleForm saved={settings.data} />
            </Card>
          </>
        )
      )}
    </Stack>
  );
}

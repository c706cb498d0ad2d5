import { Alert, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { OffsiteView } from '../../../shared/contract';
import { formatBytes } from '../../../shared/format-bytes';
import {
  useOffsite,
  useOffsiteList,
  useRefreshOffsite,
  useUploadOffsite,
  useVerifyOffsite,
} from '../../api/hooks/useOffsiteBackups';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryError } from '../../components/inventory/QueryError';
import { formatDateTime } from '../../lib/format';
import { BackupJob } from './BackupJob';
import { OffsiteSettingsForm } from './OffsiteSettingsForm';

/**
 * The off-site copy: every verified backup is also sent to an S3-compatible bucket, which is
 * thinned as the folder is. Shows how sending goes (a failure, and when it is tried again), sends
 * now, lists the bucket and verifies a backup from it.
 */
export function OffsiteBackups() {
  const view = useOffsite();
  const refresh = useRefreshOffsite();
  const upload = useUploadOffsite();
  const verify = useVerifyOffsite();
  const [showList, setShowList] = useState(false);
  const list = useOffsiteList(showList);
  const [job, setJob] = useState<{ id: number; kind: 'upload' | 'verify'; label: string; running: boolean } | null>(
    null,
  );
  const ended = useCallback(() => {
    setJob((current) => (current ? { ...current, running: false } : current));
    refresh();
  }, [refresh]);
  const busy = job?.running === true;
  const check = (name: string, toFolder: boolean) =>
    verify.mutate(
      { name, toFolder },
      {
        onSuccess: ({ jobId }) =>
          setJob({
            id: jobId,
            kind: 'verify',
            label: toFolder ? 'Copy from S3 into the folder' : `Check from S3 of ${name}`,
            running: true,
          }),
      },
    );

  return (
    <Stack gap="sm" aria-label="Off-site copies">
      <Title order={3}>Off-site copy (S3)</Title>
      {view.isPending ? (
        <Skeleton height={60} aria-label="Loading the S3 settings" />
      ) : view.isError ? (
        <QueryError error={view.error} onRetry={() => void view.refetch()} />
      ) : (
        <>
          <OffsiteStatus view={view.data} />
          {view.data.settings && view.data.secretSet && (
            <Group>
              <Button
                variant="default"
                disabled={busy}
                loading={upload.isPending}
                onClick={() =>
                  upload.mutate(undefined, {
                    onSuccess: ({ jobId }) => setJob({ id: jobId, kind: 'upload', label: 'Upload', running: true }),
                  })
                }
              >
                {view.data.status?.failures ? 'Retry now' : 'Send now'}
              </Button>
              <Button variant="subtle" onClick={() => (showList ? void list.refetch() : setShowList(true))}>
                {showList ? 'Refresh the bucket list' : 'Show the backups in the bucket'}
              </Button>
            </Group>
          )}
          {upload.isError && <ErrorAlert error={upload.error} />}
          {verify.isError && <ErrorAlert error={verify.error} />}
          {job?.kind === 'upload' && (
            <BackupJob key={job.id} jobId={job.id} label="Upload" onEnded={ended} told={uploaded} />
          )}
          {job?.kind === 'verify' && <BackupJob key={job.id} jobId={job.id} label={job.label} onEnded={ended} />}
          {showList &&
            (list.isPending ? (
              <Skeleton height={60} aria-label="Loading the backups in the bucket" />
            ) : list.isError ? (
              <ErrorAlert error={list.error} />
            ) : list.data.items.length === 0 ? (
              <Text c="dimmed">No backups in the bucket yet.</Text>
            ) : (
              <Table striped aria-label="Backups in the bucket">
                <Table.Tbody>
                  {list.data.items.map((backup) => (
                    <Table.Tr key={backup.name}>
                      <Table.Td>{backup.name}</Table.Td>
                      <Table.Td>{formatDateTime(backup.createdAt)}</Table.Td>
                      <Table.Td>{formatBytes(backup.bytes)}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="default" disabled={busy} onClick={() => check(backup.name, false)}>
                            Download and verify
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            disabled={busy}
                            onClick={() => check(backup.name, true)}
                            title="Verified, then copied into the backup folder, where it can be restored"
                          >
                            Bring back to the folder
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ))}
          <OffsiteSettingsForm saved={view.data} />
        </>
      )}
    </Stack>
  );
}

function OffsiteStatus({ view }: { view: OffsiteView }) {
  if (!view.settings)
    return (
      <Text size="sm" c="dimmed">
        Not set up: backups stay in the folder only. Give an S3-compatible bucket below to keep a copy off site.
      </Text>
    );
  const where = `${view.settings.bucket}${view.settings.prefix ? `/${view.settings.prefix}` : ''} at ${view.settings.endpoint}`;
  const status = view.status;
  return (
    <Stack gap={4}>
      <Text size="sm">
        Verified backups are also sent to {where}
        {view.source === 'environment' ? ' (named by the BACKROOM_S3_* variables Backroom was started with)' : ''}.
        {status?.lastUploadedAt ? ` Last sent ${formatDateTime(status.lastUploadedAt)}.` : ''}
        {status && status.pending > 0 && status.failures === 0 ? ` ${status.pending} waiting to be sent.` : ''}
      </Text>
      {!view.secretSet && (
        <Alert color="orange" title="Secret access key missing">
          Nothing is sent until the secret access key is typed below.
        </Alert>
      )}
      {status && status.failures > 0 && (
        <Alert
          color="red"
          title={`Upload failed${status.failures > 1 ? ` ${status.failures} times in a row` : ''}`}
          role="alert"
        >
          {status.lastError} The backups in the folder are unaffected.
          {status.nextAttemptAt ? ` Tried again at ${formatDateTime(status.nextAttemptAt)}.` : ''}
        </Alert>
      )}
    </Stack>
  );
}

/** What an upload sent and removed. */
function uploaded(result: unknown): string {
  const { uploaded, removed, inBucket } = result as { uploaded: string[]; removed: string[]; inBucket: number };
  return `Sent ${uploaded.length} backup(s), removed ${removed.length} old one(s); ${inBucket} in the bucket.`;
}

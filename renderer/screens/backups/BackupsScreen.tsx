import { Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import {
  useBackupSettings,
  useBackups,
  useRefreshBackups,
  useRunningBackupJobs,
  useStartBackup,
  useVerifyBackup,
} from '../../api/hooks/useBackups';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryError } from '../../components/inventory/QueryError';
import { BackupJob } from './BackupJob';
import { BackupList } from './BackupList';
import { BackupSettingsForm } from './BackupSettingsForm';
import { OffsiteBackups } from './OffsiteBackups';
import { RestoreDialog } from './RestoreDialog';
import { RunningBackupJobs } from './RunningBackupJobs';

/** Admins back up now, follow it, verify a backup again, and choose where and how often. */
export function BackupsScreen() {
  const settings = useBackupSettings();
  const backups = useBackups();
  const start = useStartBackup();
  const verify = useVerifyBackup();
  const refresh = useRefreshBackups();
  const runningJobs = useRunningBackupJobs();
  /** `notice`: why the job followed is not the one asked for. */
  const [job, setJob] = useState<{ id: number; label: string; running: boolean; notice?: string } | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const ended = useCallback(() => {
    setJob((current) => (current ? { ...current, running: false } : current));
    refresh();
  }, [refresh]);
  const busy = job?.running === true;

  return (
    <Stack gap="md">
      <Title order={2}>Backups</Title>
      <Text c="dimmed" size="sm">
        A backup is taken while Backroom keeps working, compressed, encrypted with the passphrase, and then restored to
        a temporary file to check it: only a verified backup counts. Scheduled backups then get SQLite&apos;s full
        integrity check in the background. Restoring one replaces the database, after backing up the current one.
      </Text>
      <Group>
        <Button
          onClick={() =>
            start.mutate(undefined, { onSuccess: ({ jobId }) => setJob({ id: jobId, label: 'Backup', running: true }) })
          }
          loading={start.isPending}
          disabled={busy || !settings.data?.folder}
        >
          Back up now
        </Button>
      </Group>
      {start.isError && <ErrorAlert error={start.error} />}
      {verify.isError && <ErrorAlert error={verify.error} />}
      {job?.running && job.notice && (
        <Text size="sm" role="status">
          {job.notice}
        </Text>
      )}
      {job && <BackupJob key={job.id} jobId={job.id} label={job.label} onEnded={ended} />}
      <RunningBackupJobs
        jobs={runningJobs.filter((running) => running.id !== job?.id)}
        backups={backups.data?.items ?? []}
      />
      {backups.isPending ? (
        <Skeleton height={80} aria-label="Loading the backups" />
      ) : backups.isError ? (
        <QueryError error={backups.error} onRetry={() => void backups.refetch()} />
      ) : (
        <BackupList
          items={backups.data.items}
          busy={busy}
          onVerify={(name) =>
            verify.mutate(name, {
              onSuccess: ({ jobId, alreadyRunning }) =>
                setJob(
                  alreadyRunning
                    ? {
                        id: jobId,
                        label: 'Full check',
                        running: true,
                        notice: `A full check is already running (below); verify ${name} once it has ended.`,
                      }
                    : { id: jobId, label: `Check of ${name}`, running: true },
                ),
            })
          }
          onRestore={setRestoring}
        />
      )}
      {restoring && <RestoreDialog key={restoring} name={restoring} onClose={() => setRestoring(null)} />}
      <Title order={3}>Settings</Title>
      {settings.isPending ? (
        <Skeleton height={120} aria-label="Loading the backup settings" />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <BackupSettingsForm saved={settings.data} />
      )}
      <OffsiteBackups />
    </Stack>
  );
}

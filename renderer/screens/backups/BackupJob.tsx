import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useJobEvents } from '../../api/hooks/useJobs';
import { describeProgress, progressPercent } from '../jobs/job-labels';

/**
 * Follows a backup, verify or upload job: a progress bar while it runs, then what it ended with,
 * told by `told` when the job succeeded (a verified backup's state by default).
 */
export function BackupJob({
  jobId,
  label,
  onEnded,
  told: tellSuccess,
}: {
  jobId: number;
  label: string;
  onEnded(): void;
  told?: (result: unknown) => ReactNode;
}) {
  const { progress, finished } = useJobEvents(jobId);
  // Told once per job, however often the screen renders meanwhile.
  const told = useRef(false);
  useEffect(() => {
    if (finished && !told.current) {
      told.current = true;
      onEnded();
    }
  }, [finished, onEnded]);

  if (!finished) {
    return (
      <Stack gap={4}>
        <Progress value={progressPercent(progress)} animated aria-label={`${label} progress`} />
        <Text size="sm" c="dimmed" aria-live="polite">
          {describeProgress(progress)}
        </Text>
      </Stack>
    );
  }
  if (finished.status === 'succeeded' && tellSuccess)
    return (
      <Text size="sm" role="status">
        {tellSuccess(finished.result)}
      </Text>
    );
  const result = finished.result as {
    name?: string;
    state?: string;
    fullyChecked?: boolean;
    error?: string | null;
  } | null;
  if (finished.status === 'succeeded' && result?.state === 'verified')
    return (
      <Text size="sm" role="status">
        {label}: {result.name} is {result.fullyChecked ? 'fully checked' : 'verified'}.
      </Text>
    );
  if (finished.status === 'cancelled')
    return (
      <Text size="sm" c="dimmed" role="status">
        Cancelled.
      </Text>
    );
  return (
    <Alert color="red" title={`${label} failed`} role="alert">
      {result?.error ?? finished.error ?? 'The job ended without a verified backup.'}
    </Alert>
  );
}

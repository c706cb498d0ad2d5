import { Progress, Stack, Text } from '@mantine/core';
import type { BackupSummary, JobSummary } from '../../../shared/contract';
import { describeProgress, progressPercent } from '../jobs/job-labels';

/**
 * Backups and full checks this window did not start (the schedule's, another window's or
 * admin's), each with its progress and the backup a check reads; each goes once it has ended.
 */
export function RunningBackupJobs({ jobs, backups }: { jobs: JobSummary[]; backups: BackupSummary[] }) {
  return jobs.map((job) => {
    const checked = backups.find((backup) => backup.checkJobId === job.id);
    const label = job.kind === 'backup.create' ? 'Backup' : checked ? `Full check of ${checked.name}` : 'Full check';
    return (
      <Stack key={job.id} gap={4}>
        <Text size="sm">
          {label}, started by {job.startedByName}
        </Text>
        <Progress value={progressPercent(job.progress)} animated aria-label={`${label} progress`} />
        <Text size="sm" c="dimmed" aria-live="polite">
          {describeProgress(job.progress)}
        </Text>
      </Stack>
    );
  });
}

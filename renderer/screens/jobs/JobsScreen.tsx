import { Badge, Button, Progress, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { JobSummary } from '../../../shared/contract';
import { canCall } from '../../../shared/permissions';
import { useCancelJob, useJobs } from '../../api/hooks/useJobs';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ManagersOnlyScreen } from '../../components/ManagersOnlyScreen';
import { formatDateTime } from '../../lib/format';
import { describeProgress, JOB_KIND_LABELS, JOB_STATUS_COLORS, JOB_STATUS_LABELS, progressPercent } from './job-labels';
import { summarizeResult } from './job-results';

/** Only for those the host lets list jobs: anyone else is told so once, and nothing is asked. */
export function JobsScreen() {
  const staff = useCurrentStaff();
  if (!canCall(staff.role, 'jobs.list')) return <ManagersOnlyScreen title="Jobs" subject="The Jobs screen" />;
  return <JobsList />;
}

/** Running and recent long work (demo data now; imports, rebuilds and backups later), with a way to stop it. */
function JobsList() {
  const jobs = useJobs();
  const cancelJob = useCancelJob();
  const staff = useCurrentStaff();

  return (
    <Stack gap="lg">
      <Title order={2}>Jobs</Title>
      <ErrorAlert error={cancelJob.error} />
      {jobs.isPending && <Skeleton height={160} aria-label="Loading jobs" />}
      {jobs.isError && <ErrorAlert error={jobs.error} />}
      {jobs.data && jobs.data.items.length === 0 && (
        <Text c="dimmed">
          No jobs yet. Long work, such as loading demo data from the Admin screen, shows up here while it runs, with a
          way to cancel it.
        </Text>
      )}
      {jobs.data && jobs.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Jobs" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Job</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th>By</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th w="40%">Progress</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.data.items.map((job) => (
                <Table.Tr key={job.id} data-testid="job-row">
                  <Table.Td>{JOB_KIND_LABELS[job.kind]}</Table.Td>
                  <Table.Td>{formatDateTime(job.startedAt)}</Table.Td>
                  <Table.Td>{job.startedByName}</Table.Td>
                  <Table.Td>
                    <Badge color={JOB_STATUS_COLORS[job.status]} variant="light">
                      {JOB_STATUS_LABELS[job.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <JobProgressCell job={job} />
                  </Table.Td>
                  <Table.Td>
                    {job.status === 'running' && (staff.role === 'admin' || staff.id === job.startedBy) && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Cancel job ${job.id}`}
                        loading={cancelJob.isPending && cancelJob.variables === job.id}
                        onClick={() => cancelJob.mutate(job.id)}
                      >
                        Cancel
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function JobProgressCell({ job }: { job: JobSummary }) {
  if (job.status === 'running') {
    return (
      <Stack gap={4}>
        <Progress value={progressPercent(job.progress)} animated aria-label={`Progress of job ${job.id}`} />
        <Text size="xs" c="dimmed">
          {describeProgress(job.progress)}
        </Text>
      </Stack>
    );
  }
  if (job.status === 'failed') return <Text size="sm">{job.error}</Text>;
  if (job.status === 'cancelled') return <Text size="sm">Cancelled; nothing of it was kept.</Text>;
  return <Text size="sm">{summarizeResult(job.kind, job.result)}</Text>;
}

import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { demoSummary, type DemoSummary } from '../../shared/contract';
import { useLoadDemoData } from '../api/hooks/useDemo';
import { useCancelJob, useJobEvents } from '../api/hooks/useJobs';
import { SESSION_KEY, SETUP_STATUS_KEY } from '../api/session';
import { describeProgress, progressPercent } from '../screens/jobs/job-labels';
import { ErrorAlert } from './ErrorAlert';

/**
 * Starts the demo data job and follows it: progress with its rate and time left, a cancel that
 * leaves the store as it was, and the ending. `children` are extra actions shown next to the
 * button (the first-run screen adds "Start empty"); they are disabled while loading.
 */
export function DemoDataLoader({
  onLoaded,
  children,
}: {
  onLoaded: (result: DemoSummary) => void;
  children?: (disabled: boolean) => ReactNode;
}) {
  const queryClient = useQueryClient();
  const loadDemoData = useLoadDemoData();
  const cancelJob = useCancelJob();
  const [jobId, setJobId] = useState<number | null>(null);
  const { progress, finished } = useJobEvents(jobId);
  const running = loadDemoData.isPending || (jobId !== null && !finished);
  // The parent's callback may change every render; the ending must reach it once.
  const onLoadedRef = useRef(onLoaded);
  onLoadedRef.current = onLoaded;

  useEffect(() => {
    if (finished?.status !== 'succeeded') return;
    // Everything read from the store may have changed; who is logged in has not.
    void queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] && query.queryKey[0] !== SETUP_STATUS_KEY[0],
    });
    const summary = demoSummary.safeParse(finished.result);
    if (summary.success) onLoadedRef.current(summary.data);
  }, [finished, queryClient]);

  function start() {
    cancelJob.reset();
    loadDemoData.mutate(undefined, { onSuccess: ({ jobId: started }) => setJobId(started) });
  }

  return (
    <Stack gap="sm">
      {running && (
        <Stack gap={4}>
          <Progress value={progressPercent(progress)} animated aria-label="Demo data progress" />
          <Text size="sm" c="dimmed" aria-live="polite">
            {describeProgress(progress)}
          </Text>
        </Stack>
      )}
      {finished?.status === 'cancelled' && (
        <Text size="sm" c="dimmed" role="status">
          Cancelled: nothing was loaded, the store is as it was.
        </Text>
      )}
      {finished?.status === 'failed' && (
        <Alert color="red" title="Demo data could not be loaded" role="alert">
          {finished.error ?? 'Nothing was loaded; please try again.'}
        </Alert>
      )}
      <ErrorAlert error={loadDemoData.error ?? cancelJob.error} />
      <Group>
        <Button onClick={start} loading={running} disabled={finished?.status === 'succeeded'}>
          Load demo data
        </Button>
        {running && jobId !== null && (
          <Button variant="default" onClick={() => cancelJob.mutate(jobId)} loading={cancelJob.isPending}>
            Cancel
          </Button>
        )}
        {children?.(running)}
      </Group>
    </Stack>
  );
}

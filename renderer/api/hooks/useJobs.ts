import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { JobSummary } from '../../../shared/contract';
import type { EventPayload } from '../../../shared/events';
import { invoke, onEvent } from '../client';

export const JOBS_KEY = ['jobs'] as const;

export type JobProgressEvent = EventPayload<'job.progress'>;
export type JobFinishedEvent = EventPayload<'job.finished'>;

/**
 * Running and recent jobs. Progress events reach only whoever started a job and admins, so while
 * any job runs the list is also read again every second; an ending refreshes it at once, and so
 * does the progress of a job the list does not hold yet (one the schedule or another window started).
 */
export function useJobs() {
  const queryClient = useQueryClient();
  const jobs = useQuery({
    queryKey: JOBS_KEY,
    queryFn: () => invoke('jobs.list', {}),
    refetchInterval: (query) => (query.state.data?.items.some((job) => job.status === 'running') ? 1_000 : false),
  });
  useEffect(() => {
    const stopProgress = onEvent('job.progress', ({ jobId, kind: _kind, ...progress }) => {
      const listed = queryClient.getQueryData<{ items: JobSummary[] }>(JOBS_KEY)?.items.some((job) => job.id === jobId);
      if (!listed) void queryClient.invalidateQueries({ queryKey: JOBS_KEY });
      else
        queryClient.setQueryData<{ items: JobSummary[] }>(JOBS_KEY, (data) =>
          data ? { items: data.items.map((job) => (job.id === jobId ? { ...job, progress } : job)) } : data,
        );
    });
    const stopFinished = onEvent('job.finished', () => void queryClient.invalidateQueries({ queryKey: JOBS_KEY }));
    return () => {
      stopProgress();
      stopFinished();
    };
  }, [queryClient]);
  return jobs;
}

export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => invoke('jobs.cancel', { id }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: JOBS_KEY }),
  });
}

/**
 * The latest progress and the ending of one job the caller started, from push events; both null
 * until they arrive. The job's record is read once as well, for a job that ended before the events
 * were listened to.
 */
export function useJobEvents(jobId: number | null): {
  progress: JobProgressEvent | null;
  finished: JobFinishedEvent | null;
} {
  const [progress, setProgress] = useState<JobProgressEvent | null>(null);
  const [finished, setFinished] = useState<JobFinishedEvent | null>(null);
  useEffect(() => {
    setProgress(null);
    setFinished(null);
    if (jobId === null) return undefined;
    const stopProgress = onEvent('job.progress', (event) => {
      if (event.jobId === jobId) setProgress(event);
    });
    const stopFinished = onEvent('job.finished', (event) => {
      if (event.jobId === jobId) setFinished(event);
    });
    let listening = true;
    void invoke('jobs.get', { id: jobId }).then(
      ({ kind, status, result, error }) => {
        if (listening && status !== 'running') setFinished((heard) => heard ?? { jobId, kind, status, result, error });
      },
      () => undefined, // the events still tell; a failed read changes nothing
    );
    return () => {
      listening = false;
      stopProgress();
      stopFinished();
    };
  }, [jobId]);
  return { progress, finished };
}

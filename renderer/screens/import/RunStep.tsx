import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { importResult, type ImportStartInput } from '../../../shared/contract';
import { useCancelJob, useJobEvents } from '../../api/hooks/useJobs';
import { useStartImport } from '../../api/hooks/useImports';
import { SESSION_KEY, SETUP_STATUS_KEY } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConfirmDialog } from '../../components/inventory/ConfirmDialog';
import { describeProgress, progressPercent } from '../jobs/job-labels';
import { DownloadRejects, ImportResultView } from './ImportResultView';

export interface StartedImport {
  jobId: number;
  rejectsFileId: string;
}

/**
 * Step 5: starts the import job and follows it (progress with rows per second and time left, a
 * cancel that leaves the store as it was), then shows its ending.
 */
export function RunStep({
  input,
  summary,
  fileName,
  started,
  onStarted,
  onRestart,
}: {
  input: ImportStartInput;
  summary: string;
  fileName: string;
  started: StartedImport | null;
  onStarted: (started: StartedImport) => void;
  onRestart: () => void;
}) {
  const queryClient = useQueryClient();
  const start = useStartImport();
  const cancelJob = useCancelJob();
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const { progress, finished } = useJobEvents(started?.jobId ?? null);
  const running = start.isPending || (started !== null && !finished);
  const parsed = finished?.status === 'succeeded' ? importResult.safeParse(finished.result) : null;

  useEffect(() => {
    if (finished?.status !== 'succeeded' || input.dryRun) return;
    // Any list may show imported records now; who is logged in has not changed.
    void queryClient.invalidateQueries({
      predicate: (query) =>
        query.queryKey[0] !== SESSION_KEY[0] &&
        query.queryKey[0] !== SETUP_STATUS_KEY[0] &&
        query.queryKey[0] !== 'imports',
    });
  }, [finished, input.dryRun, queryClient]);

  // The ending closes a pending cancel question and hands the keyboard to the next action.
  const again = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!finished) return;
    setConfirmingCancel(false);
    again.current?.focus();
  }, [finished]);

  return (
    <Stack gap="md">
      {!started && (
        <>
          <Text>{summary}</Text>
          <ErrorAlert error={start.error} />
          <Group>
            <Button
              onClick={() => start.mutate(input, { onSuccess: onStarted })}
              loading={start.isPending}
              data-autofocus
            >
              {input.dryRun ? 'Start dry run' : 'Start import'}
            </Button>
          </Group>
        </>
      )}
      {started && running && (
        <Stack gap={4}>
          <Progress value={progressPercent(progress)} animated aria-label="Import progress" />
          <Text size="sm" c="dimmed" aria-live="polite">
            {describeProgress(progress)}
          </Text>
          <Group mt="xs">
            <Button variant="default" onClick={() => setConfirmingCancel(true)}>
              Cancel import
            </Button>
          </Group>
        </Stack>
      )}
      {parsed?.success && <ImportResultView result={parsed.data} fileName={fileName} />}
      {parsed && !parsed.success && (
        <Alert color="orange" title="Import finished" role="status">
          The import finished, but its summary could not be read. Check the Jobs screen.
        </Alert>
      )}
      {finished?.status === 'cancelled' && (
        <Alert color="gray" title="Import cancelled" role="status">
          Nothing of this file was saved; the store is as it was.
        </Alert>
      )}
      {finished?.status === 'failed' && (
        <Stack gap="xs">
          <Alert color="red" title="Nothing was imported" role="alert">
            {finished.error ?? 'The import stopped; nothing was saved. Please try again.'}
          </Alert>
          {input.atomic && started && <DownloadRejects fileId={started.rejectsFileId} fileName={fileName} />}
        </Stack>
      )}
      {finished && (
        <Group>
          <Button ref={again} onClick={onRestart}>
            Import another file
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={confirmingCancel}
        title="Cancel this import?"
        confirmLabel="Cancel import"
        danger
        loading={cancelJob.isPending}
        error={cancelJob.error}
        onClose={() => setConfirmingCancel(false)}
        onConfirm={() => started && cancelJob.mutate(started.jobId, { onSuccess: () => setConfirmingCancel(false) })}
      >
        <Text size="sm">Nothing of this file will be saved: everything read so far is rolled back.</Text>
      </ConfirmDialog>
    </Stack>
  );
}

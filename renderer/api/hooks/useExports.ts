import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  exportResult,
  type ExportList,
  type ExportListInput,
  type ExportResult,
  type ListExportFormat,
} from '../../../shared/contract/exports';
import { invoke } from '../client';
import { downloadFile } from '../files';
import { useCancelJob, useJobEvents, type JobProgressEvent } from './useJobs';

/** Where one export is, from the click to the saved file. */
export type ExportState =
  | { step: 'idle' }
  | { step: 'starting' }
  | { step: 'running'; jobId: number; progress: JobProgressEvent | null }
  | { step: 'downloading'; result: ExportResult; done: number; total: number }
  | { step: 'done'; result: ExportResult }
  | { step: 'failed'; message: string; error: unknown }
  | { step: 'cancelled' };

/** The filters of one list, as its screen passes them to the list's channel (without paging). */
export type ExportListFilters<L extends ExportList> = Extract<ExportListInput, { list: L }>['input'];

type Download = { result: ExportResult; done: number; total: number };
type Ending = { step: 'done'; result: ExportResult } | { step: 'failed'; message: string; error: unknown };

/**
 * Starts an export job, follows it, and once it has succeeded fetches the file and hands it to the
 * browser to save, so one click ends in a download. Whoever started the job may cancel it while it
 * runs; the host allows one export per person at a time and answers CONFLICT to a second.
 */
function useExport<I>(startJob: (input: I) => Promise<{ jobId: number }>) {
  const start = useMutation({ mutationFn: startJob, meta: { errorsShownInline: true } });
  const cancelJob = useCancelJob();
  const [jobId, setJobId] = useState<number | null>(null);
  const { progress, finished } = useJobEvents(jobId);
  const [download, setDownload] = useState<Download | null>(null);
  const [ending, setEnding] = useState<Ending | null>(null);
  // The job's ending can be heard twice (the event and the read of its record); fetch the file once.
  const fetchedFor = useRef<number | null>(null);
  // A download still going when the screen closes must not set state on it.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (finished?.status !== 'succeeded' || fetchedFor.current === finished.jobId) return;
    fetchedFor.current = finished.jobId;
    const parsed = exportResult.safeParse(finished.result);
    if (!parsed.success) {
      setEnding({ step: 'failed', message: 'The export finished without a file. Please try again.', error: null });
      return;
    }
    const result = parsed.data;
    setDownload({ result, done: 0, total: result.bytes });
    downloadFile(result.fileId, result.name, (done, total) => {
      if (mounted.current) setDownload({ result, done, total });
    }).then(
      () => {
        if (!mounted.current) return;
        setDownload(null);
        setEnding({ step: 'done', result });
      },
      (error: unknown) => {
        if (!mounted.current) return;
        setDownload(null);
        setEnding({ step: 'failed', message: messageOf(error, 'The file could not be downloaded.'), error });
      },
    );
  }, [finished]);

  function begin(input: I) {
    start.reset();
    cancelJob.reset();
    setJobId(null);
    setDownload(null);
    setEnding(null);
    start.mutate(input, { onSuccess: ({ jobId: started }) => setJobId(started) });
  }

  function cancel() {
    if (jobId !== null && finished?.jobId !== jobId) cancelJob.mutate(jobId);
  }

  // Until the events of a newly started job are listened to, what was heard belongs to the last one.
  const ended = finished && finished.jobId === jobId ? finished : null;
  const state = ((): ExportState => {
    if (start.isPending) return { step: 'starting' };
    if (start.isError) return { step: 'failed', message: messageOf(start.error), error: start.error };
    if (jobId === null) return { step: 'idle' };
    if (!ended) return { step: 'running', jobId, progress: progress?.jobId === jobId ? progress : null };
    if (ended.status === 'cancelled') return { step: 'cancelled' };
    if (ended.status === 'failed') {
      return { step: 'failed', message: ended.error ?? 'The export stopped. Please try again.', error: null };
    }
    if (ending) return ending;
    return download ? { step: 'downloading', ...download } : { step: 'running', jobId, progress };
  })();

  return { state, begin, cancel, cancelling: cancelJob.isPending };
}

/** Exports one list, with the filters its screen shows, to CSV or Excel. */
export function useListExport<L extends ExportList>(list: L) {
  const { begin, ...rest } = useExport((input: ExportListInput) => invoke('exports.list', input));
  return {
    ...rest,
    start: (format: ListExportFormat, filters: ExportListFilters<L>) =>
      begin({ list, input: filters, format } as ExportListInput),
  };
}

/** Exports the whole database as a zip of CSV files with a manifest (admins only). */
export function useDatabaseExport() {
  const { begin, ...rest } = useExport(() => invoke('exports.database', { format: 'zip' }));
  return { ...rest, start: () => begin(undefined) };
}

function messageOf(error: unknown, fallback = 'Please try again.'): string {
  return error instanceof Error && error.message ? error.message : fallback;
}

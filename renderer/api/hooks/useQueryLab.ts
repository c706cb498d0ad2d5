import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ChannelInput } from '../../../shared/contract';
import { invoke } from '../client';

/** Runs one ready-made question; its errors are shown beside the form. */
export function useAskQuestion() {
  return useMutation({
    mutationFn: (input: ChannelInput<'queryLab.ask'>) => invoke('queryLab.ask', input),
    meta: { errorsShownInline: true },
  });
}

/**
 * A run that can be cancelled: each run gets an id of its own, and cancelling asks the host to end
 * the process running it (the run then fails with CONFLICT, `stopped: 'cancelled'`).
 */
function useCancellableRun<N extends 'queryLab.runSql' | 'queryLab.tryIndex'>(channel: N) {
  const current = useRef<string | null>(null);
  const run = useMutation({
    mutationFn: (input: Omit<ChannelInput<N>, 'runId'>) => {
      const runId = crypto.randomUUID();
      current.current = runId;
      return invoke(channel, { ...input, runId } as ChannelInput<N>).finally(() => {
        if (current.current === runId) current.current = null;
      });
    },
    meta: { errorsShownInline: true },
  });
  const cancel = () => {
    const runId = current.current;
    if (runId) void invoke('queryLab.cancel', { runId });
  };
  return { run, cancel };
}

export const useRunSql = () => useCancellableRun('queryLab.runSql');
export const useTryIndex = () => useCancellableRun('queryLab.tryIndex');

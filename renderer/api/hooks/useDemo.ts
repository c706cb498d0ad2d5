import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../client';
import { SESSION_KEY, SETUP_STATUS_KEY } from '../session';

/** Fills the store with the demo dataset; progress arrives through `useTaskProgress('demo')`. */
export function useLoadDemoData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invoke('demo.loadData', {}),
    // Everything read from the store may have changed; who is logged in has not.
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] && query.queryKey[0] !== SETUP_STATUS_KEY[0],
      }),
  });
}

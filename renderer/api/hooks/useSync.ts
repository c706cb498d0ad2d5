import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../client';

/** How often the status is read while the screen is open: a sync job moves it along. */
const STATUS_REFRESH_MS = 5_000;

/** Head office's address (without its password), what is pending and how the last attempts went. */
export function useSyncStatus() {
  return useQuery({
    queryKey: ['sync', 'status'],
    queryFn: () => invoke('sync.status', {}),
    refetchInterval: STATUS_REFRESH_MS,
    meta: { errorsShownInline: true },
  });
}

export function useTestSyncConnection() {
  return useMutation({ mutationFn: () => invoke('sync.testConnection', {}) });
}

/** Starts a sync (or a reconcile) job; the status is read again once it has started. */
export function useStartSync(channel: 'sync.run' | 'sync.reconcile') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invoke(channel, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sync'] }),
  });
}

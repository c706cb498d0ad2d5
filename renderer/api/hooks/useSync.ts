import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { invoke } from '../client';

/** How often the status is read while the screen is open: a sync job moves it along. */
const STATUS_REFRESH_MS = 5_000;
const SYNC_KEY = ['sync'] as const;

/** Head office's address (without its password), what is pending and how the last attempts went. */
export function useSyncStatus() {
  return useQuery({
    queryKey: [...SYNC_KEY, 'status'],
    queryFn: () => invoke('sync.status', {}),
    refetchInterval: STATUS_REFRESH_MS,
    meta: { errorsShownInline: true },
  });
}

/** Tests the address typed in the form, or the configured one when none is given. */
export function useTestSyncConnection() {
  return useMutation({ mutationFn: (url?: string) => invoke('sync.testConnection', url === undefined ? {} : { url }) });
}

/** Starts a sync (or a reconcile) job; the status is read again once it has started. */
export function useStartSync(channel: 'sync.run' | 'sync.reconcile') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invoke(channel, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SYNC_KEY }),
  });
}

/** Where head office's address comes from (taken apart, no password), sync on or off, and the interval. */
export function useSyncSettings() {
  return useQuery({
    queryKey: [...SYNC_KEY, 'settings'],
    queryFn: () => invoke('sync.getSettings', {}),
    meta: { errorsShownInline: true },
  });
}

export function useSaveSyncSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'sync.setSettings'>) => invoke('sync.setSettings', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SYNC_KEY }),
  });
}

/** Saves head office's address (sent once, never read back whole) or forgets it (null). */
export function useSaveHqConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (url: string | null) => invoke('sync.setConnection', { url }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SYNC_KEY }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { useCallback } from 'react';
import { invoke } from '../client';

const BACKUPS_KEY = ['backups'] as const;

/** The backups in the chosen folder, by name, with their state. */
export function useBackups() {
  return useQuery({ queryKey: [...BACKUPS_KEY, 'list'], queryFn: () => invoke('backups.list', {}) });
}

export function useBackupSettings() {
  return useQuery({ queryKey: [...BACKUPS_KEY, 'settings'], queryFn: () => invoke('backups.getSettings', {}) });
}

export function useSaveBackupSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'backups.setSettings'>) => invoke('backups.setSettings', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BACKUPS_KEY }),
  });
}

/** Backs up now or verifies one backup again: both answer a job to follow. */
export function useStartBackup() {
  return useMutation({ mutationFn: () => invoke('backups.start', {}) });
}

export function useVerifyBackup() {
  return useMutation({ mutationFn: (name: string) => invoke('backups.verify', { name }) });
}

export function useRefreshBackups() {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: [...BACKUPS_KEY, 'list'] }), [queryClient]);
}

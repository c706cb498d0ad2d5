import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { useCallback, useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/events';
import { invoke, onEvent } from '../client';

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
    // The settings form shows a refusal on its field or above its button.
    meta: { errorsShownInline: true },
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

/** What a backup holds; asked again with a passphrase when the backup was made with another one. */
export function useBackupContents() {
  return useMutation({
    mutationFn: (input: ChannelInput<'backups.describe'>) => invoke('backups.describe', input),
  });
}

export function useRestoreBackup() {
  return useMutation({
    mutationFn: (input: ChannelInput<'backups.restore'>) => invoke('backups.restore', input),
  });
}

export type RestoreProgress = EventPayload<'backup.restoring'>;
export type RestoreEnded = EventPayload<'backup.restored'>;

/** Follows a restore: its progress while it runs, then how it ended. */
export function useRestoreEvents(): { progress: RestoreProgress | null; ended: RestoreEnded | null } {
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const [ended, setEnded] = useState<RestoreEnded | null>(null);
  useEffect(() => {
    const stopProgress = onEvent('backup.restoring', setProgress);
    const stopEnded = onEvent('backup.restored', setEnded);
    return () => {
      stopProgress();
      stopEnded();
    };
  }, []);
  return { progress, ended };
}

/**
 * Once a backup has been restored, every screen's data is of the database that was replaced:
 * the window reloads and reads everything again.
 */
export function useReloadAfterRestore(): void {
  useEffect(
    () =>
      onEvent('backup.restored', ({ ok }) => {
        if (ok) window.location.reload();
      }),
    [],
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, JobKind, JobSummary } from '../../../shared/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventPayload } from '../../../shared/events';
import { invoke, onEvent } from '../client';
import { useJobs } from './useJobs';

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

const BACKUP_JOB_KINDS: readonly JobKind[] = ['backup.create', 'backup.verify'];

/**
 * The backups and full checks running now, whoever started them (the schedule, another window or
 * admin), learnt of as the Jobs screen learns of jobs. The backups are read again as each starts
 * and ends, so the list names the backup a check reads and shows what it found.
 */
export function useRunningBackupJobs(): JobSummary[] {
  const jobs = useJobs();
  const refresh = useRefreshBackups();
  const running = (jobs.data?.items ?? []).filter(
    (job) => job.status === 'running' && BACKUP_JOB_KINDS.includes(job.kind),
  );
  const runningIds = running.map((job) => job.id).join(' ');
  const lastRunningIds = useRef(runningIds);
  useEffect(() => {
    if (runningIds === lastRunningIds.current) return;
    lastRunningIds.current = runningIds;
    refresh();
  }, [runningIds, refresh]);
  return running;
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

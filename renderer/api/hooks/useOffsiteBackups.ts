import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelInput } from '../../../shared/contract';
import { invoke } from '../client';

const OFFSITE_KEY = ['backups', 'offsite'] as const;

/** The S3 bucket's settings (never its secret) and how sending to it goes. */
export function useOffsite() {
  return useQuery({ queryKey: [...OFFSITE_KEY, 'view'], queryFn: () => invoke('backups.getOffsite', {}) });
}

/** The backups in the bucket: asked only when the admin opens the list, as it talks to the server. */
export function useOffsiteList(enabled: boolean) {
  return useQuery({
    queryKey: [...OFFSITE_KEY, 'list'],
    queryFn: () => invoke('backups.listOffsite', {}),
    enabled,
    retry: false,
  });
}

export function useSaveOffsite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ChannelInput<'backups.setOffsite'>['settings']) =>
      invoke('backups.setOffsite', { settings }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OFFSITE_KEY }),
  });
}

export function useTestOffsite() {
  return useMutation({
    mutationFn: (settings: ChannelInput<'backups.testOffsite'>['settings']) =>
      invoke('backups.testOffsite', { settings }),
  });
}

/** Sends now (or retries now) and verifies one backup from the bucket: both answer a job to follow. */
export function useUploadOffsite() {
  return useMutation({ mutationFn: () => invoke('backups.uploadOffsite', {}) });
}

/** `toFolder`: a verified backup is also copied into the folder, where the Backups screen restores it. */
export function useVerifyOffsite() {
  return useMutation({
    mutationFn: (input: { name: string; toFolder: boolean }) => invoke('backups.verifyOffsite', input),
  });
}

/** After a job: the bucket's state, and the folder's list (a backup brought back from the bucket shows there). */
export function useRefreshOffsite() {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: ['backups'] }), [queryClient]);
}

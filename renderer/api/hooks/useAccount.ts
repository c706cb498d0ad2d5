import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ChannelInput } from '../../../shared/contract';
import { accessGate } from '../access-gate';
import { invoke } from '../client';
import { endSession, SESSION_KEY } from '../session';

const SESSION_SETTINGS_KEY = ['settings', 'sessions'] as const;

export function useAccessGate() {
  return useSyncExternalStore(accessGate.subscribe, accessGate.get);
}

/** Replaces one's own password; the forced change, if any, is lifted. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'auth.changePassword'>) => invoke('auth.changePassword', input),
    onSuccess: (profile) => {
      queryClient.setQueryData(SESSION_KEY, profile);
      if (accessGate.get() === 'passwordChange') accessGate.set('open');
      // What was refused while the change was owed is asked again.
      void queryClient.invalidateQueries({ predicate: (query) => query.state.status === 'error' });
    },
    meta: { errorsShownInline: true },
  });
}

/** Sets or clears a PIN: one's own (with the password), or an admin clearing someone's. */
export function useSetPin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'staff.setPin'>) => invoke('staff.setPin', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
        queryClient.invalidateQueries({ queryKey: ['staff'] }),
      ]),
    meta: { errorsShownInline: true },
  });
}

/** Covers the screen here at once, then tells the host, which refuses everything until unlocked. */
export function useLockScreen() {
  return useMutation({
    mutationFn: async () => {
      accessGate.set('locked');
      await invoke('auth.lock', {});
    },
  });
}

/** Once unlocked, what was refused behind the lock is asked again. */
export function useUnlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'auth.unlock'>) => invoke('auth.unlock', input),
    onSuccess: () => {
      accessGate.set('open');
      void queryClient.invalidateQueries({ predicate: (query) => query.state.status === 'error' });
    },
    meta: { errorsShownInline: true },
  });
}

/** Ends every session of the caller, this one too. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invoke('auth.signOutEverywhere', {}),
    onSettled: () => endSession(queryClient),
    meta: { errorsShownInline: true },
  });
}

export function useSessionSettings() {
  return useQuery({ queryKey: SESSION_SETTINGS_KEY, queryFn: () => invoke('settings.getSessions', {}) });
}

export function useSetSessionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'settings.setSessions'>) => invoke('settings.setSessions', input),
    onSuccess: (settings) => queryClient.setQueryData(SESSION_SETTINGS_KEY, settings),
    meta: { errorsShownInline: true },
  });
}

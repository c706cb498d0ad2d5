import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { ChannelInput, StaffProfile } from '../../../shared/contract';
import { isApiError } from '../ApiError';
import { invoke, onEvent, sessionToken } from '../client';
import { endSession, SESSION_KEY, startSession } from '../session';

export type SessionState =
  | { status: 'signedOut' }
  | { status: 'checking' }
  | { status: 'failed'; error: Error; retry: () => void }
  | { status: 'signedIn'; staff: StaffProfile };

/**
 * Who is logged in: nobody, not known yet (a token kept across a reload), or this staff member.
 * `failed` means the host could not say; a session it rejects ends through the global error handler.
 */
export function useSession(): SessionState {
  const token = useSyncExternalStore(sessionToken.subscribe, sessionToken.get);
  const profile = useQuery({
    queryKey: SESSION_KEY,
    queryFn: () => invoke('auth.getSession', {}),
    enabled: token !== null,
    staleTime: Infinity,
    meta: { errorsShownInline: true },
  });
  if (token === null) return { status: 'signedOut' };
  if (profile.data) return { status: 'signedIn', staff: profile.data };
  if (profile.isError && !isApiError(profile.error, 'UNAUTHENTICATED')) {
    return { status: 'failed', error: profile.error, retry: () => void profile.refetch() };
  }
  return { status: 'checking' };
}

/** The staff member of a signed-in screen; those screens are only mounted while someone is logged in. */
export function useCurrentStaff(): StaffProfile {
  const session = useSession();
  if (session.status !== 'signedIn') throw new Error('useCurrentStaff used outside a signed-in screen');
  return session.staff;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'auth.login'>) => invoke('auth.login', input),
    onSuccess: (session) => startSession(queryClient, session),
    meta: { errorsShownInline: true },
  });
}

/** Quick switching at a shared till: username and PIN. */
export function usePinLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'auth.pinLogin'>) => invoke('auth.pinLogin', input),
    onSuccess: (session) => startSession(queryClient, session),
    meta: { errorsShownInline: true },
  });
}

/** Logs out here even when the host cannot be told: a person who asked to leave must not stay logged in. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invoke('auth.logout', {}),
    onSettled: () => endSession(queryClient),
    meta: { errorsShownInline: true },
  });
}

/**
 * When the host says a session ended, ask it whether ours did: the answer is either the profile or
 * UNAUTHENTICATED, which the global error handler turns into the login screen.
 */
export function useSessionExpiryWatch(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onEvent('session.expired', () => {
        if (sessionToken.get() !== null) void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      }),
    [queryClient],
  );
}

import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../../shared/contract';
import { accessGate } from './access-gate';
import { sessionToken } from './client';

export const SESSION_KEY = ['session'] as const;
export const SETUP_STATUS_KEY = ['setup', 'status'] as const;

/** Stores the profile before the token, so the first signed-in render already knows who is there. */
export function startSession(queryClient: QueryClient, session: Session): void {
  queryClient.setQueryData(SESSION_KEY, session.staff);
  accessGate.set(session.mustChangePassword ? 'passwordChange' : 'open');
  sessionToken.set(session.token);
}

/** Forgets the token and everything read with it; the setup status belongs to no one and stays. */
export function endSession(queryClient: QueryClient): void {
  sessionToken.set(null);
  accessGate.set('open');
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SETUP_STATUS_KEY[0] });
}

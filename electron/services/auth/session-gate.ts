import { AppError } from '../../../shared/errors';
import type { Actor } from '../../host/sessions';

/** What a session waiting for a new password may still do: change it, say who it is, or leave. */
const WHILE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['auth.changePassword', 'auth.getSession', 'auth.logout']);

/** What a locked session may still do: unlock, say who it is, lock again, or leave. */
const WHILE_LOCKED: ReadonlySet<string> = new Set(['auth.unlock', 'auth.lock', 'auth.getSession', 'auth.logout']);

/**
 * Refuses a call the session may not make yet: a password an admin reset must be replaced first,
 * and a locked screen unlocked. Checked after the role and before the input, so nothing else runs.
 */
export function assertSessionOpen(actor: Actor, channel: string): void {
  if (actor.mustChangePassword && !WHILE_PASSWORD_CHANGE.has(channel)) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Choose a new password before you continue.');
  }
  if (actor.locked && !WHILE_LOCKED.has(channel)) {
    throw new AppError('SESSION_LOCKED', 'The screen is locked. Unlock it with your PIN or password.');
  }
}

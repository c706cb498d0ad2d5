import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import type { Actor } from '../../host/sessions';
import { checkCredentials, type CredentialContext } from './credentials';

/**
 * Checks the PIN or password of a locked session's own member under the login's rules (separate
 * counts and lockouts, delay, audit); the caller unlocks the session only when this returns.
 */
export async function checkUnlock(
  ctx: CredentialContext,
  actor: Actor,
  secret: { pin: string } | { password: string },
): Promise<void> {
  const username = prepared(ctx.sql, `SELECT "username" FROM "staff_members" WHERE "id" = ?`)
    .pluck()
    .get(actor.staffId) as string;
  const kind = 'pin' in secret ? 'pin' : 'password';
  const typed = 'pin' in secret ? secret.pin : secret.password;
  const result = await checkCredentials(ctx, {
    action: 'auth.unlock',
    username,
    password: typed,
    kind,
    actorStaffId: actor.staffId,
  });
  if (result.ok) return;
  if (result.refused === 'client') {
    throw new AppError('LOCKED_OUT', 'Too many failed attempts from this screen. Wait a few minutes.');
  }
  // Not UNAUTHENTICATED: the session lives on behind the lock, and screens end a session on that code.
  throw new AppError('VALIDATION', kind === 'pin' ? 'Wrong PIN.' : 'Wrong password.', {
    issues: [{ path: kind, message: kind === 'pin' ? 'Wrong PIN' : 'Wrong password' }],
  });
}

import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { checkCredentials, type CredentialContext, type SecretKind } from './credentials';

/** Every refused login reads the same, a locked account included: the answer tells nothing about the account. */
const WRONG_LOGIN: Record<SecretKind, string> = {
  password: 'Wrong username or password.',
  pin: 'Wrong username or PIN.',
};

const CLIENT_BLOCKED = 'Too many failed attempts from this screen. Wait a few minutes, then try again.';

const STAMP_LOGIN = `UPDATE "staff_members" SET "last_login_at" = ? WHERE "id" = ?`;

/**
 * Logs a staff member in with their password or PIN through the shared credential check (failure
 * counts, lockout, delay, audit; a PIN's apart from the password's). A client that has failed too
 * often is told so: that says nothing about any account. Returns the member's id.
 */
export async function logIn(
  ctx: CredentialContext,
  username: string,
  secret: string,
  kind: SecretKind = 'password',
): Promise<number> {
  const action = kind === 'pin' ? 'auth.pinLogin' : 'auth.login';
  const result = await checkCredentials(ctx, { action, username, password: secret, kind });
  if (!result.ok) {
    if (result.refused === 'client') throw new AppError('LOCKED_OUT', CLIENT_BLOCKED);
    throw new AppError('UNAUTHENTICATED', WRONG_LOGIN[kind]);
  }
  const loggedInAt = ctx.clock.now().toISOString();
  ctx.writeWhenFree(() => prepared(ctx.sql, STAMP_LOGIN).run(loggedInAt, result.staff.id));
  return result.staff.id;
}

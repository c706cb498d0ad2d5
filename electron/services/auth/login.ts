import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { prepared } from '../../../database/prepared';
import { checkCredentials, type CredentialContext } from './credentials';

export interface LoggedIn {
  staffId: number;
  role: Role;
  storeId: number;
}

/** Every refused login reads the same, a locked account included: the answer tells nothing about the account. */
const WRONG_LOGIN = 'Wrong username or password.';

const CLIENT_BLOCKED = 'Too many failed attempts from this screen. Wait a few minutes, then try again.';

const STAMP_LOGIN = `UPDATE "staff_members" SET "last_login_at" = ? WHERE "id" = ?`;

/**
 * Logs a staff member in through the shared credential check (failure counts, lockout, delay,
 * audit). A client that has failed too often is told so: that says nothing about any account.
 */
export async function logIn(ctx: CredentialContext, username: string, password: string): Promise<LoggedIn> {
  const result = await checkCredentials(ctx, { action: 'auth.login', username, password });
  if (!result.ok) {
    if (result.refused === 'client') throw new AppError('LOCKED_OUT', CLIENT_BLOCKED);
    throw new AppError('UNAUTHENTICATED', WRONG_LOGIN);
  }
  prepared(ctx.sql, STAMP_LOGIN).run(ctx.clock.now().toISOString(), result.staff.id);
  return { staffId: result.staff.id, role: result.staff.role, storeId: result.staff.storeId };
}

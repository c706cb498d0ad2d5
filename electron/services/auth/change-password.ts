import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import type { HandlerContext } from '../../host/context';
import type { Actor } from '../../host/sessions';
import { checkCredentials, type CredentialContext } from './credentials';
import { hashPassword, verifyPassword } from './password';

const USERNAME = `SELECT "username" FROM "staff_members" WHERE "id" = ?`;

const PASSWORD_HASH = `SELECT "password_hash" FROM "staff_members" WHERE "id" = ?`;

const SET_PASSWORD = `UPDATE "staff_members" SET "password_hash" = ?, "must_change_password" = 0, "updated_at" = ?
  WHERE "id" = ?`;

/** A password confirmation is a step of a writing call, audited on that call's row. */
type ConfirmContext = CredentialContext & Pick<HandlerContext, 'audit'>;

/**
 * Proves who the caller is with a password, under the login's rules (a wrong one counts towards
 * the lockout and is delayed). The calling channel's own audit row records the attempt, refused
 * or not, so one action leaves one row.
 */
export async function confirmPassword(
  ctx: ConfirmContext,
  actor: Actor,
  password: string,
  field = 'password',
): Promise<void> {
  const username = prepared(ctx.sql, USERNAME).pluck().get(actor.staffId) as string;
  const result = await checkCredentials(ctx, { username, password, actorStaffId: actor.staffId, callAudit: ctx.audit });
  if (!result.ok) {
    if (result.refused === 'client') {
      throw new AppError('LOCKED_OUT', 'Too many failed attempts from this screen. Wait a few minutes.');
    }
    // Not UNAUTHENTICATED: the session itself is fine, and screens end a session on that code.
    throw new AppError('VALIDATION', 'That is not your current password.', {
      issues: [{ path: field, message: 'Not your current password' }],
    });
  }
}

/**
 * The one rule for every way people set their own password (My account, the forced change, an
 * admin's reset of their own): the new one must not be the one in use, said at its field. It
 * answers whether a password is the stored one, so it runs only once the caller has proved who
 * they are (a session that may set the password anyway, or the current password confirmed).
 */
export async function refuseCurrentPassword(
  sql: Database.Database,
  staffId: number,
  password: string,
  field: string,
): Promise<void> {
  if (await verifyPassword(password, prepared(sql, PASSWORD_HASH).pluck().get(staffId) as string)) {
    throw new AppError('VALIDATION', 'Choose a password different from the current one.', {
      issues: [{ path: field, message: 'Must differ from the current password' }],
    });
  }
}

/**
 * Replaces the caller's own password once the current one is confirmed, and lifts a forced change.
 * The member's other sessions end: whoever knew the old password is signed out.
 */
export async function changePassword(
  ctx: ConfirmContext,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  await confirmPassword(ctx, actor, currentPassword, 'currentPassword');
  await refuseCurrentPassword(ctx.sql, actor.staffId, newPassword, 'newPassword');
  prepared(ctx.sql, SET_PASSWORD).run(await hashPassword(newPassword), ctx.clock.now().toISOString(), actor.staffId);
}

import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import type { HandlerContext } from '../../host/context';
import type { Actor } from '../../host/sessions';
import { checkCredentials, type CredentialContext } from './credentials';
import { hashPassword } from './password';

const USERNAME = `SELECT "username" FROM "staff_members" WHERE "id" = ?`;

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
 * Replaces the caller's own password once the current one is confirmed, and lifts a forced change.
 * The member's other sessions end: whoever knew the old password is signed out.
 */
export async function changePassword(
  ctx: ConfirmContext,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  if (currentPassword === newPassword) {
    throw new AppError('VALIDATION', 'Choose a password different from the current one.', {
      issues: [{ path: 'newPassword', message: 'Must differ from the current password' }],
    });
  }
  await confirmPassword(ctx, actor, currentPassword, 'currentPassword');
  prepared(ctx.sql, SET_PASSWORD).run(await hashPassword(newPassword), ctx.clock.now().toISOString(), actor.staffId);
}

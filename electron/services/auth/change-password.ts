import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import type { Actor } from '../../host/sessions';
import { checkCredentials, type CredentialContext } from './credentials';
import { hashPassword } from './password';

const USERNAME = `SELECT "username" FROM "staff_members" WHERE "id" = ?`;

const SET_PASSWORD = `UPDATE "staff_members" SET "password_hash" = ?, "must_change_password" = 0, "updated_at" = ?
  WHERE "id" = ?`;

/**
 * Proves who the caller is with a password, under the login's rules (a wrong one counts towards
 * the lockout and is delayed and audited, surviving the call's rollback).
 */
export async function confirmPassword(
  ctx: CredentialContext,
  actor: Actor,
  action: string,
  password: string,
  field = 'password',
): Promise<void> {
  const username = prepared(ctx.sql, USERNAME).pluck().get(actor.staffId) as string;
  const result = await checkCredentials(ctx, { action, username, password, actorStaffId: actor.staffId });
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
  ctx: CredentialContext,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  if (currentPassword === newPassword) {
    throw new AppError('VALIDATION', 'Choose a password different from the current one.', {
      issues: [{ path: 'newPassword', message: 'Must differ from the current password' }],
    });
  }
  await confirmPassword(ctx, actor, 'auth.changePassword', currentPassword, 'currentPassword');
  prepared(ctx.sql, SET_PASSWORD).run(await hashPassword(newPassword), ctx.clock.now().toISOString(), actor.staffId);
}

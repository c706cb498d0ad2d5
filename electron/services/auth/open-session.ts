import type { Session } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import type { HandlerContext } from '../../host/context';
import { loadStaffProfile } from '../staff/profile';
import { readStanding } from './staff-standing';

/**
 * Opens a session for a member whose credentials were just accepted, on what their row says now
 * (role, stores, a password change still owed), and answers it with the limits it runs under.
 */
export async function openSession(
  ctx: Pick<HandlerContext, 'sql' | 'manager' | 'sessions'>,
  staffId: number,
): Promise<Session> {
  const standing = readStanding(ctx.sql, staffId);
  if (!standing) throw new AppError('UNAUTHENTICATED', 'Please log in again.');
  const mustChangePassword =
    prepared(ctx.sql, `SELECT "must_change_password" FROM "staff_members" WHERE "id" = ?`).pluck().get(staffId) === 1;
  const token = ctx.sessions.open({ staffId, ...standing, mustChangePassword });
  return {
    token,
    staff: await loadStaffProfile(ctx.manager, staffId),
    idleTimeoutMinutes: ctx.sessions.idleMinutes,
    lockAfterMinutes: ctx.sessions.lockAfterMinutes,
    mustChangePassword,
  };
}

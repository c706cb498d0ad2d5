import type Database from 'better-sqlite3';
import type { Role } from '../../../shared/roles';
import { prepared } from '../../../database/prepared';
import { writeAudit } from '../../host/audit';
import type { HandlerContext } from '../../host/context';
import { DECOY_HASH, verifyPassword } from './password';

/** What a password check needs from the call: the connection, time, limits and the dispatcher's hooks. */
export type CredentialContext = Pick<
  HandlerContext,
  'sql' | 'clock' | 'settings' | 'client' | 'clientAttempts' | 'keep' | 'holdAnswer'
>;

/** The account behind accepted credentials. */
export interface CheckedStaff {
  id: number;
  username: string;
  role: Role;
  storeId: number;
}

export interface CredentialAttempt {
  /** The audit action of the attempt, e.g. 'auth.login' or 'auth.approve'. */
  action: string;
  username: string;
  password: string;
  /** Who is acting, when it is not the account itself (a clerk asking a manager to approve). */
  actorStaffId?: number;
  /** A further condition on the account (an approver's role and store); failing it is refused like a wrong password. */
  eligible?: (staff: CheckedStaff) => boolean;
  /** Recorded on the attempt's audit row. */
  details?: Record<string, unknown>;
}

/** `client`: this client is refused for now without a check; `account`: anything else, all alike. */
export type CredentialResult = { ok: true; staff: CheckedStaff } | { ok: false; refused: 'client' | 'account' };

interface StaffRow {
  id: number;
  username: string;
  role: Role;
  store_id: number;
  password_hash: string;
  is_active: number;
  locked_until: string | null;
}

const FIND = `SELECT "id", "username", "role", "store_id", "password_hash", "is_active", "locked_until"
  FROM "staff_members" WHERE "username" = ?`;

/** Counts a failure; the one that reaches the limit locks the account and starts the count again. */
const COUNT_FAILURE = `UPDATE "staff_members" SET
    "failed_login_count" = CASE WHEN "failed_login_count" + 1 >= ? THEN 0 ELSE "failed_login_count" + 1 END,
    "locked_until" = CASE WHEN "failed_login_count" + 1 >= ? THEN ? ELSE NULL END
  WHERE "id" = ? RETURNING "locked_until" AS "lockedUntil"`;

const CLEAR_FAILURES = `UPDATE "staff_members" SET "failed_login_count" = 0, "locked_until" = NULL WHERE "id" = ?`;

/**
 * The one password check behind logging in and approving. Every refusal is handled alike, so
 * none tells a wrong password from an unknown, locked, disabled or ineligible account: the
 * password is always hashed (a decoy for unknown names), the account's failure count and the
 * client's grow, and the answer is held back outside the queue. Failures are recorded through
 * `keep`, so they survive the rollback of a refused write; after `maxFailedLogins` in a row the
 * account locks for `lockoutMinutes`, and while locked even the right password is refused.
 */
export async function checkCredentials(ctx: CredentialContext, attempt: CredentialAttempt): Promise<CredentialResult> {
  if (ctx.clientAttempts.isBlocked(ctx.client)) {
    refuse(ctx, attempt, null, 'LOCKED_OUT', { clientBlocked: true });
    return { ok: false, refused: 'client' };
  }
  const row = prepared(ctx.sql, FIND).get(attempt.username) as StaffRow | undefined;
  const valid = await verifyPassword(attempt.password, row?.password_hash ?? DECOY_HASH);
  if (!row) {
    refuse(ctx, attempt, null, 'UNAUTHENTICATED', { username: attempt.username.slice(0, 40) });
    return { ok: false, refused: 'account' };
  }
  const staff: CheckedStaff = { id: row.id, username: row.username, role: row.role, storeId: row.store_id };
  const nowMs = ctx.clock.now().getTime();
  if (row.locked_until !== null && Date.parse(row.locked_until) > nowMs) {
    refuse(ctx, attempt, staff, 'LOCKED_OUT');
    return { ok: false, refused: 'account' };
  }
  if (!valid || row.is_active !== 1 || !(attempt.eligible?.(staff) ?? true)) {
    refuse(ctx, attempt, staff, 'UNAUTHENTICATED');
    return { ok: false, refused: 'account' };
  }
  prepared(ctx.sql, CLEAR_FAILURES).run(staff.id);
  writeAttempt(ctx.sql, ctx.clock.now(), attempt, staff, 'ok', null, {});
  return { ok: true, staff };
}

function refuse(
  ctx: CredentialContext,
  attempt: CredentialAttempt,
  staff: CheckedStaff | null,
  errorCode: 'UNAUTHENTICATED' | 'LOCKED_OUT',
  extra: Record<string, unknown> = {},
): void {
  const now = ctx.clock.now();
  const { maxFailedLogins, lockoutMinutes } = ctx.settings;
  ctx.keep(() => {
    let locked = false;
    if (staff && errorCode === 'UNAUTHENTICATED') {
      const lockUntil = new Date(now.getTime() + lockoutMinutes * 60_000).toISOString();
      const after = prepared(ctx.sql, COUNT_FAILURE).get(maxFailedLogins, maxFailedLogins, lockUntil, staff.id) as
        { lockedUntil: string | null } | undefined;
      locked = after?.lockedUntil === lockUntil;
    }
    writeAttempt(ctx.sql, now, attempt, staff, 'error', errorCode, {
      client: ctx.client,
      ...extra,
      ...(locked ? { locked } : {}),
    });
  });
  ctx.holdAnswer(ctx.clientAttempts.fail(ctx.client));
}

function writeAttempt(
  sql: Database.Database,
  now: Date,
  attempt: CredentialAttempt,
  staff: CheckedStaff | null,
  result: 'ok' | 'error',
  errorCode: string | null,
  extra: Record<string, unknown>,
): void {
  writeAudit(sql, {
    occurredAt: now,
    staffId: attempt.actorStaffId ?? staff?.id ?? null,
    action: attempt.action,
    entity: 'staff_members',
    entityId: staff ? staff.id : null,
    result,
    errorCode,
    details: { ...attempt.details, ...extra },
  });
}

import type { Role } from '../../../shared/roles';
import { prepared } from '../../../database/prepared';
import { writeAudit } from '../../host/audit';
import type { AuditNote, HandlerContext } from '../../host/context';
import { DECOY_HASH, verifyPassword } from './password';

/** What a password check needs from the call: the connection, time, limits and the dispatcher's hooks. */
export type CredentialContext = Pick<
  HandlerContext,
  'sql' | 'clock' | 'settings' | 'client' | 'origin' | 'clientAttempts' | 'keep' | 'writeWhenFree' | 'holdAnswer'
>;

/** The account behind accepted credentials. */
export interface CheckedStaff {
  id: number;
  username: string;
  role: Role;
  storeId: number;
}

/** Which secret is checked: each has its own hash, failure count and lockout. */
export type SecretKind = 'password' | 'pin';

interface AttemptBase {
  username: string;
  /** What was typed: the password, or the PIN when `kind` is 'pin'. */
  password: string;
  /** Default 'password'. A PIN's refusals never count against the password, nor the other way round. */
  kind?: SecretKind;
  /** Who is acting, when it is not the account itself (a clerk asking a manager to approve). */
  actorStaffId?: number;
  /** A further condition on the account (an approver's role and store); failing it is refused like a wrong password. */
  eligible?: (staff: CheckedStaff) => boolean;
  /** Recorded on the attempt's audit row. */
  details?: Record<string, unknown>;
}

/**
 * An attempt is audited on a row of its own, under `action` (e.g. 'auth.login' or 'auth.approve');
 * or, as a step of a writing call (confirming one's password before changing it), on that call's
 * row through `callAudit`: that row, written however the call ends, is then the one record of the
 * action, and a refusal is noted on it.
 */
export type CredentialAttempt = AttemptBase & ({ action: string } | { callAudit: AuditNote });

/** `client`: this client is refused for now without a check; `account`: anything else, all alike. */
export type CredentialResult = { ok: true; staff: CheckedStaff } | { ok: false; refused: 'client' | 'account' };

interface StaffRow {
  id: number;
  username: string;
  role: Role;
  store_id: number;
  secret_hash: string | null;
  is_active: number;
  locked_until: string | null;
}

/** The columns of each secret; statement text is built from these fixed names only, never from input. */
const COLUMNS: Record<SecretKind, { hash: string; count: string; lockedUntil: string }> = {
  password: { hash: 'password_hash', count: 'failed_login_count', lockedUntil: 'locked_until' },
  pin: { hash: 'pin_hash', count: 'pin_failed_count', lockedUntil: 'pin_locked_until' },
};

const FIND = (
  kind: SecretKind,
) => `SELECT "id", "username", "role", "store_id", "${COLUMNS[kind].hash}" AS "secret_hash",
    "is_active", "${COLUMNS[kind].lockedUntil}" AS "locked_until"
  FROM "staff_members" WHERE "username" = ?`;

/** Counts a failure; the one that reaches the limit locks the secret and starts the count again. */
const COUNT_FAILURE = (kind: SecretKind) => {
  const { count, lockedUntil } = COLUMNS[kind];
  return `UPDATE "staff_members" SET
    "${count}" = CASE WHEN "${count}" + 1 >= ? THEN 0 ELSE "${count}" + 1 END,
    "${lockedUntil}" = CASE WHEN "${count}" + 1 >= ? THEN ? ELSE NULL END
  WHERE "id" = ? RETURNING "${lockedUntil}" AS "lockedUntil"`;
};

const CLEAR_FAILURES = (kind: SecretKind) =>
  `UPDATE "staff_members" SET "${COLUMNS[kind].count}" = 0, "${COLUMNS[kind].lockedUntil}" = NULL WHERE "id" = ?`;

/**
 * The one check of a password or PIN, behind logging in, approving and unlocking. Every refusal is
 * handled alike, so none tells a wrong secret from an unknown, locked, disabled or ineligible
 * account (or one without a PIN): the secret is always hashed (a decoy when there is no hash),
 * the secret's failure count and the client's grow, and the answer is held back outside the
 * queue. Failures are recorded through `keep`, so they survive the rollback of a refused write;
 * after `maxFailedLogins` in a row the secret locks for `lockoutMinutes`, and while locked even
 * the right one is refused. A PIN's count and lock are its own: guessing PINs never locks the
 * password, nor the other way round.
 */
export async function checkCredentials(ctx: CredentialContext, attempt: CredentialAttempt): Promise<CredentialResult> {
  if (ctx.clientAttempts.isBlocked(ctx.client)) {
    refuse(ctx, attempt, null, 'LOCKED_OUT', { clientBlocked: true });
    return { ok: false, refused: 'client' };
  }
  const kind = attempt.kind ?? 'password';
  const row = prepared(ctx.sql, FIND(kind)).get(attempt.username) as StaffRow | undefined;
  const valid = (await verifyPassword(attempt.password, row?.secret_hash ?? DECOY_HASH)) && !!row?.secret_hash;
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
  // In a call that does not write (a login, an unlock) while an import holds the file, these wait
  // in memory for the import to end, and the session opens now: a clerk can start a shift, and the
  // audit row still lands, with the time of the login. The cost: failures counted meanwhile wait
  // too, so an account locks only then; until then this client's own limit still holds guessing back.
  const now = ctx.clock.now();
  ctx.writeWhenFree(() => {
    prepared(ctx.sql, CLEAR_FAILURES(kind)).run(staff.id);
    if ('action' in attempt) writeAttempt(ctx, now, attempt.action, attempt, staff, 'ok', null, {});
  });
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
      const countFailure = prepared(ctx.sql, COUNT_FAILURE(attempt.kind ?? 'password'));
      const after = countFailure.get(maxFailedLogins, maxFailedLogins, lockUntil, staff.id) as
        { lockedUntil: string | null } | undefined;
      locked = after?.lockedUntil === lockUntil;
    }
    const details = {
      ...(attempt.kind === 'pin' ? { with: 'pin' } : {}),
      client: ctx.client,
      ...extra,
      ...(locked ? { locked } : {}),
    };
    if ('action' in attempt) {
      writeAttempt(ctx, now, attempt.action, attempt, staff, 'error', errorCode, details);
    } else {
      // Kept writes run before the call's row is written, so the refusal lands on it.
      attempt.callAudit.details = { ...attempt.callAudit.details, credentialsRefused: errorCode, ...details };
    }
  });
  ctx.holdAnswer(ctx.clientAttempts.fail(ctx.client));
}

function writeAttempt(
  ctx: CredentialContext,
  now: Date,
  action: string,
  attempt: AttemptBase,
  staff: CheckedStaff | null,
  result: 'ok' | 'error',
  errorCode: string | null,
  extra: Record<string, unknown>,
): void {
  writeAudit(ctx.sql, {
    occurredAt: now,
    staffId: attempt.actorStaffId ?? staff?.id ?? null,
    action,
    entity: 'staff_members',
    entityId: staff ? staff.id : null,
    result,
    errorCode,
    details: { ...attempt.details, ...extra },
    origin: ctx.origin ?? ctx.client,
  });
}

import type { DataSource } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { AuditEntry, StaffMember } from '../../../database/entities';
import type { HostSettings } from '../../host/context';
import { DECOY_HASH, verifyPassword } from './password';

interface LoginDeps {
  dataSource: DataSource;
  now: Date;
  settings: HostSettings;
}

export interface LoggedIn {
  staffId: number;
  role: Role;
  storeId: number;
}

const WRONG = 'Wrong username or password.';

/**
 * Checks a password. Failures are counted on the staff row and slowed down; after
 * `maxFailedLogins` in a row the account locks for `lockoutMinutes`. It writes its own audit
 * rows because a failed attempt must be recorded even though the call fails.
 */
export async function logIn(deps: LoginDeps, username: string, password: string): Promise<LoggedIn> {
  const staff = await deps.dataSource.manager.findOne(StaffMember, { where: { username } });
  const nowMs = deps.now.getTime();

  if (staff?.lockedUntil && Date.parse(staff.lockedUntil) > nowMs) {
    await audit(deps, staff.id, 'error', 'LOCKED_OUT');
    throw new AppError('LOCKED_OUT', `Too many failed attempts. Try again after ${staff.lockedUntil}.`, {
      lockedUntil: staff.lockedUntil,
    });
  }

  const valid = await verifyPassword(password, staff?.passwordHash ?? DECOY_HASH);
  if (!staff || !valid || staff.isActive !== 1) {
    if (staff) await recordFailure(deps, staff);
    else await audit(deps, null, 'error', 'UNAUTHENTICATED', { username: username.slice(0, 40) });
    await new Promise((resolve) => setTimeout(resolve, deps.settings.loginFailureDelayMs));
    throw new AppError('UNAUTHENTICATED', WRONG);
  }

  await deps.dataSource.manager.update(StaffMember, staff.id, {
    failedLoginCount: 0,
    lockedUntil: null,
    lastLoginAt: deps.now.toISOString(),
  });
  await audit(deps, staff.id, 'ok', null);
  return { staffId: staff.id, role: staff.role as Role, storeId: staff.storeId };
}

async function recordFailure(deps: LoginDeps, staff: StaffMember): Promise<void> {
  const failures = staff.failedLoginCount + 1;
  const locks = failures >= deps.settings.maxFailedLogins;
  const lockedUntil = locks ? new Date(deps.now.getTime() + deps.settings.lockoutMinutes * 60_000).toISOString() : null;
  await deps.dataSource.transaction(async (manager) => {
    await manager.update(StaffMember, staff.id, { failedLoginCount: locks ? 0 : failures, lockedUntil });
    await manager.insert(
      AuditEntry,
      auditRow(deps, staff.id, 'error', 'UNAUTHENTICATED', locks ? { locked: true } : undefined),
    );
  });
}

function auditRow(deps: LoginDeps, staffId: number | null, result: string, errorCode: string | null, details?: object) {
  return {
    occurredAt: deps.now.toISOString(),
    staffId,
    action: 'auth.login',
    entity: 'staff_members',
    entityId: staffId === null ? null : String(staffId),
    result,
    errorCode,
    details: details ? JSON.stringify(details) : null,
  };
}

async function audit(
  deps: LoginDeps,
  staffId: number | null,
  result: string,
  errorCode: string | null,
  details?: object,
) {
  await deps.dataSource.manager.insert(AuditEntry, auditRow(deps, staffId, result, errorCode, details));
}

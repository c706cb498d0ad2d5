import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { prepared } from '../../../database/prepared';
import { changesBetween, type FieldChanges } from '../../host/audit-changes';
import { refuseCurrentPassword } from '../auth/change-password';
import { hashPassword } from '../auth/password';
import { checkStoreAccess, readStoreAccess, writeStoreAccess } from './store-access';

export interface StaffChange {
  staffId: number;
  displayName?: string | undefined;
  role?: Role | undefined;
  storeId?: number | undefined;
  storeIds?: readonly number[] | undefined;
  isActive?: boolean | undefined;
  password?: string | undefined;
}

export interface StaffChanged {
  /** The fields that changed, old and new; a password only as reset, never its value. */
  changes: FieldChanges;
  passwordReset: boolean;
  /** Role, stores, standing or password changed: every open session of the member must end. */
  endsSessions: boolean;
}

interface CurrentRow {
  display_name: string;
  role: Role;
  store_id: number;
  is_active: number;
}

/** The row's columns behind each field of the change; statement text uses only these names. */
const COLUMN_OF = { displayName: 'display_name', role: 'role', storeId: 'store_id', isActive: 'is_active' } as const;

/**
 * Changes a staff member's row and stores in the dispatcher's transaction. A password reset also
 * lifts the lockout and, unless admins reset their own, makes the member choose a new one first.
 * Admins resetting their own password must give a new one, as on My account. Another member's
 * reset to the password they already have is taken: they must choose a new one at their next
 * login anyway, and refusing it would tell the admin that a guess is that member's password.
 */
export async function updateStaff(
  sql: Database.Database,
  actingStaffId: number,
  change: StaffChange,
  now: Date,
): Promise<StaffChanged> {
  const current = prepared(
    sql,
    `SELECT "display_name", "role", "store_id", "is_active" FROM "staff_members" WHERE "id" = ?`,
  ).get(change.staffId) as CurrentRow | undefined;
  if (!current) throw new AppError('NOT_FOUND', 'That staff member does not exist.');

  const home = change.storeId ?? current.store_id;
  const storesBefore = readStoreAccess(sql, change.staffId);
  const before = {
    displayName: current.display_name,
    role: current.role,
    storeId: current.store_id,
    storeIds: storesBefore,
    isActive: current.is_active === 1,
  };
  const after = {
    displayName: change.displayName ?? before.displayName,
    role: change.role ?? before.role,
    storeId: home,
    // A new home store joins the stores worked in unless the change names them all.
    storeIds: checkStoreAccess(sql, home, change.storeIds ?? [...new Set([...storesBefore, home])]),
    isActive: change.isActive ?? before.isActive,
  };
  const changes = changesBetween(before, after, ['displayName', 'role', 'storeId', 'storeIds', 'isActive']);
  // Locking oneself out of administration needs another admin to undo; refuse it here.
  if (change.staffId === actingStaffId && (changes.role || changes.isActive?.to === false)) {
    throw new AppError('CONFLICT', 'You cannot change your own role or disable yourself; ask another admin.');
  }
  const columns: Record<string, unknown> = {};
  for (const field of Object.keys(COLUMN_OF) as (keyof typeof COLUMN_OF)[]) {
    if (changes[field])
      columns[COLUMN_OF[field]] = typeof after[field] === 'boolean' ? Number(after[field]) : after[field];
  }

  const passwordReset = change.password !== undefined;
  if (passwordReset) {
    if (change.staffId === actingStaffId) {
      await refuseCurrentPassword(sql, actingStaffId, change.password!, 'password');
    }
    columns.password_hash = await hashPassword(change.password!);
    columns.failed_login_count = 0;
    columns.locked_until = null;
    columns.must_change_password = change.staffId === actingStaffId ? 0 : 1;
  }
  if (Object.keys(columns).length > 0) {
    // Column names come from the fixed sets above, never from input.
    const assignments = Object.keys(columns).map((column) => `"${column}" = ?`);
    prepared(sql, `UPDATE "staff_members" SET ${assignments.join(', ')}, "updated_at" = ? WHERE "id" = ?`).run(
      ...Object.values(columns),
      now.toISOString(),
      change.staffId,
    );
  }
  if (changes.storeIds) writeStoreAccess(sql, change.staffId, after.storeIds);
  const endsSessions = passwordReset || Object.keys(changes).some((field) => field !== 'displayName');
  return { changes, passwordReset, endsSessions };
}

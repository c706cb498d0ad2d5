import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { prepared } from '../../../database/prepared';
import { hashPassword } from '../auth/password';

export interface StaffChange {
  staffId: number;
  displayName?: string;
  role?: Role;
  storeId?: number;
  isActive?: boolean;
  password?: string;
}

export interface StaffChanged {
  /** The fields that changed (never their values for a password). */
  changed: string[];
  /** Role, store, standing or password changed: every open session of the member must end. */
  endsSessions: boolean;
}

interface CurrentRow {
  display_name: string;
  role: Role;
  store_id: number;
  is_active: number;
}

/** Changes a staff member's row in the dispatcher's transaction; a password reset also lifts a lockout. */
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

  const columns: Record<string, unknown> = {};
  if (change.displayName !== undefined && change.displayName !== current.display_name) {
    columns.display_name = change.displayName;
  }
  if (change.role !== undefined && change.role !== current.role) columns.role = change.role;
  if (change.storeId !== undefined && change.storeId !== current.store_id) {
    if (!prepared(sql, `SELECT 1 FROM "stores" WHERE "id" = ?`).get(change.storeId)) {
      throw new AppError('NOT_FOUND', 'That store does not exist.');
    }
    columns.store_id = change.storeId;
  }
  if (change.isActive !== undefined && Number(change.isActive) !== current.is_active) {
    columns.is_active = Number(change.isActive);
  }
  // Locking oneself out of administration needs another admin to undo; refuse it here.
  if (change.staffId === actingStaffId && ('role' in columns || columns.is_active === 0)) {
    throw new AppError('CONFLICT', 'You cannot change your own role or disable yourself; ask another admin.');
  }
  const changed = Object.keys(columns);
  if (change.password !== undefined) {
    columns.password_hash = await hashPassword(change.password);
    columns.failed_login_count = 0;
    columns.locked_until = null;
    changed.push('password');
  }
  if (changed.length === 0) return { changed, endsSessions: false };

  // Column names come from the fixed set above, never from input.
  const assignments = Object.keys(columns).map((column) => `"${column}" = ?`);
  prepared(sql, `UPDATE "staff_members" SET ${assignments.join(', ')}, "updated_at" = ? WHERE "id" = ?`).run(
    ...Object.values(columns),
    now.toISOString(),
    change.staffId,
  );
  const endsSessions = changed.some((field) => field !== 'display_name');
  return { changed, endsSessions };
}

import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';
import { StaffMember } from '../../../database/entities';
import { hashPassword } from '../auth/password';
import { checkStoreAccess, writeStoreAccess } from './store-access';

export interface NewStaff {
  /** The home store. */
  storeId: number;
  /** Every store the member may work in; the home store alone when left out. */
  storeIds?: readonly number[] | undefined;
  displayName: string;
  username: string;
  password: string;
  role: Role;
}

/** The column compares without case, so "GRACE" finds "grace". */
const USERNAME_TAKEN = `SELECT 1 FROM "staff_members" WHERE "username" = ?`;

/**
 * Adds a staff member and the stores they work in; a taken username (in any case) or a missing
 * store is refused before anything is written, the username by name so the form shows it there.
 */
export async function createStaff(manager: EntityManager, staff: NewStaff, now: Date): Promise<number> {
  const sql = sqliteOf(manager.connection);
  if (prepared(sql, USERNAME_TAKEN).get(staff.username) !== undefined) {
    throw new AppError('CONFLICT', 'That username is already in use.', { field: 'username' });
  }
  const storeIds = checkStoreAccess(sql, staff.storeId, staff.storeIds ?? [staff.storeId]);
  const result = await manager.insert(StaffMember, {
    uid: newUid(now.getTime()),
    storeId: staff.storeId,
    username: staff.username,
    displayName: staff.displayName,
    role: staff.role,
    passwordHash: await hashPassword(staff.password),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
  const staffId = result.identifiers[0]!.id as number;
  writeStoreAccess(sql, staffId, storeIds);
  return staffId;
}

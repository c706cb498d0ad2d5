import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
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

/**
 * Adds a staff member and the stores they work in; a taken username (in any case) is refused by
 * the UNIQUE NOCASE column, a missing store before anything is written.
 */
export async function createStaff(manager: EntityManager, staff: NewStaff, now: Date): Promise<number> {
  const sql = sqliteOf(manager.connection);
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

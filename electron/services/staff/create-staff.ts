import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';
import { newUid } from '../../../database/ids';
import { StaffMember } from '../../../database/entities';
import { hashPassword } from '../auth/password';

export interface NewStaff {
  storeId: number;
  displayName: string;
  username: string;
  password: string;
  role: Role;
}

/** Adds a staff member; a taken username (in any case) is refused by the UNIQUE NOCASE column. */
export async function createStaff(manager: EntityManager, staff: NewStaff, now: Date): Promise<number> {
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
  return result.identifiers[0]!.id as number;
}

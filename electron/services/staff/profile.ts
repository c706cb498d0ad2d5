import type { EntityManager } from 'typeorm';
import type { StaffProfile } from '../../../shared/contract';
import type { Role } from '../../../shared/roles';
import { AppError } from '../../../shared/errors';

interface ProfileRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  store_id: number;
  store_name: string;
}

const PROFILE_SQL = `
  SELECT s."id", s."username", s."display_name", s."role", s."store_id", st."name" AS "store_name"
  FROM "staff_members" s JOIN "stores" st ON st."id" = s."store_id"`;

function toProfile(row: ProfileRow): StaffProfile {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    storeId: row.store_id,
    storeName: row.store_name,
  };
}

export async function loadStaffProfile(manager: EntityManager, staffId: number): Promise<StaffProfile> {
  const [row] = (await manager.query(`${PROFILE_SQL} WHERE s."id" = ?`, [staffId])) as ProfileRow[];
  if (!row) throw new AppError('NOT_FOUND', 'That staff member does not exist.');
  return toProfile(row);
}

export async function listStaffProfiles(manager: EntityManager): Promise<StaffProfile[]> {
  const rows = (await manager.query(
    `${PROFILE_SQL} WHERE s."is_active" = 1 ORDER BY s."display_name"`,
  )) as ProfileRow[];
  return rows.map(toProfile);
}

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
  store_ids: string;
  is_active: number;
  has_pin: number;
  must_change_password: number;
}

/** The home store counts among the stores even without its access row (see staff-standing). */
const PROFILE_SQL = `
  SELECT s."id", s."username", s."display_name", s."role", s."store_id", st."name" AS "store_name",
    (SELECT json_group_array("id") FROM
      (SELECT "store_id" AS "id" FROM "staff_store_access" WHERE "staff_id" = s."id"
       UNION SELECT s."store_id" ORDER BY 1)) AS "store_ids",
    s."is_active", s."pin_hash" IS NOT NULL AS "has_pin", s."must_change_password"
  FROM "staff_members" s JOIN "stores" st ON st."id" = s."store_id"`;

function toProfile(row: ProfileRow): StaffProfile {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    storeId: row.store_id,
    storeName: row.store_name,
    storeIds: JSON.parse(row.store_ids) as number[],
    isActive: row.is_active === 1,
    hasPin: row.has_pin === 1,
    mustChangePassword: row.must_change_password === 1,
  };
}

export async function loadStaffProfile(manager: EntityManager, staffId: number): Promise<StaffProfile> {
  const [row] = (await manager.query(`${PROFILE_SQL} WHERE s."id" = ?`, [staffId])) as ProfileRow[];
  if (!row) throw new AppError('NOT_FOUND', 'That staff member does not exist.');
  return toProfile(row);
}

/** Active members by name; disabled ones too when asked, after them. */
export async function listStaffProfiles(manager: EntityManager, includeDisabled = false): Promise<StaffProfile[]> {
  const rows = (await manager.query(
    `${PROFILE_SQL} ${includeDisabled ? '' : 'WHERE s."is_active" = 1'}
     ORDER BY s."is_active" DESC, s."display_name", s."id"`,
  )) as ProfileRow[];
  return rows.map(toProfile);
}

import type Database from 'better-sqlite3';
import type { Role } from '../../../shared/roles';
import { prepared } from '../../../database/prepared';
import type { StaffStanding } from '../../host/sessions';

/**
 * Role, home store and the stores worked in (ascending, as a JSON array), of an active member.
 * The home store counts even without its access row, so no way of adding staff can leave a
 * member shut out of their own store.
 */
const STANDING = `SELECT "role", "store_id" AS "storeId",
    (SELECT json_group_array("id") FROM
      (SELECT "store_id" AS "id" FROM "staff_store_access" WHERE "staff_id" = s."id"
       UNION SELECT s."store_id" ORDER BY 1)) AS "storeIds"
  FROM "staff_members" s WHERE s."id" = ? AND s."is_active" = 1`;

/**
 * What the staff row says now: role, home store and stores, or null when the member is gone or
 * disabled. Read on every call with a session (primary-key lookups), so a change ends stale
 * sessions at once.
 */
export function readStanding(sql: Database.Database, staffId: number): StaffStanding | null {
  const row = prepared(sql, STANDING).get(staffId) as { role: Role; storeId: number; storeIds: string } | undefined;
  if (!row) return null;
  return { role: row.role, storeId: row.storeId, storeIds: JSON.parse(row.storeIds) as number[] };
}

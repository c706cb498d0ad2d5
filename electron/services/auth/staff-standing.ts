import type Database from 'better-sqlite3';
import type { Role } from '../../../shared/roles';
import { prepared } from '../../../database/prepared';
import type { StaffStanding } from '../../host/sessions';

const STANDING = `SELECT "role", "store_id" AS "storeId" FROM "staff_members" WHERE "id" = ? AND "is_active" = 1`;

/**
 * What the staff row says now: role and store, or null when the member is gone or disabled. Read
 * on every call with a session (one primary-key lookup), so a change ends stale sessions at once.
 */
export function readStanding(sql: Database.Database, staffId: number): StaffStanding | null {
  const row = prepared(sql, STANDING).get(staffId) as { role: Role; storeId: number } | undefined;
  return row ?? null;
}

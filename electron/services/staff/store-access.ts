import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

/**
 * The stores a member may work in, checked before anything is written: each must exist, and the
 * home store must be among them (it is where the member's own work is recorded). Returned ascending.
 */
export function checkStoreAccess(sql: Database.Database, homeStoreId: number, storeIds: readonly number[]): number[] {
  if (!storeIds.includes(homeStoreId)) {
    throw new AppError('VALIDATION', 'The home store must be one of the stores the member works in.', {
      issues: [{ path: 'storeIds', message: 'Include the home store' }],
    });
  }
  const exists = prepared(sql, `SELECT 1 FROM "stores" WHERE "id" = ?`);
  for (const storeId of storeIds) {
    if (!exists.get(storeId)) throw new AppError('NOT_FOUND', 'One of those stores does not exist.', { storeId });
  }
  return [...storeIds].sort((a, b) => a - b);
}

/** The stores a member may work in now, ascending (their access rows; the home store is always one). */
export function readStoreAccess(sql: Database.Database, staffId: number): number[] {
  return prepared(
    sql,
    `SELECT "store_id" FROM "staff_store_access" WHERE "staff_id" = ?
     UNION SELECT "store_id" FROM "staff_members" WHERE "id" = ? ORDER BY 1`,
  )
    .pluck()
    .all(staffId, staffId) as number[];
}

/** Replaces a member's access rows with `storeIds` (already checked). */
export function writeStoreAccess(sql: Database.Database, staffId: number, storeIds: readonly number[]): void {
  prepared(sql, `DELETE FROM "staff_store_access" WHERE "staff_id" = ?`).run(staffId);
  const insert = prepared(sql, `INSERT INTO "staff_store_access" ("staff_id", "store_id") VALUES (?, ?)`);
  for (const storeId of storeIds) insert.run(staffId, storeId);
}

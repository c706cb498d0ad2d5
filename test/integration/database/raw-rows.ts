import type Database from 'better-sqlite3';
import { newUid } from '../../../database/ids';

// Rows written straight into the tables: these tests are about what the database itself allows,
// whatever code calls it.

/** A store whose name is its code. */
export function insertStore(sql: Database.Database, code: string): number {
  return Number(
    sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, ?, ?)`).run(newUid(), code, code).lastInsertRowid,
  );
}

/** A clerk of the store, with a placeholder password hash: nobody logs in here. */
export function insertClerk(sql: Database.Database, storeId: number, username: string): number {
  return Number(
    sql
      .prepare(
        `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash) VALUES (?, ?, ?, ?, 'clerk', 'x')`,
      )
      .run(newUid(), storeId, username, username.toUpperCase()).lastInsertRowid,
  );
}

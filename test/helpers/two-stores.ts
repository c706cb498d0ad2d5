import type Database from 'better-sqlite3';
import type { Session } from '../../shared/contract';
import type { Role } from '../../shared/roles';
import { sqliteOf } from '../../database/data-source';
import { newUid } from '../../database/ids';
import { ADMIN, openTestBackroom, setUpStore, type TestBackroom } from './backroom';

export interface StaffMember {
  id: number;
  username: string;
  token: string;
}

/** A Backroom after first run (store A and its admin) with a second store, North Street. */
export interface TwoStores {
  t: TestBackroom;
  sql: Database.Database;
  /** The first-run admin's session, of store A. */
  admin: Session;
  storeA: number;
  storeB: number;
  /**
   * Adds a member of staff as a row with the admin's password hash (so the password is
   * ADMIN.password) and logs them in: only the login pays for the password check (~0.3 s), not
   * the account's creation too.
   */
  addStaff(username: string, displayName: string, role: Role, storeId: number): Promise<StaffMember>;
}

export async function openTwoStores(): Promise<TwoStores> {
  const t = await openTestBackroom();
  const admin = await setUpStore(t);
  const sql = sqliteOf(t.backroom.dataSource);
  const storeB = Number(
    sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'NORTH', 'North Street')`).run(newUid())
      .lastInsertRowid,
  );
  const adminHash = sql.prepare('SELECT password_hash FROM staff_members WHERE id = ?').pluck().get(admin.staff.id);
  return {
    t,
    sql,
    admin,
    storeA: admin.staff.storeId,
    storeB,
    async addStaff(username, displayName, role, storeId) {
      const id = Number(
        sql
          .prepare(
            `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash) VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(newUid(), storeId, username, displayName, role, adminHash).lastInsertRowid,
      );
      const { token } = await t.ok('auth.login', { username, password: ADMIN.password });
      return { id, username, token };
    },
  };
}

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { productInput } from '../catalog/catalog-fixture';
import { ADMIN, openTestBackroom, setUpStoreTeam, type TestBackroom } from '../../helpers/backroom';

export interface AuditWorld {
  t: TestBackroom;
  admin: string;
  adminId: number;
  manager: string;
  clerk: string;
  productId: number;
  /** Logs everyone in again, as after a pause longer than a session's idle time. */
  logInAgain(): Promise<void>;
  dispose(): Promise<void>;
}

/** A store with an admin, a manager and a clerk, and one product the admin created. */
export async function openAuditWorld(): Promise<AuditWorld> {
  const t = await openTestBackroom();
  const { admin: session, manager, clerk } = await setUpStoreTeam(t, { manager: 'mia', clerk: 'cal' });
  const admin = session.token;
  const product = await t.ok('products.create', productInput({ name: 'Oat milk', priceCents: 300 }), admin);
  const world: AuditWorld = {
    t,
    admin,
    adminId: session.staff.id,
    manager,
    clerk,
    productId: product.id,
    async logInAgain() {
      world.admin = (await t.ok('auth.login', ADMIN)).token;
      world.manager = (await t.ok('auth.login', { username: 'mia', password: 'mia password 123' })).token;
      world.clerk = (await t.ok('auth.login', { username: 'cal', password: 'cal password 123' })).token;
    },
    dispose: () => t.dispose(),
  };
  return world;
}

/**
 * A copy of the world's file with the append-only triggers dropped, as someone with the file and
 * a SQLite shell could make it: what the chain must give away.
 */
export async function tamperableCopy(
  world: AuditWorld,
  name: string,
): Promise<{ path: string; sql: Database.Database }> {
  const path = join(world.t.path, '..', `${name}.sqlite`);
  await world.t.backroom.dataSource.query('VACUUM INTO ?', [path]);
  const sql = new Database(path);
  sql.exec('DROP TRIGGER "trg_audit_log_no_update"; DROP TRIGGER "trg_audit_log_no_delete";');
  return { path, sql };
}

import type Database from 'better-sqlite3';
import { UsageError } from './command';

/** Who the command line acts as: an admin, in the chosen store. */
export interface CliActor {
  staffId: number;
  role: 'admin';
  storeId: number;
}

/** The store named by --store (the first store without it), and the database's first active admin. */
export function cliActor(sql: Database.Database, storeCode: string | undefined): CliActor {
  const store = (
    storeCode === undefined
      ? sql.prepare('SELECT "id" FROM "stores" ORDER BY "id" LIMIT 1').get()
      : sql.prepare('SELECT "id" FROM "stores" WHERE "code" = ? COLLATE NOCASE').get(storeCode)
  ) as { id: number } | undefined;
  if (!store)
    throw new UsageError(storeCode === undefined ? 'This database has no store yet.' : `No store "${storeCode}".`);
  const admin = sql
    .prepare(`SELECT "id" FROM "staff_members" WHERE "role" = 'admin' ORDER BY "is_active" DESC, "id" LIMIT 1`)
    .pluck()
    .get() as number | undefined;
  if (admin === undefined) throw new UsageError('This database has no admin yet; set it up in the app first.');
  return { staffId: admin, role: 'admin', storeId: store.id };
}

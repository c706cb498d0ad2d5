import type { SeededRandom } from './random';
import { inSeedTransaction, type SeedContext } from './seed-context';
import type { SeededStore } from './stores';
import { DAY_MS, iso } from './seed-time';
import { withFreeSuffix } from './unique-names';
import { FIRST_NAMES, LAST_NAMES } from './words/people';

/** The password of every demo account, documented in the README and the CLI help. */
export const DEMO_PASSWORD = 'backroom-demo';

export interface StoreTeam {
  managerId: number;
  clerkIds: number[];
}

/**
 * A manager and a few clerks per store, all with the one demo password (hashed once by the
 * caller: scrypt is slow on purpose). An admin named "admin" is added only when the file has no
 * admin yet, i.e. when the demo data goes into a brand-new file instead of after first-run setup.
 */
export function seedStaff(
  ctx: SeedContext,
  random: SeededRandom,
  stores: readonly SeededStore[],
  passwordHash: string,
): StoreTeam[] {
  const usernames = new Set(
    (ctx.db.prepare('SELECT lower("username") AS "name" FROM "staff_members"').all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  const hasAdmin = ctx.db.prepare(`SELECT 1 FROM "staff_members" WHERE "role" = 'admin' LIMIT 1`).get() !== undefined;
  const insert = ctx.db.prepare(
    `INSERT INTO "staff_members" ("uid", "store_id", "username", "display_name", "role", "password_hash", "created_at", "updated_at")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Staff accounts are created the day after the stores.
  let createdMs = ctx.time.setupMs + DAY_MS;

  const add = (storeId: number, username: string, displayName: string, role: string): number => {
    createdMs += 60_000;
    const stamp = iso(createdMs);
    return Number(
      insert.run(random.uid(createdMs), storeId, username, displayName, role, passwordHash, stamp, stamp)
        .lastInsertRowid,
    );
  };

  const addPerson = (storeId: number, role: string): number => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const username = withFreeSuffix(usernames, `${first[0]}${last}`.toLowerCase().replace(/[^a-z]/g, ''));
    return add(storeId, username, `${first} ${last}`, role);
  };

  return inSeedTransaction(ctx.db, () => {
    if (!hasAdmin) add(stores[0]!.id, withFreeSuffix(usernames, 'admin'), 'Administrator', 'admin');
    return stores.map((store) => ({
      managerId: addPerson(store.id, 'manager'),
      clerkIds: Array.from({ length: ctx.scale.clerksPerStore }, () => addPerson(store.id, 'clerk')),
    }));
  });
}

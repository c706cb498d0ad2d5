import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { seedDatabase } from '../../../database/seed';
import { createFirstStore } from '../../../electron/services/setup/create-store';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { SEED_END_AT, hashOnce } from './seed-fixtures';

let temp: TempDatabase;
let outboxBeforeSeed: unknown[];

beforeAll(async () => {
  temp = await openTempDatabase();
  await temp.dataSource.transaction((manager) =>
    createFirstStore(
      manager,
      {
        storeName: 'Corner Shop',
        storeCode: 'DTN',
        adminDisplayName: 'Dana Owner',
        adminUsername: 'dana',
        adminPassword: 'correct horse battery',
      },
      new Date('2026-11-20T09:00:00Z'),
    ),
  );
  outboxBeforeSeed = sqliteOf(temp.dataSource).prepare('SELECT * FROM "sync_outbox" ORDER BY "seq"').all();
  // As the demo.loadData channel does: the dispatcher wraps every write in one transaction.
  await temp.dataSource.transaction(() =>
    seedDatabase(temp.dataSource, { scale: 'demo', endAt: SEED_END_AT, hashPassword: hashOnce() }),
  );
}, 180_000);

afterAll(() => temp?.dispose());

describe('demo data after first-run setup', () => {
  it("keeps the store and admin created at first run, as the chain's first store", () => {
    const db = sqliteOf(temp.dataSource);
    const stores = db.prepare('SELECT "id", "code", "name" FROM "stores" ORDER BY "id"').all() as {
      code: string;
      name: string;
    }[];
    expect(stores).toHaveLength(3);
    expect(stores[0]).toMatchObject({ code: 'DTN', name: 'Corner Shop' });
    expect(new Set(stores.map((store) => store.code)).size).toBe(3);
    const admins = db.prepare(`SELECT "username" FROM "staff_members" WHERE "role" = 'admin'`).pluck().all();
    expect(admins).toEqual(['dana']);
    const firstStoreOrders = db.prepare('SELECT COUNT(*) FROM "orders" WHERE "store_id" = ?').pluck().get(1) as number;
    expect(firstStoreOrders).toBeGreaterThan(0);
  });

  it("queues the first-run store and admin for sync, and none of the seed's rows", () => {
    const db = sqliteOf(temp.dataSource);
    expect(outboxBeforeSeed.map((row) => (row as { entity: string }).entity).sort()).toEqual([
      'staff_members',
      'stores',
    ]);
    expect(db.prepare('SELECT * FROM "sync_outbox" ORDER BY "seq"').all()).toEqual(outboxBeforeSeed);
  });

  it('refuses to seed a database that already has products', async () => {
    await expect(
      seedDatabase(temp.dataSource, { scale: 'demo', endAt: SEED_END_AT, hashPassword: hashOnce() }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});
